package org.changetalk.scenario.model;

import java.math.BigDecimal;

/** Prints numbers the way authors write them: 6, 0.5, -1.25 — never 6.0 or 1.0E-4. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
