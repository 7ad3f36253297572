package org.incidentatlas.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The English models of Apache OpenNLP (UD English Web Treebank, models 1.2.0), loaded once from
 * the classpath, and analysis with them: sentences, tokens with exact offsets, UPOS tags, lemmas.
 *
 * <p>The models are immutable and shared by every thread. The OpenNLP tools that run them
 * (SentenceDetectorME, TokenizerME, POSTaggerME, LemmatizerME) keep state between calls and are not
 * thread-safe: the methods here use this thread's own {@link Analyzer}, made on first use (cheap:
 * the tools only point at the shared models). Code that analyses a lot on one thread may hold an
 * Analyzer itself ({@link #analyzer()} or {@link #newAnalyzer()}).
 *
 * <p>Loading takes about two seconds and some 30 MB of heap: load once per program
 * ({@link #shared()}), not per article.
 */
public final class EnglishNlp {

    /** Classpath resources of the models, as the artifacts org.apache.opennlp:opennlp-models-*-en:1.2.0 name them. */
    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";
    public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";
    public static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.2-2.5.0.bin";

    private final POSModel posModel;
    /** Extraction needs only the tagger: the sentence detector and the lemmatizer load on first use. */
    private final Lazy<SentenceModel> sentenceModel;
    private final Lazy<LemmatizerModel> lemmatizerModel;
    private final LemmaCache lemmaCache = new LemmaCache();
    private final ThreadLocal<Analyzer> perThread = ThreadLocal.withInitial(this::newAnalyzer);

    private EnglishNlp(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        posModel = read(loader, POS_MODEL, "opennlp-models-pos-en", POSModel::new);
        sentenceModel = new Lazy<>(() -> read(loader, SENTENCE_MODEL, "opennlp-models-sentdetect-en", SentenceModel::new));
        lemmatizerModel = new Lazy<>(() -> read(loader, LEMMA_MODEL, "opennlp-models-lemmatizer-en", LemmatizerModel::new));
    }

    /** Loads the four models from the classpath of this class. */
    public static EnglishNlp load() {
        return load(EnglishNlp.class.getClassLoader());
    }

    /**
     * Loads the four models as resources of {@code loader}.
     *
     * @throws IllegalStateException naming the missing resource and its Maven artifact when a model is not there
     */
    public static EnglishNlp load(ClassLoader loader) {
        return new EnglishNlp(loader);
    }

    /** The models of this program, loaded on first call (once: later calls return the same instance). */
    public static EnglishNlp shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final EnglishNlp INSTANCE = load();
    }

    /** A new analyzer for the calling thread's own use; it must not be shared between threads. */
    public Analyzer newAnalyzer() {
        return new Analyzer(sentenceModel::get, posModel, lemmatizerModel::get, lemmaCache);
    }

    /** This thread's analyzer. */
    public Analyzer analyzer() {
        return perThread.get();
    }

    /** Sentences of {@code text}, each tokenized, tagged and lemmatized; see {@link Analyzer#sentences(String)}. */
    public List<NlpSentence> sentences(String text) {
        return analyzer().sentences(text);
    }

    /** Sentence spans {start, end} of {@code text}; see {@link Analyzer#sentenceSpans(String)}. */
    public List<int[]> sentenceSpans(String text) {
        return analyzer().sentenceSpans(text);
    }

    /** One span of {@code text} (a sentence split by any splitter) tokenized, tagged and lemmatized. */
    public NlpSentence analyse(String text, int start, int end) {
        return analyzer().analyse(text, start, end);
    }

    /** A model read once, on first use, whichever thread asks first. */
    private static final class Lazy<M> {
        private final java.util.function.Supplier<M> load;
        private volatile M model;

        Lazy(java.util.function.Supplier<M> load) {
            this.load = load;
        }

        M get() {
            M m = model;
            if (m == null) {
                synchronized (this) {
                    m = model;
                    if (m == null) {
                        m = load.get();
                        model = m;
                    }
                }
            }
            return m;
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(ClassLoader loader, String resource, String artifact, ModelReader<M> reader) {
        InputStream found = loader.getResourceAsStream(resource);
        if (found == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; it comes in the"
                    + " Maven artifact org.apache.opennlp:" + artifact + ":1.2.0");
        }
        try (InputStream in = found) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
