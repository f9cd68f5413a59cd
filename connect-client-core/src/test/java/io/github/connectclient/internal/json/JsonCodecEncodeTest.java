package io.github.connectclient.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.PluginType;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskId;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testsupport.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies, and models written back in the server's shape. */
class JsonCodecEncodeTest {

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void encode_newConnectorWithoutInitialState_omitsTheField() {
    NewConnector request =
        NewConnector.builder()
            .name("jdbc-src")
            .config("connector.class", "io.example.Jdbc")
            .build();

    assertThat(codec.encodeToString(request, NewConnector.class))
        .isEqualTo("{\"name\":\"jdbc-src\",\"config\":{\"connector.class\":\"io.example.Jdbc\"}}");
  }

  @Test
  void encode_newConnectorWithInitialState_writesUpperCase() {
    NewConnector request =
        NewConnector.builder()
            .name("jdbc-src")
            .config("connector.class", "io.example.JdbcSource")
            .config("tasks.max", "2")
            .initialState(InitialState.STOPPED)
            .build();

    assertThat(codec.encodeToString(request, NewConnector.class))
        .isEqualTo(
            "{\"name\":\"jdbc-src\",\"config\":{\"connector.class\":\"io.example.JdbcSource\","
                + "\"tasks.max\":\"2\"},\"initial_state\":\"STOPPED\"}");
  }

  @Test
  void encode_newConnector_roundTrips() {
    NewConnector request =
        NewConnector.builder().name("c").config("a", "b").initialState(InitialState.PAUSED).build();

    assertThat(codec.decode(codec.encodeToString(request, NewConnector.class), NewConnector.class))
        .isEqualTo(request);
  }

  @Test
  void encode_patchWithNullValue_writesJsonNull() {
    Map<String, String> patch = new LinkedHashMap<>();
    patch.put("tasks.max", "4");
    patch.put("transforms", null);

    assertThat(codec.encodeToString(patch, JsonTypes.STRING_MAP))
        .isEqualTo("{\"tasks.max\":\"4\",\"transforms\":null}");
  }

  @Test
  void encode_alterOffsets_writesNullOffsetAndIntegralNumbers() {
    ConnectorOffsets offsets =
        ConnectorOffsets.of(ConnectorOffset.sink("t1", 1, null), ConnectorOffset.sink("t1", 0, 5L));

    assertThat(codec.encodeToString(offsets, ConnectorOffsets.class))
        .isEqualTo(ServerBodies.ALTER_OFFSETS_REQUEST);
  }

  @Test
  void encode_decodedOffsets_roundTripWithoutTurningIntegersIntoDoubles() {
    String body =
        "{\"offsets\":[{\"partition\":{\"kafka_topic\":\"t1\",\"kafka_partition\":0},"
            + "\"offset\":{\"kafka_offset\":5}},"
            + "{\"partition\":{\"file\":\"/a\",\"nested\":{\"list\":[1,-2,9223372036854775807]}},"
            + "\"offset\":{\"position\":12345678901,\"ratio\":0.25,\"done\":false,\"tag\":null}}]}";

    ConnectorOffsets offsets = codec.decode(body, ConnectorOffsets.class);

    assertThat(codec.encodeToString(offsets, ConnectorOffsets.class)).isEqualTo(body);
  }

  @Test
  void encode_integerBeyondLong_roundTripsExactly() {
    String body =
        "{\"offsets\":[{\"partition\":{\"p\":1},"
            + "\"offset\":{\"big\":123456789012345678901234}}]}";

    ConnectorOffsets offsets = codec.decode(body, ConnectorOffsets.class);

    assertThat(codec.encodeToString(offsets, ConnectorOffsets.class)).isEqualTo(body);
  }

  @Test
  void encode_sinkHelperEntry_equalsTheDecodedEntry() {
    ConnectorOffsets decoded = codec.decode(Fixtures.body("offsets-sink"), ConnectorOffsets.class);

    long offset =
        ((Number) Fixtures.at("offsets-sink", "offsets", 0, "offset", "kafka_offset")).longValue();
    assertThat(decoded.offsets()).containsExactly(ConnectorOffset.sink("fixture-topic", 0, offset));
  }

  @ParameterizedTest
  @ValueSource(strings = {"offsets-source", "offsets-sink"})
  void encode_capturedOffsets_writesTheServersBodyBackUnchanged(String fixture) {
    ConnectorOffsets decoded = codec.decode(Fixtures.body(fixture), ConnectorOffsets.class);

    assertThat(codec.encodeToString(decoded, ConnectorOffsets.class))
        .isEqualTo(Fixtures.body(fixture));
  }

