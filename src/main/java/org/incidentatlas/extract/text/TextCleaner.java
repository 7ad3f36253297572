package org.incidentatlas.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is not the report from an article body: paragraphs that repeat an earlier one,
 * page furniture (teaser runs after "Featured on ...", "Topics in this article", link lists
 * such as "in depth", "For more on ..., see ..." lines, time stamps, credit lines), and marks
 * headings and photo captions as weaker evidence. Characters of kept paragraphs are never
 * moved (odd spaces and curly quotes become plain ones, one for one), so offsets map back to the
 * original body.
 */
public final class TextCleaner {

    /** From such a line to the end of the body everything is site furniture, not the report. */
    private static final Pattern TRAILER_START = Pattern.compile(
            "(?i)^(featured on\\b.*|topics in this article|related( (stories|articles|news|coverage|content))?:?"
                    + "|most (read|viewed|popular|shared)\\b.*|recommended( for you)?:?|you (may|might) also like\\b.*"
                    + "|more (stories )?from\\b.{0,40}|keep reading|share this( article| story)?|comments?"
                    + "|sponsored( content)?|advertisement|print this article)$");

    /** A heading that introduces a list of links ("in depth", "Inside Story"...). */
    private static final Pattern LINK_LIST_HEADING = Pattern.compile(
            "(?i)^(in depth|inside story|related|see also|also read|read more|more on this( story)?|watch|video|"
                    + "explainer|analysis|opinion|special report|latest|more from [\\w ]{1,30}):?$");

    /** A single line that points elsewhere rather than reports. */
    private static final Pattern NAVIGATION_LINE = Pattern.compile(
            "(?i)^(for more (on|about)\\b.*\\bsee\\b.*|see also\\b.*|read more\\b.*|click here\\b.*|also read\\b.*"
                    + "|related:.*|watch:.*|video:.*|listen:.*)$");

    /** Time stamps, bylines and credits printed by the page, not by the reporter. */
    private static final Pattern META_LINE = Pattern.compile(
            "(?iU)^(last (modified|updated)|updated|published|posted|first published)\\s*:.*$"
                    + "|^(source\\s*:\\s*)?[\\w&' ]{0,40}\\band agencies$|^source\\s*:.*$|^\\(?reporting by\\b.*$"
                    + "|^(©|copyright\\b).*$|^all rights reserved\\.?$");

    /** Photo captions end with the agency in brackets, or start with "Photo:". */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(\\[(afp|ap|reuters|epa|getty( images)?|[\\w ]{1,20}/getty( images)?|xinhua|al jazeera|rfe/rl|"
                    + "file|file photo|photo)\\]|\\((afp|ap|reuters|epa|getty images)( photo)?\\))\\s*$"
                    + "|^(photo|picture|image|photograph)( credit)?\\s*:");


    private static final int SHORT_LINE = 80;
    private static final int LINK_RUN = 4;
    private static final String SEPARATOR = "\n\n";

    public CleanText clean(String body) {
        List<Line> units = paragraphs(body);
        List<DroppedSpan> dropped = new ArrayList<>();
        boolean[] drop = new boolean[units.size()];

        int trailer = trailerStart(units);
        for (int i = trailer; i < units.size(); i++) {
            mark(drop, dropped, units, i, "page furniture after \"" + units.get(trailer).text().strip() + "\"");
        }
        markLinkLists(units, drop, dropped);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            if (drop[i]) {
                continue;
            }
            String text = units.get(i).text().strip();
            if (NAVIGATION_LINE.matcher(text).matches()) {
                mark(drop, dropped, units, i, "navigation line");
            } else if (META_LINE.matcher(text).lookingAt()) { // every alternative reads the line from its start
                mark(drop, dropped, units, i, "time stamp or credit line");
            } else if (!seen.add(normalise(text))) {
                mark(drop, dropped, units, i, "repeats an earlier paragraph");
            }
        }

        StringBuilder clean = new StringBuilder(body.length());
        List<Paragraph> kept = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (drop[i]) {
                continue;
            }
            Line u = units.get(i);
            if (clean.length() > 0) {
                clean.append(SEPARATOR);
            }
            String text = normaliseChars(u.text());
            kept.add(new Paragraph(clean.length(), u.start(), text, kindOf(text)));
            clean.append(text);
        }
        dropped.sort((a, b) -> Integer.compare(a.originalStart(), b.originalStart()));
        return new CleanText(clean.toString(), kept, dropped);
    }

    private static void mark(boolean[] drop, List<DroppedSpan> dropped, List<Line> units, int i, String reason) {
        if (!drop[i]) {
            drop[i] = true;
            Line u = units.get(i);
            dropped.add(new DroppedSpan(u.start(), u.start() + u.text().length(), reason));
        }
    }

