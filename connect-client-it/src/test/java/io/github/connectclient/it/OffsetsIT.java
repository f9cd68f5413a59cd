package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Offsets of a source and a sink connector: read, altered and reset while STOPPED. */
class OffsetsIT extends SharedClusterIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void sourceOffsets_areReadAlteredAndResetWhileStopped() {
    String name = uniqueName("src-offsets");
    Path file = tempFile(name);
    ConnectorLifecycleIT.writeLines(file, "alpha", "beta", "gamma");
    follower.createConnector(name, fileSource(file, name + "-topic"));
    follower.awaitConnectorState(name, State.RUNNING, TIMEOUT);

    ConnectorOffsets offsets =
        Eventually.await(
            "source offsets of " + name,
            TIMEOUT,
            () -> follower.getConnectorOffsets(name),
            o -> !o.offsets().isEmpty());
    ConnectorOffset first = offsets.offsets().get(0);
    assertThat(first.partition()).containsEntry("filename", file.toString());
    assertThat(first.offset()).containsKey("position");
    assertThat(first.offset().get("position")).isInstanceOf(Long.class);

    ConnectorOffsets rewind =
        new ConnectorOffsets(
            List.of(
                new ConnectorOffset(Map.of("filename", file.toString()), Map.of("position", 6L))));
    assertThatThrownBy(() -> follower.alterConnectorOffsets(name, rewind))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("STOPPED");

    follower.stopConnector(name);
    follower.awaitConnectorState(name, State.STOPPED, TIMEOUT);
    String altered = follower.alterConnectorOffsets(name, rewind);
    assertThat(altered).contains("altered successfully");
    assertThat(follower.getConnectorOffsets(name).offsets().get(0).offset())
        .containsEntry("position", 6L);

    String reset = follower.resetConnectorOffsets(name);
    assertThat(reset).contains("reset successfully");
    assertThat(follower.getConnectorOffsets(name).offsets()).isEmpty();
    follower.deleteConnector(name);
  }

  @Test
  void sinkOffsets_areReadAlteredAndResetWhileStopped() {
    String name = uniqueName("sink-offsets");
    String topic = name + "-topic";
    cluster.produce(topic, List.of("r1", "r2", "r3", "r4", "r5"));
    follower.createConnector(name, fileSink(topic, tempFile(name)));
    follower.awaitConnectorState(name, State.RUNNING, TIMEOUT);

    ConnectorOffsets offsets =
        Eventually.await(
            "sink offsets of " + name,
            TIMEOUT,
            () -> follower.getConnectorOffsets(name),
            o ->
                !o.offsets().isEmpty()
                    && Long.valueOf(5).equals(o.offsets().get(0).offset().get("kafka_offset")));
    assertThat(offsets.offsets().get(0).partition())
        .containsEntry("kafka_topic", topic)
        .containsEntry("kafka_partition", 0L);

    ConnectorOffsets toTwo = new ConnectorOffsets(List.of(ConnectorOffset.sink(topic, 0, 2L)));
    assertThatThrownBy(() -> follower.alterConnectorOffsets(name, toTwo))
        .isInstanceOf(BadRequestException.class);

    follower.stopConnector(name);
    follower.awaitConnectorState(name, State.STOPPED, TIMEOUT);
    assertThat(follower.alterConnectorOffsets(name, toTwo)).contains("altered successfully");
    assertThat(follower.getConnectorOffsets(name).offsets().get(0).offset())
        .containsEntry("kafka_offset", 2L);
    assertThat(follower.resetConnectorOffsets(name)).contains("reset successfully");
    assertThat(follower.getConnectorOffsets(name).offsets()).isEmpty();
    follower.deleteConnector(name);
  }
}
