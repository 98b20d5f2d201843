package org.changetalk.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How sure the coder is of a code, read from how often the rule that decided it was right on the tune part of the
 * gold set ({@code confidence.txt}, written by {@code code --eval GOLD --fit-confidence FILE}). A rule is counted
 * apart when other cues in the same sentence pointed elsewhere ("contested"): a reflection opener next to an advice
 * word is less sure than one alone. Each estimate is smoothed toward the coder's overall accuracy, so a rule seen a
 * handful of times is not reported as certain.
 */
final class Confidence {
    /** How many gold items the overall accuracy counts for when smoothing a rule's own record. */
    private static final double PRIOR_WEIGHT = 8;

    private record Tally(int right, int total) {
        Tally plus(Tally o) {
            return new Tally(right + o.right, total + o.total);
        }
    }

    private final Map<String, Tally> byRule = new HashMap<>();
    private final double overall;

    private Confidence(Map<String, Tally> exact) {
        Tally all = new Tally(0, 0);
        for (Map.Entry<String, Tally> e : exact.entrySet()) {
            byRule.merge(e.getKey(), e.getValue(), Tally::plus);
            // the rule without its depth verdict ("reflection-opener" of "reflection-opener/adds-meaning"), as a fallback
            String key = e.getKey();
            int slash = key.indexOf('/');
            if (slash > 0) {
                int bar = key.indexOf('|');
                byRule.merge(key.substring(0, slash) + (bar > 0 ? key.substring(bar) : ""), e.getValue(), Tally::plus);
            }
            all = all.plus(e.getValue());
        }
        this.overall = all.total() == 0 ? 0.7 : (double) all.right() / all.total();
    }

    static Confidence load(String resource) {
        Map<String, Tally> exact = new HashMap<>();
        try (InputStream in = Confidence.class.getResourceAsStream(resource)) {
            if (in == null) throw new LexiconError(resource, 0, "resource not found");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) continue;
                String[] f = text.split("\\s+");
                if (f.length != 4) throw new LexiconError(resource, lineNo, "expected: rule contested|alone right total");
                try {
                    int right = Integer.parseInt(f[2]);
                    int total = Integer.parseInt(f[3]);
                    if (right < 0 || total < right) throw new NumberFormatException();
                    exact.put(f[0] + "|" + f[1], new Tally(right, total));
                } catch (NumberFormatException e) {
                    throw new LexiconError(resource, lineNo, "counts must be whole numbers with right <= total");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Confidence(exact);
    }

    /** The smoothed share of gold items this rule got right, in 0..1. */
    double of(String rule, boolean contested) {
        String tag = contested ? "contested" : "alone";
        Tally t = byRule.get(rule + "|" + tag);
        if (t == null || t.total() < 3) {
            int slash = rule.indexOf('/');
            Tally base = slash > 0 ? byRule.get(rule.substring(0, slash) + "|" + tag) : null;
            if (base != null && (t == null || base.total() > t.total())) t = base;
        }
        if (t == null) return round(overall * (contested ? 0.85 : 1));
        return round((t.right() + PRIOR_WEIGHT * overall) / (t.total() + PRIOR_WEIGHT));
    }

    double overall() {
        return overall;
    }

    static double round(double p) {
        return Math.round(Math.max(0, Math.min(1, p)) * 100) / 100.0;
    }
}
