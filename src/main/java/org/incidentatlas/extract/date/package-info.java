/** Date expressions ("Feb. 27", "on Friday", "the previous evening", "last week") and their resolution to days. */
package org.incidentatlas.extract.date;
