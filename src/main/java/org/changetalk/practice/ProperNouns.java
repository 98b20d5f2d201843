package org.changetalk.practice;

import org.changetalk.scenario.model.Beat;
import org.changetalk.scenario.model.Conversation;
import org.changetalk.scenario.model.Fact;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in a scenario's lines: words it writes with a capital letter in mid-sentence ("Eli", "Dr", "Anchor").
 * A line referred back to ("Like I said, …") keeps a name's capital and lowers any other first word. Found once
 * per conversation ({@code LineIndex.derived}) and shared by its sessions: reading every line of the scenario again
 * in each session's first "Like I said" was a twentieth of a practice turn's CPU on the server (the load client's
 * sessions are short), and the names are a function of the scenario alone.
 */
final class ProperNouns {
    private static final Pattern MID_SENTENCE = Pattern.compile("[\\p{Ll},;:'’] +(\\p{Lu}[\\p{L}'’.-]*)");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");

    private final Set<String> names;

    ProperNouns(Conversation scenario) {
        this.names = Set.copyOf(find(scenario));
    }

    boolean isName(String word) {
        return names.contains(POSSESSIVE.matcher(word).replaceAll(""));
    }

    private static Set<String> find(Conversation scenario) {
        Set<String> out = new HashSet<>();
        for (Beat b : scenario.beats().values()) {
            b.say().forEach(l -> collect(l, out));
            b.recall().forEach(l -> collect(l, out));
        }
        for (Fact f : scenario.persona().facts()) {
            f.say().forEach(l -> collect(l, out));
        }
        collect(scenario.persona().background(), out);
        // "The Archers" capitalises "The" mid-sentence, yet "the" is no name: a word this scenario also writes in
        // lower case is an ordinary word ("Like I said, The clonazepam…" in the lead's round-9 play).
        Set<String> ordinary = new HashSet<>();
        for (Beat b : scenario.beats().values()) {
            b.say().forEach(l -> lowerCaseWords(l, ordinary));
        }
        for (Fact f : scenario.persona().facts()) {
            f.say().forEach(l -> lowerCaseWords(l, ordinary));
        }
        out.removeIf(w -> ordinary.contains(w.toLowerCase(java.util.Locale.ROOT)));
        out.add(scenario.persona().name().split(" ")[0]);
        out.remove("I");
        return out;
    }

    private static void lowerCaseWords(String text, Set<String> out) {
        for (String w : text.split("[^\\p{L}'’]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                out.add(w);
            }
        }
    }

    private static void collect(String text, Set<String> out) {
        Matcher m = MID_SENTENCE.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group(1).replaceAll("[’']s$|[.]$", ""));
        }
    }
}
