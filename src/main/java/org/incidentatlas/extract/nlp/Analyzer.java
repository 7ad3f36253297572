package org.incidentatlas.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * One thread's OpenNLP tools over the shared English models. Not thread-safe: get one per thread
 * from {@link EnglishNlp#analyzer()} or {@link EnglishNlp#newAnalyzer()}.
 *
 * <p>Offsets are exact: every token's {@code start}/{@code end} index the original text, and its
 * {@code text} is cut from there. The models never see the original, though, but a copy of the
 * same length ({@link TaggingText}) in which line breaks, tabs and no-break spaces are plain spaces,
 * curly quotes are straight ones and, in a sentence written mostly in capitals, letters are lower
 * case: every change maps one char to one char, so an offset in the copy is the same offset in the
 * original.
 */
public final class Analyzer {

    /** How far to analyse: tokens only (tag "", lemma = lower-cased token), tokens and tags, or all three. */
    public enum Depth { TOKENS, TAGS, LEMMAS }

    /** What the lemmatizer answers when it has no lemma. */
    private static final String NO_LEMMA = "O";

    private final Supplier<SentenceModel> sentences;
    private final Supplier<LemmatizerModel> lemmas;
    private SentenceDetectorME sentenceDetector;
    private final POSTaggerME tagger;
    private LemmatizerME lemmatizer;
    private final LemmaCache lemmaCache;

    /** The sentence detector and lemmatizer are made on first use: extraction needs only the tagger. */
    Analyzer(Supplier<SentenceModel> sentences, POSModel pos, Supplier<LemmatizerModel> lemmas, LemmaCache cache) {
        this.sentences = sentences;
        this.lemmas = lemmas;
        tagger = new POSTaggerME(pos); // the UD-EWT model's own tags: UPOS
        lemmaCache = cache;
    }

    /**
     * Sentence spans {start, end} of {@code text} by OpenNLP's sentence detector, run paragraph by
     * paragraph: a blank line always ends a sentence (headlines and datelines have no full stop).
     */
    public List<int[]> sentenceSpans(String text) {
        String copy = TaggingText.spacesAndQuotes(text);
        List<int[]> spans = new ArrayList<>();
        for (int[] paragraph : paragraphs(text)) {
            if (sentenceDetector == null) {
                sentenceDetector = new SentenceDetectorME(sentences.get());
            }
            for (Span s : sentenceDetector.sentPosDetect(copy.substring(paragraph[0], paragraph[1]))) {
                int start = paragraph[0] + s.getStart();
                int end = paragraph[0] + s.getEnd();
                while (start < end && Character.isWhitespace(copy.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(copy.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    spans.add(new int[] {start, end});
                }
            }
        }
        return spans;
    }

    /** Every sentence of {@code text} ({@link #sentenceSpans}), tokenized, tagged and lemmatized. */
    public List<NlpSentence> sentences(String text) {
        List<NlpSentence> sentences = new ArrayList<>();
        for (int[] span : sentenceSpans(text)) {
            sentences.add(analyse(text, span[0], span[1], Depth.LEMMAS));
        }
        return sentences;
    }

    /** The span [start, end) of {@code text}, e.g. a sentence found by another splitter, tokenized, tagged and lemmatized. */
    public NlpSentence analyse(String text, int start, int end) {
        return analyse(text, start, end, Depth.LEMMAS);
    }

    /** The span [start, end) of {@code text} analysed to the given depth. */
    public NlpSentence analyse(String text, int start, int end, Depth depth) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") of a text of " + text.length() + " chars");
        }
        String copy = TaggingText.of(text.substring(start, end));
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(copy);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = copy.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = null;
        String[] lemmas = null;
        if (depth != Depth.TOKENS && words.length > 0) {
            tags = tagger.tag(words);
            if (depth == Depth.LEMMAS) {
                lemmas = new String[words.length];
                for (int i = 0; i < words.length; i++) {
                    lemmas[i] = lemma(words[i], tags[i]);
                }
            }
        }
        List<Token> tokens = new ArrayList<>(spans.length + 2);
        for (int i = 0; i < spans.length; i++) {
            int s = start + spans[i].getStart();
            int e = start + spans[i].getEnd();
            String original = text.substring(s, e);
            if (tags == null) {
                tokens.add(new Token(s, e, original, "", lower(original)));
                continue;
            }
            String lemma = lemmas == null ? null : lemmas[i];
            if (tags[i].indexOf('+') > 0) {
                addContraction(tokens, s, original, tags[i], lemma, lemmas != null);
            } else {
                tokens.add(token(s, original, tags[i], lemma, lemmas != null));
            }
        }
        return new NlpSentence(start, end, tokens);
    }

    /**
     * The lemma of one word with its tag. The ME lemmatizer is asked word by word, not for the whole
     * sentence: its only context beyond the word and tag is its own previous answer, which helps as
     * often as it hurts (on the 29 test reports 68 of 10,764 lemmas differ, with errors on both
     * sides: "fled" -> "fle" in sequence, "battled" -> "battl" alone), while word by word the lemma is
     * a function of (word, tag) and can be cached for every thread. Lemmatizing is otherwise by far
     * the slowest stage (its beam search scores every edit script of the model for every word).
     */
    private String lemma(String word, String tag) {
        String cached = lemmaCache.get(word, tag);
        if (cached != null) {
            return cached;
        }
        if (lemmatizer == null) {
            lemmatizer = new LemmatizerME(lemmas.get());
        }
        String lemma = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
        lemmaCache.put(word, tag, lemma);
        return lemma;
    }

    /**
     * The UD-EWT models keep a word and its clitic as one token ("mayor's", "Kyrgyzstan’s", "can't")
     * with a joined tag ("NOUN+PART") and lemma ("mayor+'s"). It is split here at the clitic, so
     * that each part has one tag and one lemma; when no known clitic ends the token it stays whole
     * with the first tag and lemma.
     */
    private static void addContraction(List<Token> tokens, int start, String text, String tag, String lemma,
                                       boolean lemmatized) {
        String[] tagParts = tag.split("\\+");
        String[] lemmaParts = lemma == null ? new String[0] : lemma.split("\\+");
        int cut = tagParts.length == 2 ? clitic(text) : -1;
        if (cut <= 0) {
            tokens.add(token(start, text, tagParts[0], lemmaParts.length > 0 ? lemmaParts[0] : null, lemmatized));
            return;
        }
        boolean twoLemmas = lemmaParts.length == 2;
        tokens.add(token(start, text.substring(0, cut), tagParts[0], twoLemmas ? lemmaParts[0] : null, lemmatized));
        tokens.add(token(start + cut, text.substring(cut), tagParts[1], twoLemmas ? lemmaParts[1] : null, lemmatized));
    }

    private static final String[] CLITICS = {"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll",
        "'d", "’d", "'m", "’m", "'", "’"};

    /** Where a clitic starts at the end of {@code text}, or -1. */
    private static int clitic(String text) {
        String lower = lower(text);
        for (String c : CLITICS) {
            if (lower.endsWith(c) && lower.length() > c.length()) {
                return text.length() - c.length();
            }
        }
        return -1;
    }

    private static Token token(int start, String text, String tag, String lemma, boolean lemmatized) {
        String lower = lower(text);
        if (isOtherScript(text)) {
            // A word in Cyrillic or another script is no English word: the English models' tag and
            // lemma for it are guesses. Its lemma is the word itself, lower-cased, so that a lexicon
            // can still match the surface form.
            return new Token(start, start + text.length(), text, "X", lower);
        }
        String irregular = IrregularVerbs.lemma(lower);
        if (irregular != null) {
            return new Token(start, start + text.length(), text, IrregularVerbs.tag(tag), irregular);
        }
        String l = !lemmatized || lemma == null || lemma.isBlank() || NO_LEMMA.equals(lemma) ? lower : lower(lemma);
        return new Token(start, start + text.length(), text, tag, l);
    }

    /** True when the text has letters and none of them is Latin. */
    static boolean isOtherScript(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    return false;
                }
                letters = true;
            }
            i += Character.charCount(cp);
        }
        return letters;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Paragraph spans of {@code text}: runs of text between blank lines. */
    private static List<int[]> paragraphs(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                // A line break, then only white space up to a second line break: a blank line.
                int j = i + 1;
                if (c == '\r' && j < n && text.charAt(j) == '\n') {
                    j++;
                }
                int k = j;
                while (k < n && text.charAt(k) != '\n' && text.charAt(k) != '\r' && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k < n && (text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
                    if (i > start) {
                        paragraphs.add(new int[] {start, i});
                    }
                    while (k < n && Character.isWhitespace(text.charAt(k))) {
                        k++;
                    }
                    start = k;
                    i = k;
                    continue;
                }
                i = j;
                continue;
            }
            i++;
        }
        if (n > start) {
            paragraphs.add(new int[] {start, n});
        }
        return paragraphs;
    }
}
