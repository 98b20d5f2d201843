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
 * word is less sure than one alone.
 *
 * <p>Records are shrunk level by level, each toward the one above it: a depth verdict ("reflection-opener/long")
 * toward its rule ("reflection-opener"), a rule toward every decision with the same tag (alone or contested), and
 * that toward the coder's overall accuracy. Shrinking every rule toward the overall accuracy (as before) lifted the
 * weak rules, most of them contested, and left the middle of the scale over-confident even on tune; a rule seen a
 * handful of times still never reads as certain.
 */
final class Confidence {
    /** How many gold items the level above counts for when smoothing a record. */
    private static final double PRIOR_WEIGHT = 8;
    /**
     * The table is each rule's record on the part its rules were tuned on, and on new material every rule is right
     * less often: the coder's accuracy is 0.782 on tune and 0.710 on holdout (totals of round 6, 2026-12-07; 0.740 /
     * 0.684 in round 4, when this was 0.27), 0.38 in log-odds. Each estimate is lowered by that much, so the
     * confidence speaks for new text; on the tune part it is a few points under-confident on purpose. Refit from the
     * two totals only; the first-contact parts, never tuned on, are the independent check (docs/coder.md).
     */
    static final double NEW_MATERIAL_DISCOUNT = 0.38;

    private record Tally(int right, int total) {
        Tally plus(Tally o) {
            return new Tally(right + o.right, total + o.total);
        }

        double toward(double prior) {
            return (right + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT);
        }
    }

    private final Map<String, Tally> exact;
    private final Map<String, Tally> byBase = new HashMap<>();
    private final Map<String, Tally> byTag = new HashMap<>();
    /**
     * Per tag, the pooled record of the rare rules: those decided on fewer than {@link #RARE_ITEMS} tune items with
     * that tag. A rule seen once or twice ("counter-claim", 0 of 1) says almost nothing by itself, and the tag's
     * accuracy, made by the common and reliable rules, is the wrong thing to shrink it toward: pooled, the rare rules
     * were right 17 of 23 times alone and 22 of 37 contested (round-7 table) against 0.79 and 0.77 for every rule. So a
     * rare or unknown rule is shrunk toward the rare rules' record, and its own few items move it from there.
     */
    private final Map<String, Tally> rare = new HashMap<>();
    /** A rule decided on fewer tune items than this (for one tag) is rare. */
    static final int RARE_ITEMS = 5;
    private final double overall;
    /**
     * Every rule of the table, alone and contested, worked out once: {@link #of} is on the coder's hot path (one map
     * per tag, so a look-up hashes the rule name only).
     */
    private final Map<String, Double> knownAlone = new HashMap<>();
    private final Map<String, Double> knownContested = new HashMap<>();

    private Confidence(Map<String, Tally> exact) {
        this.exact = exact;
        Tally all = new Tally(0, 0);
        for (Map.Entry<String, Tally> e : exact.entrySet()) {
            String key = e.getKey();
            int bar = key.indexOf('|');
            byBase.merge(base(key.substring(0, bar)) + key.substring(bar), e.getValue(), Tally::plus);
            byTag.merge(key.substring(bar + 1), e.getValue(), Tally::plus);
            all = all.plus(e.getValue());
        }
        this.overall = all.total() == 0 ? 0.7 : (double) all.right() / all.total();
        for (Map.Entry<String, Tally> e : byBase.entrySet()) {
            if (e.getValue().total() < RARE_ITEMS) {
                String key = e.getKey();
                rare.merge(key.substring(key.indexOf('|') + 1), e.getValue(), Tally::plus);
            }
        }
        for (String key : exact.keySet()) {
            int bar = key.indexOf('|');
            String rule = key.substring(0, bar);
            String tag = key.substring(bar + 1);
            boolean contested = tag.equals("contested");
            if (!contested && !tag.equals("alone")) continue; // a tag of() never asks for
            Map<String, Double> known = contested ? knownContested : knownAlone;
            known.put(rule, smoothed(rule, contested));
            known.put(base(rule), smoothed(base(rule), contested));
        }
    }

    /** The rule without its depth verdict: "reflection-opener" of "reflection-opener/adds-meaning". */
    private static String base(String rule) {
        int slash = rule.indexOf('/');
        return slash > 0 ? rule.substring(0, slash) : rule;
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
        Double p = (contested ? knownContested : knownAlone).get(rule);
        return p != null ? p : smoothed(rule, contested);
    }

    private double smoothed(String rule, boolean contested) {
        String tag = contested ? "contested" : "alone";
        Tally t = byTag.get(tag);
        double p = t == null ? overall * (contested ? 0.85 : 1) : t.toward(overall);
        String base = base(rule);
        Tally b = byBase.get(base + "|" + tag);
        Tally pool = rare.get(tag);
        if ((b == null || b.total() < RARE_ITEMS) && pool != null) p = pool.toward(p);
        if (b != null) p = b.toward(p);
        Tally e = base.equals(rule) ? null : exact.get(rule + "|" + tag);
        if (e != null) p = e.toward(p);
        return round(forNewMaterial(p));
    }

    /** A tune record, lowered by {@link #NEW_MATERIAL_DISCOUNT} in log-odds. */
    static double forNewMaterial(double p) {
        if (p <= 0 || p >= 1) return p;
        double logit = Math.log(p / (1 - p)) - NEW_MATERIAL_DISCOUNT;
        return 1 / (1 + Math.exp(-logit));
    }

    double overall() {
        return overall;
    }

    static double round(double p) {
        return Math.round(Math.max(0, Math.min(1, p)) * 100) / 100.0;
    }
}
