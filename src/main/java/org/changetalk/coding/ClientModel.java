package org.changetalk.coding;

import java.util.HashMap;
import java.util.Map;

/**
 * The learned layer: a three-class logistic regression (change, sustain, neutral) over {@link ClientFeatures},
 * its weights read from {@code client-model.txt}, which {@code ClientModelTrainer} writes deterministically from the
 * tune part of the gold set. It weighs the rules' reading together with the words; the code's evidence still comes
 * from the rules or, when only the model sees talk, from the words that weighed most.
 */
final class ClientModel {
    static final String RESOURCE = "client-model.txt";
    /** The layer for unsure turns: the same features plus sentence embeddings ({@link ClientFeatures}). */
    static final String EMBEDDED_RESOURCE = "client-model-embedded.txt";
    /** Talk values in the order of a weight line's columns. */
    static final Talk[] CLASSES = {Talk.CHANGE, Talk.SUSTAIN, Talk.NEUTRAL};

    private final Map<String, double[]> weights;

    ClientModel(Map<String, double[]> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** A talk value's column in a weight line. */
    static int index(Talk talk) {
        return switch (talk) {
            case CHANGE -> 0;
            case SUSTAIN -> 1;
            case NEUTRAL -> 2;
        };
    }

    static ClientModel load() {
        return load(RESOURCE);
    }

    static ClientModel load(String resource) {
        Map<String, double[]> weights = new HashMap<>();
        for (DataLine d : DataLine.read(resource)) {
            String[] f = d.text().split("\t");
            if (f.length != 4) throw new LexiconError(resource, d.number(), "expected FEATURE<tab>change<tab>sustain<tab>neutral");
            try {
                weights.put(f[0], new double[]{Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            } catch (NumberFormatException e) {
                throw new LexiconError(resource, d.number(), "not a number in '" + d.text() + "'");
            }
        }
        return new ClientModel(weights);
    }

    /** A model with no weights (not trained yet): the rules decide alone. */
    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Class probabilities, in the order of {@link #CLASSES}. */
    double[] probabilities(Map<String, Double> features) {
        double[] z = new double[3];
        for (var e : features.entrySet()) {
            double[] w = weights.get(e.getKey());
            if (w == null) continue;
            for (int k = 0; k < 3; k++) z[k] += w[k] * e.getValue();
        }
        return softmax(z);
    }

    /** How much one feature pushed toward a class (for the explanation). */
    double weight(String feature, int k) {
        double[] w = weights.get(feature);
        return w == null ? 0 : w[k];
    }

    static double[] softmax(double[] z) {
        double max = Math.max(z[0], Math.max(z[1], z[2]));
        double[] p = new double[3];
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < 3; k++) p[k] /= sum;
        return p;
    }
}
