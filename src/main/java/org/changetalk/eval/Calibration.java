package org.changetalk.eval;

import java.util.Arrays;

/**
 * Whether the coder's confidence means what it says: primary codes grouped into ten confidence bins, each with
 * its mean confidence and how often it was right. The expected calibration error (ECE) is the item-weighted mean
 * gap between the two; 0 is perfect.
 */
record Calibration(int[] count, double[] confidence, int[] right) {
    static final int BINS = 10;

    static Calibration empty() {
        return new Calibration(new int[BINS], new double[BINS], new int[BINS]);
    }

    Calibration plus(double c, boolean correct) {
        int b = Math.min(BINS - 1, (int) Math.floor(c * BINS));
        int[] n = Arrays.copyOf(count, BINS);
        double[] s = Arrays.copyOf(confidence, BINS);
        int[] r = Arrays.copyOf(right, BINS);
        n[b]++;
        s[b] += c;
        if (correct) r[b]++;
        return new Calibration(n, s, r);
    }

    int total() {
        return Arrays.stream(count).sum();
    }

    double meanConfidence(int bin) {
        return count[bin] == 0 ? Double.NaN : confidence[bin] / count[bin];
    }

    double accuracy(int bin) {
        return count[bin] == 0 ? Double.NaN : (double) right[bin] / count[bin];
    }

    /** Expected calibration error; NaN with no items. */
    double ece() {
        int n = total();
        if (n == 0) return Double.NaN;
        double e = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) e += (double) count[b] / n * Math.abs(accuracy(b) - meanConfidence(b));
        }
        return e;
    }
}
