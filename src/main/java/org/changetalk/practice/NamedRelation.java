package org.changetalk.practice;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a named person is to the client, as the persona's own lines say it ("Dev's my husband", "my little brother
 * Nico", "Bernice, my sister"), set against a reflection that names them with another relation ("so your brother Dev
 * doesn't know", "your sister Nico started calling"): the true relation is said back ("Dev's my husband, not my
 * brother.") instead of "Yes. That's a fair reading." (round 13's tune scripts) or a swap to another person. Only a
 * person the lines tie to a relation and never to the one claimed is corrected; a name the lines give no relation is
 * left alone. Relations and their forms are data (named-relations.txt).
 */
final class NamedRelation {
    /** The person, how the lines name them, how the reflection did, and why. */
    record Slip(String name, String actual, String claimed, String why) {
    }

    private static final String NAME = "([A-Z][a-z]+)";
    /** A relation form → the relation it means. */
    private final Map<String, String> relations = new HashMap<>();
    /** A person (as named) → the relation forms the persona's lines give them. */
    private final Map<String, Set<String>> held = new HashMap<>();
    /** Capitalised words that open a sentence and name nobody. */
    private final Set<String> notNames = new HashSet<>();
    private final List<Pattern> own;
    private final List<Pattern> claimed;

    /**
     * @param lines     the persona's own lines (facts and beats, first person)
     * @param relations named-relations.txt
     */
    NamedRelation(List<String> lines, List<String> relations) {
        for (String l : relations) {
            String line = l.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("not-names:")) {
                notNames.addAll(List.of(line.substring("not-names:".length()).strip().split("\\s+")));
                continue;
            }
            String[] forms = line.split("\\s+");
            for (String f : forms) {
                this.relations.put(f.toLowerCase(Locale.ROOT), forms[0]);
            }
        }
        String rel = "(" + String.join("|", this.relations.keySet()) + ")";
        // "my little brother Nico", "Nico's my husband", "Nico is my brother", "Bernice, my sister"
        this.own = List.of(
                Pattern.compile("\\b[Mm]y (?:(?:little|big|older|younger|baby|kid|late|best|ex-)\\s?)?" + rel + ",? " + NAME),
                Pattern.compile(NAME + "(?:'s| is| was) my (?:(?:little|big|older|younger|baby|kid|late|best)\\s)?" + rel + "\\b"),
                Pattern.compile(NAME + ", my (?:(?:little|big|older|younger|baby|kid|late|best)\\s)?" + rel + "\\b"));
        this.claimed = List.of(
                Pattern.compile("\\b[Yy]our (?:(?:little|big|older|younger|baby|kid|late|best)\\s)?" + rel + ",? " + NAME),
                Pattern.compile(NAME + "(?:'s| is| was) your (?:(?:little|big|older|younger|baby|kid|late|best)\\s)?" + rel + "\\b"),
                Pattern.compile(NAME + ", your (?:(?:little|big|older|younger|baby|kid|late|best)\\s)?" + rel + "\\b"));
        for (String line : lines) {
            for (Pattern p : own) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    Named n = Named.of(m, p != own.get(0));
                    if (!notNames.contains(n.name())) {
                        held.computeIfAbsent(n.name(), k -> new HashSet<>()).add(n.form());
                    }
                }
            }
        }
    }

    /** A person and the relation a match gives them ("Nico's my husband": name first; "my husband Nico": relation first). */
    private record Named(String name, String form) {
        static Named of(Matcher m, boolean nameFirst) {
            return new Named(nameFirst ? m.group(1) : m.group(2),
                    (nameFirst ? m.group(2) : m.group(1)).toLowerCase(Locale.ROOT));
        }
    }

    static List<String> defaults() {
        return Resources.lines("named-relations.txt");
    }

    /** The first person the claim names with a relation the persona's lines never give them. */
    Optional<Slip> of(String claim) {
        for (Pattern p : claimed) {
            Matcher m = p.matcher(claim);
            while (m.find()) {
                Named n = Named.of(m, p != claimed.get(0));
                String name = n.name();
                String form = n.form();
                Set<String> forms = held.get(name);
                if (forms == null || forms.isEmpty()) {
                    continue;
                }
                String said = relations.get(form);
                if (forms.stream().map(relations::get).anyMatch(said::equals)) {
                    continue;
                }
                String actual = forms.stream().sorted().findFirst().orElseThrow();
                return Optional.of(new Slip(name, actual, form,
                        "the reflection calls " + name + " the client's " + form + "; their own lines say " + actual));
            }
        }
        return Optional.empty();
    }
}
