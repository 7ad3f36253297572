package org.incidentatlas.timeline;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.incidentatlas.model.Episode;

/** Splits incident dates into episodes: a gap of more than {@link #MAX_GAP_DAYS} days starts a new one. */
public final class Episodes {

    public static final int MAX_GAP_DAYS = 30;

    private Episodes() {
    }

    public static List<Episode> of(Collection<LocalDate> dates) {
        TreeSet<LocalDate> sorted = new TreeSet<>(dates);
        List<Episode> episodes = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate day : sorted) {
            if (first != null && ChronoUnit.DAYS.between(last, day) > MAX_GAP_DAYS) {
                episodes.add(new Episode(label(first, last), first, last));
                first = null;
            }
            if (first == null) {
                first = day;
            }
            last = day;
        }
        if (first != null) {
            episodes.add(new Episode(label(first, last), first, last));
        }
        return List.copyOf(episodes);
    }

    /** "March 2005"; "March–April 2005" or "December 2009–January 2010" when an episode spans months. */
    static String label(LocalDate first, LocalDate last) {
        String firstMonth = month(first);
        if (first.getYear() != last.getYear()) {
            return firstMonth + " " + first.getYear() + "\u2013" + month(last) + " " + last.getYear();
        }
        if (first.getMonth() != last.getMonth()) {
            return firstMonth + "\u2013" + month(last) + " " + last.getYear();
        }
        return firstMonth + " " + first.getYear();
    }

    private static String month(LocalDate day) {
        // English labels whatever the default locale: the reports and the UI are in English.
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
