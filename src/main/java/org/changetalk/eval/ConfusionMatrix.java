package org.changetalk.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gold-versus-predicted counts over a fixed label set, and the scores read off them. Precision, recall and
 * F1 of a label with nothing to divide by are 0 (as scikit-learn's default), so one unseen label does not
 * hide the rest; accuracy, macro-F1 and kappa are NaN when undefined. Public for the cohort agreement
 * report, which compares instructors' recodes with the coder the same way the evaluation compares gold.
 */
public final class ConfusionMatrix {
    private final List<String> labels;
    private final Map<String, Integer> index;
    private final int[][] counts;
    private int total;

    public ConfusionMatrix(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.index = this.labels.stream().collect(Collectors.toMap(Function.identity(), this.labels::indexOf));
        this.counts = new int[labels.size()][labels.size()];
    }

    public void add(String gold, String predicted) {
        counts[indexOf(gold)][indexOf(predicted)]++;
        total++;
    }

    private int indexOf(String label) {
        Integer i = index.get(label);
        if (i == null) {
            throw new IllegalArgumentException("unknown label '" + label + "', expected one of " + labels);
        }
        return i;
    }

    List<String> labels() {
        return labels;
    }

    public int count(String gold, String predicted) {
        return counts[indexOf(gold)][indexOf(predicted)];
    }

    public int total() {
        return total;
    }

    /** How many items have this gold label. */
    int support(String label) {
        int row = indexOf(label), sum = 0;
        for (int j = 0; j < labels.size(); j++) {
            sum += counts[row][j];
        }
        return sum;
    }

    /** How many items were predicted as this label. */
    int predicted(String label) {
        int column = indexOf(label), sum = 0;
        for (int[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    private int truePositives(String label) {
        int i = indexOf(label);
        return counts[i][i];
    }

    double precision(String label) {
        int predicted = predicted(label);
        return predicted == 0 ? 0 : (double) truePositives(label) / predicted;
    }

    double recall(String label) {
        int support = support(label);
        return support == 0 ? 0 : (double) truePositives(label) / support;
    }

    double f1(String label) {
        double p = precision(label), r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        if (total == 0) {
            return Double.NaN;
        }
        int agree = 0;
        for (int i = 0; i < labels.size(); i++) {
            agree += counts[i][i];
        }
        return (double) agree / total;
    }

    /** Labels that occur in the gold data: macro-F1 averages over these only. */
    List<String> labelsWithSupport() {
        return labels.stream().filter(l -> support(l) > 0).toList();
    }

    double macroF1() {
        return labelsWithSupport().stream().mapToDouble(this::f1).average().orElse(Double.NaN);
    }

    /** Cohen's kappa: (observed − chance agreement) / (1 − chance agreement), chance from the marginals. */
    public double kappa() {
        if (total == 0) {
            return Double.NaN;
        }
        double chance = 0;
        for (String label : labels) {
            chance += ((double) support(label) / total) * ((double) predicted(label) / total);
        }
        return chance == 1 ? Double.NaN : (accuracy() - chance) / (1 - chance);
    }
}
