/**
 * Reading news reports: the header (title, outlet, published date, dateline) and the body of an
 * article file ({@link org.incidentatlas.article.ArticleReader}), and where the app finds them
 * ({@link org.incidentatlas.article.ArticleSource}); the reports users bring as text, saved HTML pages or Markdown
 * ({@link org.incidentatlas.article.ReportReader}, HTML through jsoup). May use {@code model} and {@code io} (file checks).
 */
package org.incidentatlas.article;
