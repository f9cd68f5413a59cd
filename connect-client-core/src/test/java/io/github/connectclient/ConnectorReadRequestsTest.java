package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertNoBody;
import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskId;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testsupport.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reads of one connector: info, config, status, tasks, task status, topics, offsets. The
 * answers are the captured ones of connectors {@code fixture-source} (FileStreamSource), {@code
 * fixture-sink} and {@code fixture-failing}, except where a test says otherwise.
 */
class ConnectorReadRequestsTest {

  private static final String SOURCE = "fixture-source";

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  @Test
  void getConnector_sendsGetConnectorsName_andDecodesConfigTasksAndType() throws Exception {
    connect.enqueue(Answers.captured("connector-info"));

    ConnectorInfo info = connect.client().getConnector(SOURCE);

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/fixture-source"));
    assertThat(info.name()).isEqualTo(SOURCE);
    assertThat(info.config())
        .containsEntry("connector.class", "FileStreamSource")
        .containsEntry("tasks.max", "1")
        .containsEntry("file", Fixtures.text("connector-info", "config", "file"))
        .containsEntry("name", SOURCE)
        .hasSize(5);
    assertThat(info.tasks()).containsExactly(new TaskId(SOURCE, 0));
    assertThat(info.type()).isEqualTo(ConnectorType.SOURCE);
  }

