/**
 * {@code extract} as an Apache Spark job ({@link org.incidentatlas.spark.ExtractJob}) for archives of
 * millions of reports, and its throughput measure ({@link org.incidentatlas.spark.ExtractThroughput}).
 * The only package that may use Spark, which is a provided dependency: the app and the commands never
 * load it. The job calls the command line's extractor and merge; it adds reading and writing only.
 */
package org.incidentatlas.spark;
