package io.github.connectclient.model;

import com.squareup.moshi.Json;

/**
 * The worker's version information, returned by {@code GET /}.
 *
 * @param version the Kafka version of the worker, for example {@code 3.9.0}
 * @param commit the commit id the worker was built from
 * @param kafkaClusterId the id of the Kafka cluster the worker uses; {@code null} before Kafka
 *     1.1.0 (KIP-238)
 */
public record ServerInfo(
    String version, String commit, @Json(name = "kafka_cluster_id") String kafkaClusterId) {}
