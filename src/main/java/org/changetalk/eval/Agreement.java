package org.changetalk.eval;

/** How often two labellings agree on the items where the comparison applies. */
record Agreement(int agree, int total) {
    static final Agreement NONE = new Agreement(0, 0);

    Agreement plus(boolean agrees) {
        return new Agreement(agree + (agrees ? 1 : 0), total + 1);
    }

    /** NaN when no item qualified. */
    double rate() {
        return total == 0 ? Double.NaN : (double) agree / total;
    }
}
