package org.changetalk.coding;

import java.util.Set;

/** How much of a counselor sentence says back the client's own content words. */
record Echo(int content, int shared, String firstShared) {
    static Echo of(Clause c, Context ctx, Set<String> stop) {
        int content = 0;
        int shared = 0;
        String first = null;
        for (int i = c.lead; i < c.size(); i++) {
            String w = c.word(i);
            if (stop.contains(w) || !Character.isLetterOrDigit(w.charAt(0))) continue;
            content++;
            if (ctx.clientStems().contains(c.stem(i))) {
                shared++;
                if (first == null) first = w;
            }
        }
        return new Echo(content, shared, first);
    }

    /** Share of the sentence's content words that come from the client. */
    double ratio() {
        return content == 0 ? 0 : (double) shared / content;
    }

    int novel() {
        return content - shared;
    }
}
