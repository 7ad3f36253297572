/**
 * The replay as a file: every day of a range drawn by {@link org.incidentatlas.rendering.DayMap}
 * (the picture {@code render --date} draws), optionally faded into the next, and written as an
 * animated GIF or an H.264 MP4. Shared by the {@code animate} command and the app's export.
 */
package org.incidentatlas.replay;
