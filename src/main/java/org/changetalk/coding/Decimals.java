package org.changetalk.coding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding for reported numbers: half up on the decimal value, so 0.15 is 0.2 (not 0.1 as binary would give). */
final class Decimals {
    private Decimals() {
    }

    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
