package org.incidentatlas.evaluate;

/**
 * Counts for one type (or all scored types).
 *
 * @param must           must items of the scored articles
 * @param found          must items found
 * @param scored         scored incidents: (incident, article) pairs, an incident counting once for every
 *                       scored article it is attributed to
 * @param falsePositives scored incidents that are false positives
 */
public record Totals(int must, int found, int scored, int falsePositives) {

    public static final Totals NONE = new Totals(0, 0, 0, 0);

    public Totals plus(Totals o) {
        return new Totals(must + o.must, found + o.found, scored + o.scored, falsePositives + o.falsePositives);
    }

    /** Found must items / all must items; NaN when there is no must item. */
    public double recall() {
        return must == 0 ? Double.NaN : (double) found / must;
    }

    /** Scored incidents that are no false positive (found a must item, or match a may item, or are allowed) / all scored; NaN when none. */
    public double precision() {
        return scored == 0 ? Double.NaN : (double) (scored - falsePositives) / scored;
    }

    /** Harmonic mean of precision and recall; NaN when either is undefined, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