  @Test
  void getConnectorConfig_sendsGetConfig_andReturnsTheFlatMap() throws Exception {
    connect.enqueue(Answers.captured("connector-config"));

    Map<String, String> config = connect.client().getConnectorConfig(SOURCE);

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/fixture-source/config"));
    assertThat(config)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "connector.class", "FileStreamSource",
                "tasks.max", "1",
                "file", Fixtures.text("connector-config", "file"),
                "topic", "fixture-topic",
                "name", SOURCE));
  }

  @Test
  void getConnectorConfig_keepsPlaceholdersUnresolved() {
    // synthetic: the test cluster has no config provider
    connect.enqueue(200, "{\"database.password\":\"${file:/secrets.properties:db.password}\"}");

    assertThat(connect.client().getConnectorConfig("src1"))
        .containsEntry("database.password", "${file:/secrets.properties:db.password}");
  }

  @Test
  void getConnectorStatus_sendsGetStatus_andDecodesStatesWorkersAndTrace() throws Exception {
    connect.enqueue(Answers.captured("connector-status-failed-task"));

    ConnectorStatus status = connect.client().getConnectorStatus("fixture-failing");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/fixture-failing/status"));
    assertThat(status.name()).isEqualTo("fixture-failing");
    assertThat(status.type()).isEqualTo(ConnectorType.SINK);
    assertThat(status.connector().state()).isEqualTo(State.RUNNING);
    assertThat(status.connector().workerId())
        .isEqualTo(Fixtures.text("connector-status-failed-task", "connector", "worker_id"));
    assertThat(status.connector().trace()).isNull();
    TaskState task = status.tasks().get(0);
    assertThat(task.id()).isZero();
    assertThat(task.state()).isEqualTo(State.FAILED);
    assertThat(task.workerId())
        .isEqualTo(Fixtures.text("connector-status-failed-task", "tasks", 0, "worker_id"));
    assertThat(task.trace())
        .startsWith(
            "org.apache.kafka.connect.errors.ConnectException: Couldn't find or create file "
                + "'/nonexistent-dir/out.txt'")
        .contains("\n\tat org.apache.kafka.connect.file.FileStreamSinkTask.start(")
        .contains("\nCaused by: java.nio.file.NoSuchFileException: /nonexistent-dir/out.txt\n");
  }

  @Test
  void getConnectorStatus_ofA4_1Worker_readsThePluginVersions() {
    connect.enqueue(Answers.captured("connector-status"));

    ConnectorStatus status = connect.client().getConnectorStatus(SOURCE);

    String kafkaVersion = Fixtures.text("server-info", "version");
    assertThat(status.connector().version()).isEqualTo(kafkaVersion);
    assertThat(status.tasks()).extracting(TaskState::version).containsExactly(kafkaVersion);
  }

  @Test
  void getConnectorStatus_ofAStoppedConnector_hasNoTasks() {
    // not captured (the capture reads no status while stopped); the shape of real-cluster.md
    connect.enqueue(
        200,
        """
        {"name":"src1","connector":{"state":"STOPPED","worker_id":"127.0.0.1:8083"},"tasks":[],"type":"source"}""");

    ConnectorStatus status = connect.client().getConnectorStatus("src1");

    assertThat(status.connector().state()).isEqualTo(State.STOPPED);
    assertThat(status.tasks()).isEmpty();
  }

  @Test
  void getConnectorTasks_sendsGetTasks_andDecodesTaskIdsAndConfigs() throws Exception {
    connect.enqueue(Answers.captured("connector-tasks"));

    List<TaskInfo> tasks = connect.client().getConnectorTasks(SOURCE);

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/fixture-source/tasks"));
    assertThat(tasks)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.id()).isEqualTo(new TaskId(SOURCE, 0));
              assertThat(task.config())
                  .containsEntry("task.class", "org.apache.kafka.connect.file.FileStreamSourceTask")
                  .containsEntry("topic", "fixture-topic");
            });
  }

  @Test
  void getConnectorTasks_ofAStoppedConnector_isEmpty() {
    connect.enqueue(200, "[]");

    assertThat(connect.client().getConnectorTasks("src1")).isEmpty();
  }

  @Test
  void getTaskStatus_sendsGetTaskStatusWithTheTaskNumber_andDecodesIt() throws Exception {
    connect.enqueue(Answers.captured("task-status"));

    TaskState task = connect.client().getTaskStatus(SOURCE, 0);

    assertNoBody(
        assertSent(connect.takeRequest(), "GET", "/connectors/fixture-source/tasks/0/status"));
    assertThat(task.id()).isZero();
    assertThat(task.state()).isEqualTo(State.RUNNING);
    assertThat(task.workerId()).isEqualTo(Fixtures.text("task-status", "worker_id"));
    assertThat(task.trace()).isNull();
  }

  @Test
  void getTaskStatus_ofTask12_puts12InThePath() throws Exception {
    // synthetic: the capture's connector has one task
    connect.enqueue(200, "{\"id\":12,\"state\":\"PAUSED\",\"worker_id\":\"10.0.0.1:8083\"}");

    assertThat(connect.client().getTaskStatus("src1", 12).state()).isEqualTo(State.PAUSED);
    assertSent(connect.takeRequest(), "GET", "/connectors/src1/tasks/12/status");
  }

  @Test
  void getConnectorTopics_sendsGetTopics_andReturnsTheConnectorsTopics() throws Exception {
    connect.enqueue(Answers.captured("connector-topics"));

    List<String> topics = connect.client().getConnectorTopics(SOURCE);

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/fixture-source/topics"));
    assertThat(topics).containsExactly("fixture-topic");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"nope\":{\"topics\":[]}}", "{}"})
  void getConnectorTopics_ofAnUnknownConnector_whichTheServerAnswers200_returnsAnEmptyList(
      String body) {
    // not captured: the two shapes the reference gives for a connector with no active topics
    connect.enqueue(200, body);

    assertThat(connect.client().getConnectorTopics("nope")).isEmpty();
  }

  @Test
  void getConnectorTopics_ofANameNeedingEncoding_findsTheEntryUnderTheRawName() throws Exception {
    connect.enqueue(200, "{\"a b\":{\"topics\":[\"t1\"]}}");

    assertThat(connect.client().getConnectorTopics("a b")).containsExactly("t1");
    assertSent(connect.takeRequest(), "GET", "/connectors/a%20b/topics");
  }

  @Test
  void getConnectorOffsets_ofASourceConnector_sendsGetOffsets_andKeepsConnectorDefinedMaps()
      throws Exception {
    connect.enqueue(Answers.captured("offsets-source"));

    ConnectorOffsets offsets = connect.client().getConnectorOffsets(SOURCE);

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/fixture-source/offsets"));
    assertThat(offsets.offsets())
        .singleElement()
        .satisfies(
            offset -> {
              // FileStreamSource keys its offsets by the file it reads, and counts bytes as a long
              assertThat(offset.partition())
                  .containsExactly(
                      Map.entry("filename", Fixtures.text("connector-config", "file")));
              assertThat(offset.offset()).containsOnlyKeys("position");
              assertThat(offset.offset().get("position"))
                  .isInstanceOf(Long.class)
                  .isEqualTo(capturedLong("offsets-source", "offsets", 0, "offset", "position"));
            });
  }

  @Test
  void getConnectorOffsets_ofASinkConnector_decodesKafkaTopicPartitionAndOffset() {
    connect.enqueue(Answers.captured("offsets-sink"));

    ConnectorOffsets offsets = connect.client().getConnectorOffsets("fixture-sink");

    // how far the sink had consumed fixture-topic's only partition when captured
    assertThat(offsets.offsets())
        .containsExactly(
            ConnectorOffset.sink(
                "fixture-topic",
                0,
                capturedLong("offsets-sink", "offsets", 0, "offset", "kafka_offset")));
  }

  @Test
  void getConnectorOffsets_whenThereAreNone_isEmpty() {
    connect.enqueue(200, "{\"offsets\":[]}");

    assertThat(connect.client().getConnectorOffsets("src1").offsets()).isEmpty();
  }

  private static long capturedLong(String fixture, Object... keys) {
    return ((Number) Fixtures.at(fixture, keys)).longValue();
  }
}
