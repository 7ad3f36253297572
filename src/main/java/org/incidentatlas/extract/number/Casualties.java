package org.incidentatlas.extract.number;

/**
 * The killed and injured a sentence states; null when it states no number (a vague
 * "dozens hurt" keeps its text in {@code injuredText} but no number).
 */
public record Casualties(Integer killed, Integer injured, String killedText, String injuredText) {

    public static final Casualties NONE = new Casualties(null, null, null, null);

    public boolean any() {
        return killed != null || injured != null;
    }
}
