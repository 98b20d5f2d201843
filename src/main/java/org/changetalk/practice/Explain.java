package org.changetalk.practice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code String.format(Locale.ROOT, …)} for the engine's explanations ("relevance 0.42"), which use only {@code %s},
 * {@code %d}, {@code %.2f} and {@code %%}: the same text without a {@link java.util.Formatter} per call. Two of
 * those a turn were a twentieth of a practice turn's CPU on the server (a Formatter, its locale's symbols, and
 * its own parse of the pattern). Any other conversion is refused, so a new one is noticed rather than misprinted.
 */
final class Explain {
    private Explain() {
    }

    static String format(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int next = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                out.append(c);
            } else if (pattern.startsWith("%%", i)) {
                out.append('%');
                i++;
            } else if (pattern.startsWith("%s", i)) {
                out.append(args[next++]);
                i++;
            } else if (pattern.startsWith("%d", i) && (args[next] instanceof Integer || args[next] instanceof Long)) {
                out.append(args[next++]);
                i++;
            } else if (pattern.startsWith("%.2f", i) && args[next] instanceof Double d) {
                out.append(twoPlaces(d));
                next++;
                i += 3;
            } else {
                throw new IllegalArgumentException("Explain.format reads %s, %d, %.2f and %%, not '"
                        + pattern.substring(i, Math.min(pattern.length(), i + 4)) + "' in \"" + pattern + "\"");
            }
        }
        if (next != args.length) {
            throw new IllegalArgumentException(args.length + " arguments for " + next + " conversions in \"" + pattern + "\"");
        }
        return out.toString();
    }

    /**
     * {@code %.2f}: the Formatter rounds the shortest decimal that reads back as the double (the digits of
     * {@link Double#toString}) half up, and signs any negative value, -0.0 included.
     */
    static String twoPlaces(double d) {
        if (!Double.isFinite(d)) {
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        String digits = new BigDecimal(Double.toString(Math.abs(d))).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return Double.compare(d, 0.0) < 0 ? "-" + digits : digits;
    }
}
