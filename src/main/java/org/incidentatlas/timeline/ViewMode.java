package org.incidentatlas.timeline;

/** Which incidents a date shows. */
public enum ViewMode {
    /** Everything from the start of the date's episode through the date; older days are marked as older. */
    UP_TO_DAY,
    /** Only the incidents of the date itself. */
    DAY_ONLY
}
