/**
 * Natural-language analysis with Apache OpenNLP and its English UD-EWT models: sentences, tokens
 * with exact offsets into the original text, Universal Dependencies part-of-speech tags (UPOS) and
 * lower-case lemmas ({@link org.incidentatlas.extract.nlp.EnglishNlp}); and a lexicon of event
 * triggers declared once as data and matched over lemmas
 * ({@link org.incidentatlas.extract.nlp.Lexicon}, {@link org.incidentatlas.extract.nlp.LexiconMatcher}).
 *
 * <p>Core code: no JavaFX, nothing printed. The models are loaded once and shared; the OpenNLP
 * tools that use them are not thread-safe, so each thread gets its own
 * {@link org.incidentatlas.extract.nlp.Analyzer}.
 */
package org.incidentatlas.extract.nlp;
