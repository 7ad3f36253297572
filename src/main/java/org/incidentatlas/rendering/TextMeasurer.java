package org.incidentatlas.rendering;

/**
 * Measures a label's text in the toolkit that will draw it (Java2D for pictures, JavaFX in the
 * app), so the shared placement logic sees the real sizes.
 */
@FunctionalInterface
public interface TextMeasurer {

    /** Size of {@code text} in pixels. */
    TextSize measure(String text, LabelStyle style);

    /** @param ascent pixels above the baseline, @param descent below it */
    record TextSize(double width, double ascent, double descent) {
        public double height() {
            return ascent + descent;
        }
    }
}
