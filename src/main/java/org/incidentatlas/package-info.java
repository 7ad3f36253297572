/**
 * The entry point, {@link org.incidentatlas.Main}: with no command it opens the window ({@code ui}),
 * with one it runs that command ({@code cli}). The only place that knows both; nothing depends on it.
 */
package org.incidentatlas;
