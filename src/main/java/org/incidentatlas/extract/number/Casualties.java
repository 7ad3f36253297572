package org.incidentatlas.extract.number;

/**
 * The killed and injured a sentence states; null when it states no number (a vague "dozens hurt"
 * keeps where it is written in {@code injuredWritten} but no number). The written counts carry
 * their offsets in the sentence, so a highlight never searches the text again.
 *
 * @param killedWritten  where the killed are counted ("at least 14 police officers and 7 protesters"), or null
 * @param injuredWritten where the injured are counted, or null
 */
public record Casualties(Integer killed, Integer injured, PeopleCount killedWritten, PeopleCount injuredWritten) {

    public static final Casualties NONE = new Casualties(null, null, null, null);

    public boolean any() {
        return killed != null || injured != null;
    }
}
