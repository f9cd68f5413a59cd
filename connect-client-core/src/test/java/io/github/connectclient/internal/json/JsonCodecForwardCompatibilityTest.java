package io.github.connectclient.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.model.ConfigValidation;
import io.github.connectclient.model.ConfigValueInfo;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.PluginType;
import io.github.connectclient.model.ServerInfo;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import org.junit.jupiter.api.Test;

/**
 * Newer or older workers: unknown members, unknown enum values, absent members. The bodies are
 * synthetic on purpose; the captured 4.3.1 ones hold none of these.
 */
class JsonCodecForwardCompatibilityTest {

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void decode_whenStateUnknown_mapsToUnknownAndKeepsRaw() {
    ConnectorStatus status =
        codec.decode(
            "{\"name\":\"c\",\"connector\":{\"state\":\"HIBERNATING\",\"worker_id\":\"w\"},"
                + "\"tasks\":[{\"id\":0,\"state\":\"DRAINING\",\"worker_id\":\"w\"}],"
                + "\"type\":\"source\"}",
            ConnectorStatus.class);

    assertThat(status.connector().state()).isEqualTo(State.UNKNOWN);
    assertThat(status.connector().rawState()).isEqualTo("HIBERNATING");
    assertThat(status.tasks().get(0).state()).isEqualTo(State.UNKNOWN);
    assertThat(status.tasks().get(0).rawState()).isEqualTo("DRAINING");
  }

  @Test
  void decode_whenStateInOtherCase_stillMapsIt() {
    TaskState task = codec.decode("{\"id\":1,\"state\":\"running\"}", TaskState.class);

    assertThat(task.state()).isEqualTo(State.RUNNING);
    assertThat(task.rawState()).isEqualTo("running");
  }

  @Test
  void decode_whenConnectorTypeUnknown_mapsToUnknownAndKeepsRaw() {
    ConnectorInfo info =
        codec.decode(
            "{\"name\":\"c\",\"config\":{},\"tasks\":[],\"type\":\"bidirectional\"}",
            ConnectorInfo.class);

    assertThat(info.type()).isEqualTo(ConnectorType.UNKNOWN);
    assertThat(info.rawType()).isEqualTo("bidirectional");
  }

  @Test
  void decode_whenServerSaysTypeUnknown_keepsItsSpelling() {
    ConnectorStatus status =
        codec.decode("{\"name\":\"c\",\"tasks\":[],\"type\":\"unknown\"}", ConnectorStatus.class);

    assertThat(status.type()).isEqualTo(ConnectorType.UNKNOWN);
    assertThat(status.rawType()).isEqualTo("unknown");
  }

  @Test
  void decode_whenPluginTypeUnknown_mapsToUnknownAndKeepsRaw() {
    PluginInfo plugin =
        codec.decode(
            "{\"class\":\"io.example.Policy\",\"type\":\"rest_extension\"}", PluginInfo.class);

    assertThat(plugin.type()).isEqualTo(PluginType.UNKNOWN);
    assertThat(plugin.rawType()).isEqualTo("rest_extension");
  }

  @Test
  void decode_whenTypeAbsentBeforeKafka10_givesUnknownAndNullRaw() {
    ConnectorInfo info =
        codec.decode("{\"name\":\"c\",\"config\":{},\"tasks\":[]}", ConnectorInfo.class);

    assertThat(info.type()).isEqualTo(ConnectorType.UNKNOWN);
    assertThat(info.rawType()).isNull();
  }

  @Test
  void decode_unknownMembers_areIgnoredEverywhere() {
    ServerInfo server =
        codec.decode(
            "{\"version\":\"9.0.0\",\"commit\":\"c\",\"new\":{\"a\":[1,{}]}}", ServerInfo.class);
    ConnectorStatus status =
        codec.decode(
            "{\"name\":\"c\",\"extra\":1,\"connector\":{\"state\":\"RUNNING\",\"since\":5},"
                + "\"tasks\":[{\"id\":0,\"state\":\"RUNNING\",\"restarts\":[]}],\"type\":\"sink\"}",
            ConnectorStatus.class);
    PluginInfo plugin =
        codec.decode("{\"class\":\"X\",\"type\":\"sink\",\"versions\":[\"1\"]}", PluginInfo.class);

    assertThat(server.version()).isEqualTo("9.0.0");
    assertThat(status.tasks()).hasSize(1);
    assertThat(plugin.version()).isNull();
  }

  @Test
  void decode_absentCollections_areEmptyNotNull() {
    ConnectorInfo info = codec.decode("{\"name\":\"c\"}", ConnectorInfo.class);
    ConnectorStatus status = codec.decode("{\"name\":\"c\"}", ConnectorStatus.class);
    TaskInfo task = codec.decode("{\"id\":{\"connector\":\"c\",\"task\":0}}", TaskInfo.class);
    ConnectorOffsets offsets = codec.decode("{}", ConnectorOffsets.class);
    ConfigValidation validation = codec.decode("{\"error_count\":0}", ConfigValidation.class);
    ConfigValueInfo value =
        codec.decode("{\"name\":\"a\",\"visible\":true}", ConfigValueInfo.class);

    assertThat(info.config()).isEmpty();
    assertThat(info.tasks()).isEmpty();
    assertThat(status.tasks()).isEmpty();
    assertThat(task.config()).isEmpty();
    assertThat(offsets.offsets()).isEmpty();
    assertThat(validation.groups()).isEmpty();
    assertThat(validation.configs()).isEmpty();
    assertThat(validation.hasErrors()).isFalse();
    assertThat(value.errors()).isEmpty();
    assertThat(value.recommendedValues()).isEmpty();
  }

  @Test
  void decode_explicitNullCollections_areEmptyNotNull() {
    ConnectorInfo info =
        codec.decode("{\"name\":\"c\",\"config\":null,\"tasks\":null}", ConnectorInfo.class);

    assertThat(info.config()).isEmpty();
    assertThat(info.tasks()).isEmpty();
  }

  @Test
  void decode_decodedCollections_areUnmodifiable() {
    ConnectorInfo info =
        codec.decode("{\"name\":\"c\",\"config\":{\"a\":\"b\"},\"tasks\":[]}", ConnectorInfo.class);

    assertThatThrownBy(() -> info.config().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
