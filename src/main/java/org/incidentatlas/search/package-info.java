/**
 * Search over what the viewer shows: places by any spelling the gazetteer knows, and the words of
 * excerpts and whole reports; each hit names the place and day to go to. Free of JavaFX.
 */
package org.incidentatlas.search;
