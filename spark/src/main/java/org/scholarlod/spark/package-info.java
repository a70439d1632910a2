/**
 * The conversion pipeline run as an Apache Spark job over catalogue shards, writing the N-Quads part files that
 * {@code scholarlod snapshot --from-dump} loads; built apart from the main jar, which stays without Spark.
 */
package org.scholarlod.spark;