    /** The first trailer marker in the second half of the article, or the end. */
    private static int trailerStart(List<Line> units) {
        for (int i = units.size() / 2; i < units.size(); i++) {
            String t = units.get(i).text().strip();
            if (t.length() < 60 && TRAILER_START.matcher(t).matches()) {
                return i;
            }
        }
        return units.size();
    }

    /**
     * A link-list heading followed by short unpunctuated lines, or a run of at least
     * {@value #LINK_RUN} such lines without a heading: navigation, not text.
     */
    private static void markLinkLists(List<Line> units, boolean[] drop, List<DroppedSpan> dropped) {
        int i = 0;
        while (i < units.size()) {
            int end = i;
            while (end < units.size() && linkLike(units.get(end).text())) {
                end++;
            }
            String first = units.get(i).text().strip();
            boolean headed = end > i && first.length() < 40 && LINK_LIST_HEADING.matcher(first).matches();
            if (end - i >= LINK_RUN || headed && end - i >= 2) {
                for (int k = i; k < end; k++) {
                    mark(drop, dropped, units, k, "list of links");
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private static boolean linkLike(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() < SHORT_LINE && !endsLikeSentence(t);
    }

    private static Paragraph.Kind kindOf(String text) {
        String t = text.strip();
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if ((last == ']' || last == ')' || t.length() < 40 || t.indexOf(':') >= 0) && CAPTION.matcher(t).find()) {
            return Paragraph.Kind.CAPTION;
        }
        return t.length() < SHORT_LINE && !endsLikeSentence(t) ? Paragraph.Kind.HEADING : Paragraph.Kind.BODY;
    }

    /** Ends with '.', '!', '?', ':' or ';' (closing quotes or brackets allowed after it), or with a closing quote. */
    private static boolean endsLikeSentence(String t) {
        int i = t.length() - 1;
        if (i < 0) {
            return false;
        }
        char last = t.charAt(i);
        if (last == '"' || last == '”' || last == '’') {
            return true;
        }
        while (i >= 0 && "\"'”’)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:;".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * Unusual spaces and typographic quotes become their plain forms, one character for one, so
     * the rules need not spell out every variant and offsets still map one to one.
     */
    public static String normaliseChars(String text) {
        int first = 0;
        while (first < text.length() && plainForm(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text; // the common case: nothing to replace, nothing to copy
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            chars[i] = plainForm(chars[i]);
        }
        return new String(chars);
    }

    /**
     * The plain form of a typographic quote or of any white space (a tab, a no-break or other
     * Unicode space, a zero-width space, a line break left inside a hard-wrapped paragraph); any
     * other character as it is. The rules then spell a space as a space, once.
     */
    private static char plainForm(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u02BC' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case ' ' -> c;
            case '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u200B', '\uFEFF' -> ' ';
            default -> Character.isSpaceChar(c) ? ' ' : c;
        };
    }

    /** The form in which repeats are compared: exact text without surrounding white space. */
    private static String normalise(String text) {
        return text.strip();
    }

    /**
     * Paragraph units: lines separated by line breaks, except that a long line without final
     * punctuation followed by a lower-case line is a hard wrap and joins it.
     */
    static List<Line> paragraphs(String body) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        while (pos < body.length()) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            lines.add(new Line(pos, body.substring(pos, end)));
            pos = end + 1;
        }
        List<Line> units = new ArrayList<>();
        Line current = null;
        for (Line line : lines) {
            if (line.text().isBlank()) {
                current = flush(units, current);
                continue;
            }
            if (current != null && hardWrapped(current.text(), line.text())) {
                current = new Line(current.start(), body.substring(current.start(), line.start() + line.text().length()));
            } else {
                flush(units, current);
                current = line;
            }
        }
        flush(units, current);
        return units;
    }

    private static boolean hardWrapped(String previous, String next) {
        String p = lastLine(previous).strip();
        String n = next.strip();
        return p.length() >= 60 && !endsLikeSentence(p)
                && !n.isEmpty() && Character.isLowerCase(n.charAt(0));
    }

    private static String lastLine(String text) {
        int nl = text.lastIndexOf('\n');
        return nl < 0 ? text : text.substring(nl + 1);
    }

    /** Trims a unit to its visible text, keeping the offset of its first visible character. */
    private static Line flush(List<Line> units, Line unit) {
        if (unit != null) {
            String t = unit.text();
            int lead = 0;
            while (lead < t.length() && Character.isWhitespace(t.charAt(lead))) {
                lead++;
            }
            int trail = t.length();
            while (trail > lead && Character.isWhitespace(t.charAt(trail - 1))) {
                trail--;
            }
            if (trail > lead) {
                units.add(new Line(unit.start() + lead, t.substring(lead, trail)));
            }
        }
        return null;
    }

    /** A paragraph unit of the original body. */
    record Line(int start, String text) {
    }
}
