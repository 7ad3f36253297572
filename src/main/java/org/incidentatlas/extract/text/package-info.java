/** Cleaning article text (repeats, page furniture, captions) with an offset map back to the body, and sentences. */
package org.incidentatlas.extract.text;
