package org.incidentatlas.extract;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.incidentatlas.model.Place;

/**
 * The countries whose events are coded. An event a report places in another country (Andijan in
 * Uzbekistan, Kiev) is left out, never moved into the area: the analyst studies these countries.
 *
 * @param countries ISO 3166-1 alpha-2 codes, upper case
 */
public record StudyArea(Set<String> countries) implements Serializable {

    /** The default: Kyrgyzstan. */
    public static final StudyArea KYRGYZSTAN = new StudyArea(Set.of("KG"));

    public StudyArea {
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("a study area needs at least one country");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String c : countries) {
            String code = c.strip().toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("\"" + c + "\" is not a two-letter country code (KG, UZ, TJ...)");
            }
            codes.add(code);
        }
        countries = Set.copyOf(codes);
    }

    /** "KG,UZ" as a command line gives it. */
    public static StudyArea parse(String list) {
        return new StudyArea(Set.of(list.split("\\s*,\\s*")));
    }

    public boolean contains(Place place) {
        return countries.contains(place.countryCode());
    }

    @Override
    public String toString() {
        return String.join(",", new TreeSet<>(countries));
    }
}
