package io.github.connectclient.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The offset of one partition of a connector, an entry of {@link ConnectorOffsets}.
 *
 * <p>For a source connector both maps are defined by the connector, for example {@code {"filename":
 * "/data/in.txt"}} and {@code {"position": 6}}. For a sink connector the partition is {@code
 * {"kafka_topic": "t1", "kafka_partition": 0}} and the offset {@code {"kafka_offset": 42}}. Decoded
 * JSON integers are {@link Long}s, other numbers {@link Double}s, nested objects and arrays
 * unmodifiable {@link Map}s and {@link java.util.List}s.
 *
 * @param partition identifies the partition; never {@code null}
 * @param offset the position in that partition; {@code null} in an alter request removes the
 *     partition's offset
 */
public record ConnectorOffset(Map<String, Object> partition, Map<String, Object> offset) {

  /**
   * Copies both maps (keeping {@code null} values); a {@code null} partition becomes empty.
   *
   * @param partition identifies the partition; never {@code null}
   * @param offset the position in that partition; {@code null} in an alter request removes the
   *     partition's offset
   */
  public ConnectorOffset {
    partition = ImmutableCopy.of(partition);
    offset = ImmutableCopy.ofNullable(offset);
  }

  /**
   * {@return a source-connector entry with the given connector-defined maps}
   *
   * @param partition the connector-defined partition
   * @param offset the connector-defined offset, or {@code null} to remove it
   */
  public static ConnectorOffset source(Map<String, ?> partition, Map<String, ?> offset) {
    return new ConnectorOffset(
        ImmutableCopy.<String, Object>of(partition),
        ImmutableCopy.<String, Object>ofNullable(offset));
  }

  /**
   * {@return a sink-connector entry for a topic partition} Numbers are stored as {@link Long}s, as
   * decoded responses hold them, so that entries built here equal decoded ones.
   *
   * @param topic the Kafka topic
   * @param partition the Kafka partition number
   * @param offset the consumer offset to set, or {@code null} to remove the partition's offset
   */
  public static ConnectorOffset sink(String topic, int partition, Long offset) {
    Map<String, Object> kafkaPartition = new LinkedHashMap<>();
    kafkaPartition.put("kafka_topic", topic);
    kafkaPartition.put("kafka_partition", (long) partition);
    Map<String, Object> kafkaOffset = offset == null ? null : Map.of("kafka_offset", offset);
    return new ConnectorOffset(kafkaPartition, kafkaOffset);
  }
}
