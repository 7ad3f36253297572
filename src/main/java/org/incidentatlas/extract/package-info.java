/**
 * Event extraction: articles in, incidents out, every incident traceable to its sentences.
 *
 * <ol>
 *   <li>{@link org.incidentatlas.extract.text.TextCleaner} drops repeated paragraphs and page furniture,
 *       marks headings and captions as weaker evidence, and keeps an offset map to the original body
 *       ({@link org.incidentatlas.extract.text.CleanText}); {@link org.incidentatlas.extract.text.SentenceSplitter}
 *       cuts sentences.</li>
 *   <li>Mentions: places from the gazetteer's {@link org.incidentatlas.gazetteer.PlaceFinder}, dates from
 *       {@link org.incidentatlas.extract.date.DateFinder}, counts of people and casualties from
 *       {@link org.incidentatlas.extract.number.NumberFinder}.</li>
 *   <li>{@link org.incidentatlas.extract.rule.TriggerFinder} finds event words and rejects intents, plans,
 *       negations and seizures of things that are no building; {@link org.incidentatlas.extract.rule.PlaceRoles}
 *       tells the scene from distance references, speakers, refuges and comparisons.</li>
 *   <li>{@link org.incidentatlas.extract.EventExtractor} gives each event a place and a date (its clause,
 *       else the story it continues, else the dateline; only exact days) and makes
 *       {@link org.incidentatlas.extract.EventClaim}s; {@link org.incidentatlas.extract.IncidentMerger} merges
 *       them into one incident per (date, type, place); {@link org.incidentatlas.extract.Explainer} says why.</li>
 * </ol>
 */
package org.incidentatlas.extract;
