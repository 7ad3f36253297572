/** Counts of people ("about 1,000", "dozens") and the killed and injured a sentence states. */
package org.incidentatlas.extract.number;
