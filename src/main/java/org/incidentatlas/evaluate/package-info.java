/**
 * Scoring extraction against hand-coded truth: a {@link org.incidentatlas.evaluate.GoldStandard}
 * (the development corpus's {@code gold.json}, or the seeds' {@code incidents} format) lists per
 * article the seizures and clashes a reader must code and those a reader may code;
 * {@link org.incidentatlas.evaluate.Scorer} matches the extractor's incidents against it article by
 * article and returns a {@link org.incidentatlas.evaluate.Score}: the must items found and missed,
 * the false positives with the claims behind them, and recall, precision and F1 per type;
 * {@link org.incidentatlas.evaluate.ScoreReport} words it for an analyst.
 *
 * <p>Core code: no JavaFX and no printing. The rules are those of the corpus README ("Scoring").
 */
package org.incidentatlas.evaluate;
