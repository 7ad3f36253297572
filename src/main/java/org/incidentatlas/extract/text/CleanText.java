package org.incidentatlas.extract.text;

import java.util.List;

/**
 * An article body without repeats and page furniture. The kept paragraphs are joined by a
 * blank line; each keeps its offset in the original body, so any cleaned offset maps back.
 */
public record CleanText(String text, List<Paragraph> paragraphs, List<DroppedSpan> dropped) {

    public CleanText {
        paragraphs = List.copyOf(paragraphs);
        dropped = List.copyOf(dropped);
    }

    /** The offset in the original body of a cleaned-text offset (the end of a paragraph maps to its end). */
    public int toOriginal(int cleanOffset) {
        Paragraph p = paragraphAt(cleanOffset);
        int local = Math.min(Math.max(cleanOffset - p.cleanStart(), 0), p.text().length());
        return p.originalStart() + local;
    }

    /** The paragraph holding a cleaned offset (an offset in a separator belongs to the paragraph before). */
    public Paragraph paragraphAt(int cleanOffset) {
        return paragraphs.get(paragraphIndexAt(cleanOffset));
    }

    public int paragraphIndexAt(int cleanOffset) {
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException("no text left after cleaning");
        }
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphs.get(mid).cleanStart() <= cleanOffset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
