package io.github.connectclient.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorOffsetTest {

  @Test
  void sink_buildsKafkaPartitionAndOffsetAsLongs() {
    ConnectorOffset offset = ConnectorOffset.sink("t1", 3, 42L);

    assertThat(offset.partition())
        .containsExactly(entry("kafka_topic", "t1"), entry("kafka_partition", 3L));
    assertThat(offset.offset()).containsExactly(entry("kafka_offset", 42L));
  }

  @Test
  void sink_withNullOffset_meansRemoveThePartitionOffset() {
    assertThat(ConnectorOffset.sink("t1", 0, null).offset()).isNull();
  }

  @Test
  void source_copiesConnectorDefinedMaps() {
    Map<String, Object> partition = new HashMap<>();
    partition.put("filename", "/data/in.txt");
    ConnectorOffset offset = ConnectorOffset.source(partition, Map.of("position", 6L));

    partition.put("other", "x");

    assertThat(offset.partition()).containsOnlyKeys("filename");
    assertThat(offset.offset()).containsEntry("position", 6L);
    assertThatThrownBy(() -> offset.partition().put("y", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_keepsNullValuesInsideMaps() {
    Map<String, Object> offsetMap = new HashMap<>();
    offsetMap.put("position", null);

    ConnectorOffset offset = new ConnectorOffset(Map.of("p", 1L), offsetMap);

    assertThat(offset.offset()).containsEntry("position", null);
  }

  @Test
  void of_collectsEntriesInOrder() {
    ConnectorOffsets offsets =
        ConnectorOffsets.of(ConnectorOffset.sink("t", 1, null), ConnectorOffset.sink("t", 0, 5L));

    assertThat(offsets.offsets())
        .extracting(o -> o.partition().get("kafka_partition"))
        .containsExactly(1L, 0L);
  }
}
