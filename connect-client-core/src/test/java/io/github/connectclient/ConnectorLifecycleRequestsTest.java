package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertJsonBody;
import static io.github.connectclient.RequestAssertions.assertNoBody;
import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testsupport.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writes of a connector: create, config, restart, pause/resume/stop, delete, topics, offsets.
 * Answers with a body are the captured ones for connector {@code fixture-source} (FileStreamSource
 * writing to {@code fixture-topic}).
 */
class ConnectorLifecycleRequestsTest {

  private static final String SOURCE = "fixture-source";
  private static final String SOURCE_CONFIG_JSON =
      "{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"1\",\"topic\":\"fixture-topic\"}";

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  /**
   * The capture's config of {@code fixture-source}, but for the file (a path of the capturing
   * machine).
   */
  private static Map<String, String> sourceConfig() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "FileStreamSource");
    config.put("tasks.max", "1");
    config.put("topic", "fixture-topic");
    return config;
  }

  @Test
  void createConnector_withInitialState_postsNameConfigAndInitialState() throws Exception {
    connect.enqueue(Answers.captured("connector-created"));

    ConnectorInfo created =
        connect
            .client()
            .createConnector(
                NewConnector.builder()
                    .name(SOURCE)
                    .config(sourceConfig())
                    .initialState(InitialState.STOPPED)
                    .build());

    RecordedRequest request = assertSent(connect.takeRequest(), "POST", "/connectors");
    assertJsonBody(
        request,
        "{\"name\":\"fixture-source\",\"config\":"
            + SOURCE_CONFIG_JSON
            + ",\"initial_state\":\"STOPPED\"}");
    assertThat(created.name()).isEqualTo(SOURCE);
    assertThat(created.config()).containsAllEntriesOf(sourceConfig()).containsEntry("name", SOURCE);
    assertThat(created.tasks()).as("tasks are assigned after the 201").isEmpty();
    assertThat(created.type()).isEqualTo(ConnectorType.SOURCE);
  }

  @Test
  void createConnector_whenInitialStateUnset_omitsIt() throws Exception {
    connect.enqueue(Answers.captured("connector-created"));

    connect.client().createConnector(new NewConnector(SOURCE, sourceConfig(), null));

    String body = connect.takeRequest().getBody().utf8();
    assertThat(body).doesNotContain("initial_state");
    assertThat(body)
        .isEqualTo("{\"name\":\"fixture-source\",\"config\":" + SOURCE_CONFIG_JSON + "}");
  }

  @Test
  void createConnector_fromNameAndConfig_postsTheSameBodyWithoutInitialState() throws Exception {
    connect.enqueue(Answers.captured("connector-created"));

    ConnectorInfo created = connect.client().createConnector(SOURCE, sourceConfig());

    RecordedRequest request = assertSent(connect.takeRequest(), "POST", "/connectors");
    assertJsonBody(request, "{\"name\":\"fixture-source\",\"config\":" + SOURCE_CONFIG_JSON + "}");
    assertThat(created.name()).isEqualTo(SOURCE);
  }

  @Test
  void createConnector_withANameNeedingEncoding_putsItRawInTheBodyAndNotInThePath()
      throws Exception {
    connect.enqueue(Answers.captured("connector-created"));

    connect.client().createConnector("a/b c", Map.of("connector.class", "FileStreamSource"));

    RecordedRequest request = assertSent(connect.takeRequest(), "POST", "/connectors");
    assertThat(request.getBody().utf8()).startsWith("{\"name\":\"a/b c\",");
  }

  @Test
  void putConnectorConfig_whenTheServerAnswers201_saysCreated() throws Exception {
    // the capture has no PUT that created; a PUT creating answers 201 with the body POST answers
    connect.enqueue(Answers.json(201, Fixtures.body("connector-created")));

    ConfigUpdate update = connect.client().putConnectorConfig(SOURCE, sourceConfig());

    RecordedRequest request =
        assertSent(connect.takeRequest(), "PUT", "/connectors/fixture-source/config");
    assertJsonBody(request, SOURCE_CONFIG_JSON);
    assertThat(update.created()).isTrue();
    assertThat(update.connector().name()).isEqualTo(SOURCE);
    assertThat(update.connector().config()).containsEntry("topic", "fixture-topic");
  }

  @Test
  void putConnectorConfig_whenTheServerAnswers200_saysUpdated() {
    connect.enqueue(Answers.captured("config-updated"));

    ConfigUpdate update = connect.client().putConnectorConfig(SOURCE, sourceConfig());

    assertThat(update.created()).isFalse();
    assertThat(update.connector().name()).isEqualTo(SOURCE);
    assertThat(update.connector().tasks()).hasSize(1);
  }

  @Test
  void patchConnectorConfig_sendsTheChangedKeys_withNullForARemovedKey() throws Exception {
    // the capture has no PATCH; it answers the merged connector, as GET /connectors/{name} does
    connect.enqueue(Answers.captured("connector-info"));
    Map<String, String> patch = new LinkedHashMap<>();
    patch.put("tasks.max", "4");
    patch.put("transforms", null);

    ConnectorInfo merged = connect.client().patchConnectorConfig(SOURCE, patch);

    RecordedRequest request =
        assertSent(connect.takeRequest(), "PATCH", "/connectors/fixture-source/config");
    assertJsonBody(request, "{\"tasks.max\":\"4\",\"transforms\":null}");
    assertThat(merged.name()).isEqualTo(SOURCE);
    assertThat(merged.config()).containsEntry("topic", "fixture-topic");
  }

  @Test
  void restartConnector_postsRestartWithoutParameters() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().restartConnector("src1");

    assertNoBody(assertSent(connect.takeRequest(), "POST", "/connectors/src1/restart"));
  }

  @Test
  void restartConnector_withOptions_sendsBothParameters_andReturnsThe202Body() throws Exception {
    connect.enqueue(Answers.captured("restart-planned"));

    Optional<ConnectorStatus> planned =
        connect.client().restartConnector(SOURCE, RestartOptions.connectorAndTasks());

    assertNoBody(
        assertSent(
            connect.takeRequest(),
            "POST",
            "/connectors/fixture-source/restart?includeTasks=true&onlyFailed=false"));
    assertThat(planned)
        .hasValueSatisfying(
            status -> {
              assertThat(status.name()).isEqualTo(SOURCE);
              assertThat(status.connector().state()).isEqualTo(State.RESTARTING);
              assertThat(status.tasks())
                  .extracting(TaskState::state)
                  .containsExactly(State.RESTARTING);
            });
  }

  @Test
  void restartConnector_withOnlyFailed_sendsOnlyFailedTrue() throws Exception {
    connect.enqueue(Answers.captured("restart-planned"));

    connect.client().restartConnector("src1", RestartOptions.failedConnectorAndTasks());

    assertSent(
        connect.takeRequest(),
        "POST",
        "/connectors/src1/restart?includeTasks=true&onlyFailed=true");
  }

  @Test
  void restartConnector_withOptions_whenTheWorkerAnswers204_returnsEmpty() throws Exception {
    connect.enqueue(Answers.empty(204));

    Optional<ConnectorStatus> planned =
        connect.client().restartConnector("src1", RestartOptions.connectorOnly());

    assertSent(
        connect.takeRequest(),
        "POST",
        "/connectors/src1/restart?includeTasks=false&onlyFailed=false");
    assertThat(planned).isEmpty();
  }

  @Test
  void restartTask_postsTheTaskRestart() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().restartTask("src1", 3);

    assertNoBody(assertSent(connect.takeRequest(), "POST", "/connectors/src1/tasks/3/restart"));
  }

  @Test
  void pauseConnector_putsPauseWithNoBody() throws Exception {
    connect.enqueue(Answers.empty(202));

    connect.client().pauseConnector("src1");

    assertNoBody(assertSent(connect.takeRequest(), "PUT", "/connectors/src1/pause"));
  }

  @Test
  void resumeConnector_putsResumeWithNoBody() throws Exception {
    connect.enqueue(Answers.empty(202));

    connect.client().resumeConnector("src1");

    assertNoBody(assertSent(connect.takeRequest(), "PUT", "/connectors/src1/resume"));
  }

  @Test
  void stopConnector_putsStopWithNoBody() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().stopConnector("src1");

    assertNoBody(assertSent(connect.takeRequest(), "PUT", "/connectors/src1/stop"));
  }

  @Test
  void deleteConnector_sendsDelete() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().deleteConnector("src1");

    assertNoBody(assertSent(connect.takeRequest(), "DELETE", "/connectors/src1"));
  }

  @Test
  void resetConnectorTopics_putsTopicsResetWithNoBody() throws Exception {
    connect.enqueue(Answers.empty(202));

    connect.client().resetConnectorTopics("src1");

    assertNoBody(assertSent(connect.takeRequest(), "PUT", "/connectors/src1/topics/reset"));
  }

  @Test
  void alterConnectorOffsets_patchesTheOffsetsWithNullRemovingAPartition_andReturnsTheMessage()
      throws Exception {
    connect.enqueue(Answers.captured("offsets-altered"));

    String message =
        connect
            .client()
            .alterConnectorOffsets(
                "my-sink",
                ConnectorOffsets.of(
                    ConnectorOffset.sink("t1", 1, null), ConnectorOffset.sink("t1", 0, 5L)));

    RecordedRequest request =
        assertSent(connect.takeRequest(), "PATCH", "/connectors/my-sink/offsets");
    assertJsonBody(
        request,
        "{\"offsets\":["
            + "{\"partition\":{\"kafka_topic\":\"t1\",\"kafka_partition\":1},\"offset\":null},"
            + "{\"partition\":{\"kafka_topic\":\"t1\",\"kafka_partition\":0},\"offset\":{\"kafka_offset\":5}}]}");
    assertThat(message).isEqualTo("The offsets for this connector have been altered successfully");
  }

  @Test
  void alterConnectorOffsets_ofASourceConnector_sendsTheConnectorDefinedMaps() throws Exception {
    connect.enqueue(Answers.captured("offsets-altered"));

    connect
        .client()
        .alterConnectorOffsets(
            "src1",
            ConnectorOffsets.of(
                ConnectorOffset.source(Map.of("filename", "/data/in.txt"), Map.of("position", 6))));

    assertJsonBody(
        connect.takeRequest(),
        "{\"offsets\":[{\"partition\":{\"filename\":\"/data/in.txt\"},\"offset\":{\"position\":6}}]}");
  }

  @Test
  void resetConnectorOffsets_sendsDeleteOffsets_andReturnsTheMessage() throws Exception {
    connect.enqueue(Answers.captured("offsets-reset"));

    String message = connect.client().resetConnectorOffsets("src1");

    assertNoBody(assertSent(connect.takeRequest(), "DELETE", "/connectors/src1/offsets"));
    assertThat(message).isEqualTo("The offsets for this connector have been reset successfully");
  }

  static Stream<Arguments> voidOperationsAndSuccessStatuses() {
    Stream<Operation> operations =
        Stream.of(
            Operation.of("restartConnector", "src1"),
            Operation.of("restartTask", "src1", 0),
            Operation.of("pauseConnector", "src1"),
            Operation.of("resumeConnector", "src1"),
            Operation.of("stopConnector", "src1"),
            Operation.of("deleteConnector", "src1"),
            Operation.of("resetConnectorTopics", "src1"),
            Operation.of("setClusterLoggerLevel", "org.apache.kafka.connect", "DEBUG"));
    return operations.flatMap(
        op -> Stream.of(200, 202, 204).map(status -> Arguments.of(op, status)));
  }

  @ParameterizedTest(name = "{0} accepts {1}")
  @MethodSource("voidOperationsAndSuccessStatuses")
  void voidOperation_acceptsEvery2xxTheServerUses(Operation operation, int status)
      throws Exception {
    // synthetic: a 200 with a body the void operations ignore (the real ones answer 202/204 empty)
    connect.enqueue(status == 200 ? Answers.json(200, "{}") : Answers.empty(status));

    Object result = Execution.SYNC.run(connect, operation);

    assertThat(result).isNull();
    assertThat(connect.requestCount()).isEqualTo(1);
  }
}
