package org.changetalk.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How sure a client code is, read from a calibration table ({@code client-confidence.txt}): client turns are put
 * in bins by the code given, by how far the weighed evidence is past the threshold, and by where the evidence came
 * from (the client's own words, the context only, or nothing); each bin's confidence is the share of gold turns in
 * it that a human coder labelled the same way (smoothed). The table is written by {@code ClientConfidenceTrainer}
 * from the tune part of the gold set, so the holdout can check that the numbers hold.
 */
final class ClientConfidence {
    static final String RESOURCE = "client-confidence.txt";
    private final Map<String, Double> table;

    private ClientConfidence(Map<String, Double> table) {
        this.table = Map.copyOf(table);
    }

    static ClientConfidence load() {
        Map<String, Double> table = new HashMap<>();
        try (InputStream in = ClientConfidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new LexiconError(RESOURCE, 0, "resource not found");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] f = t.split("\\s+");
                if (f.length < 2) throw new LexiconError(RESOURCE, no, "expected 'BIN CONFIDENCE', found '" + t + "'");
                double c;
                try {
                    c = Double.parseDouble(f[1]);
                } catch (NumberFormatException e) {
                    throw new LexiconError(RESOURCE, no, "not a number: " + f[1]);
                }
                if (!(c >= 0 && c <= 1)) throw new LexiconError(RESOURCE, no, "confidence " + f[1] + " is not in 0..1");
                table.put(f[0], c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Talk talk : Talk.values()) {
            if (!table.containsKey(fallback(talk))) {
                throw new LexiconError(RESOURCE, 0, "no fallback bin " + fallback(talk));
            }
        }
        return new ClientConfidence(table);
    }

    double of(Talk talk, ClientCoder.Weighing w) {
        Double c = table.get(bin(talk, w));
        return c != null ? c : table.get(fallback(talk));
    }

    private static String fallback(Talk talk) {
        return talk.name().toLowerCase(Locale.ROOT) + "/*";
    }

    /**
     * The bin a coded turn falls in: code / where the evidence came from / how far past the threshold. Few bins on
     * purpose: a bin needs dozens of gold turns before its rate means anything.
     */
    static String bin(Talk talk, ClientCoder.Weighing w) {
        if (talk == Talk.NEUTRAL) {
            String source = w.change() == null && w.sustain() == null ? (w.context() == 0 ? "none" : "context") : "own";
            return "neutral/" + source;
        }
        TalkSignal own = talk == Talk.CHANGE ? w.change() : w.sustain();
        TalkSignal other = talk == Talk.CHANGE ? w.sustain() : w.change();
        boolean against = w.context() != 0 && Math.signum(w.context()) != Math.signum(w.total());
        String source = own == null ? "context" : other != null || against ? "mixed" : "own";
        String band = Math.abs(w.total()) < 2.5 ? "near" : "far";
        return talk.name().toLowerCase(Locale.ROOT) + "/" + source + "/" + band;
    }
}