  @Test
  void encode_sourceOffsetWithIntegerValues_writesThemWithoutFraction() {
    ConnectorOffset offset =
        ConnectorOffset.source(Map.of("filename", "/data/in.txt"), Map.of("position", 6));

    assertThat(codec.encodeToString(ConnectorOffsets.of(offset), ConnectorOffsets.class))
        .isEqualTo(
            "{\"offsets\":[{\"partition\":{\"filename\":\"/data/in.txt\"},"
                + "\"offset\":{\"position\":6}}]}");
  }

  @Test
  void encode_levelBody_isASimpleMap() {
    assertThat(codec.encodeToString(Map.of("level", "DEBUG"), JsonTypes.STRING_MAP))
        .isEqualTo("{\"level\":\"DEBUG\"}");
  }

  @Test
  void encode_connectorInfo_usesServerShapeAndRawType() {
    ConnectorInfo info =
        new ConnectorInfo("c", Map.of("a", "b"), List.of(new TaskId("c", 0)), ConnectorType.SINK);

    assertThat(codec.encodeToString(info, ConnectorInfo.class))
        .isEqualTo(
            "{\"name\":\"c\",\"config\":{\"a\":\"b\"},\"tasks\":[{\"connector\":\"c\",\"task\":0}],"
                + "\"type\":\"sink\"}");
  }

  @Test
  void encode_statusWithUnknownState_writesTheRawValueBack() {
    String body =
        "{\"name\":\"c\",\"connector\":{\"state\":\"HIBERNATING\",\"worker_id\":\"w\"},"
            + "\"tasks\":[{\"id\":0,\"state\":\"FAILED\",\"worker_id\":\"w\",\"trace\":\"t\","
            + "\"version\":\"4.1.0\"}],\"type\":\"source\"}";

    ConnectorStatus status = codec.decode(body, ConnectorStatus.class);

    assertThat(codec.encodeToString(status, ConnectorStatus.class)).isEqualTo(body);
  }

  @Test
  void encode_statusWithoutTraceOrVersion_omitsThem() {
    ConnectorStatus status =
        new ConnectorStatus(
            "c",
            new ConnectorState(State.RUNNING, "w", null, null),
            List.of(new TaskState(0, State.PAUSED, "w", null, null)),
            ConnectorType.SOURCE);

    assertThat(codec.encodeToString(status, ConnectorStatus.class))
        .isEqualTo(
            "{\"name\":\"c\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":\"w\"},"
                + "\"tasks\":[{\"id\":0,\"state\":\"PAUSED\",\"worker_id\":\"w\"}],"
                + "\"type\":\"source\"}");
  }

  @Test
  void encode_pluginWithoutVersion_omitsIt() {
    PluginInfo plugin = new PluginInfo("X", PluginType.HEADER_CONVERTER, null);

    assertThat(codec.encodeToString(plugin, PluginInfo.class))
        .isEqualTo("{\"class\":\"X\",\"type\":\"header_converter\"}");
  }

  @Test
  void encode_loggerLevelNeverSet_writesNullLastModified() {
    assertThat(codec.encodeToString(new LoggerLevel("INFO", null), LoggerLevel.class))
        .isEqualTo("{\"level\":\"INFO\",\"last_modified\":null}");
  }

  @Test
  void encode_enumsStandalone_useServerSpelling() {
    assertThat(codec.encodeToString(State.RUNNING, State.class)).isEqualTo("\"RUNNING\"");
    assertThat(codec.encodeToString(ConnectorType.SOURCE, ConnectorType.class))
        .isEqualTo("\"source\"");
    assertThat(codec.encodeToString(InitialState.PAUSED, InitialState.class))
        .isEqualTo("\"PAUSED\"");
    assertThat(codec.decode("\"Paused\"", InitialState.class)).isEqualTo(InitialState.PAUSED);
    assertThat(codec.decode("\"zombie\"", State.class)).isEqualTo(State.UNKNOWN);
  }

  @Test
  void encode_toSink_writesUtf8AndLeavesSinkOpen() throws IOException {
    Buffer sink = new Buffer();

    codec.encode(Map.of("name", "connecteur-été"), JsonTypes.STRING_MAP, sink);

    assertThat(sink.readString(StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"connecteur-été\"}");
  }

  @Test
  void encode_bytes_equalsStringForm() {
    byte[] bytes = codec.encode(List.of("a", "b"), JsonTypes.STRING_LIST);

    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("[\"a\",\"b\"]");
  }
}
