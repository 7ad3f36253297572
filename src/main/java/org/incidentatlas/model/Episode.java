package org.incidentatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/** A run of days with incidents, e.g. "March 2005"; both ends inclusive. */
public record Episode(String label, LocalDate firstDay, LocalDate lastDay) {

    public Episode {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("episode ends before it starts: " + firstDay + ".." + lastDay);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
