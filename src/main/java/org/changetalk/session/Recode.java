package org.changetalk.session;

import java.util.List;

/** An instructor's codes for one counselor turn, replacing the coder's in the summary "with recodes". */
public record Recode(String sessionId, int number, List<HumanCode> codes, String by, long at) {
    public Recode {
        codes = List.copyOf(codes);
    }
}
