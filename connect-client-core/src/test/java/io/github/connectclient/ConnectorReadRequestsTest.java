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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reads of one connector: info, config, status, tasks, task status, topics, offsets. */
class ConnectorReadRequestsTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  @Test
  void getConnector_sendsGetConnectorsName_andDecodesConfigTasksAndType() throws Exception {
    connect.enqueue(200, Answers.SRC1_INFO);

    ConnectorInfo info = connect.client().getConnector("src1");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/src1"));
    assertThat(info.name()).isEqualTo("src1");
    assertThat(info.config())
        .containsEntry("connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector")
        .containsEntry("tasks.max", "1")
        .containsEntry("file", "/data/in.txt")
        .hasSize(5);
    assertThat(info.tasks()).containsExactly(new TaskId("src1", 0));
    assertThat(info.type()).isEqualTo(ConnectorType.SOURCE);
  }

  @Test
  void getConnectorConfig_sendsGetConfig_andReturnsTheFlatMap() throws Exception {
    connect.enqueue(200, Answers.SRC1_CONFIG);

    Map<String, String> config = connect.client().getConnectorConfig("src1");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/src1/config"));
    assertThat(config).containsExactlyInAnyOrderEntriesOf(Map.of(
        "connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector",
        "tasks.max", "1",
        "file", "/data/in.txt",
        "topic", "t1",
        "name", "src1"));
  }

  @Test
  void getConnectorConfig_keepsPlaceholdersUnresolved() {
    connect.enqueue(200, "{\"database.password\":\"${file:/secrets.properties:db.password}\"}");

    assertThat(connect.client().getConnectorConfig("src1"))
        .containsEntry("database.password", "${file:/secrets.properties:db.password}");
  }

  @Test
  void getConnectorStatus_sendsGetStatus_andDecodesStatesWorkersAndTrace() throws Exception {
    connect.enqueue(200, Answers.SRC1_STATUS_TASK_FAILED);

    ConnectorStatus status = connect.client().getConnectorStatus("src1");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/src1/status"));
    assertThat(status.name()).isEqualTo("src1");
    assertThat(status.type()).isEqualTo(ConnectorType.SOURCE);
    assertThat(status.connector().state()).isEqualTo(State.RUNNING);
    assertThat(status.connector().workerId()).isEqualTo("10.0.0.1:8083");
    assertThat(status.connector().trace()).isNull();
    TaskState task = status.tasks().get(0);
    assertThat(task.id()).isZero();
    assertThat(task.state()).isEqualTo(State.FAILED);
    assertThat(task.workerId()).isEqualTo("10.0.0.2:8083");
    assertThat(task.trace()).startsWith("org.apache.kafka.connect.errors.ConnectException: boom\n\tat ");
  }

  @Test
  void getConnectorStatus_ofA4_1Worker_readsThePluginVersions() {
    connect.enqueue(200, Answers.SRC1_STATUS_4_1);

    ConnectorStatus status = connect.client().getConnectorStatus("src1");

    assertThat(status.connector().version()).isEqualTo("4.3.1");
    assertThat(status.tasks()).extracting(TaskState::version).containsExactly("4.3.1");
  }

  @Test
  void getConnectorStatus_ofAStoppedConnector_hasNoTasks() {
    connect.enqueue(200, """
        {"name":"src1","connector":{"state":"STOPPED","worker_id":"127.0.0.1:8083"},"tasks":[],"type":"source"}""");

    ConnectorStatus status = connect.client().getConnectorStatus("src1");

    assertThat(status.connector().state()).isEqualTo(State.STOPPED);
    assertThat(status.tasks()).isEmpty();
  }

  @Test
  void getConnectorTasks_sendsGetTasks_andDecodesTaskIdsAndConfigs() throws Exception {
    connect.enqueue(200, Answers.SRC1_TASKS);

    List<TaskInfo> tasks = connect.client().getConnectorTasks("src1");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/src1/tasks"));
    assertThat(tasks).singleElement().satisfies(task -> {
      assertThat(task.id()).isEqualTo(new TaskId("src1", 0));
      assertThat(task.config())
          .containsEntry("task.class", "org.apache.kafka.connect.file.FileStreamSourceTask")
          .containsEntry("topic", "t1");
    });
  }

  @Test
  void getConnectorTasks_ofAStoppedConnector_isEmpty() {
    connect.enqueue(200, "[]");

    assertThat(connect.client().getConnectorTasks("src1")).isEmpty();
  }

  @Test
  void getTaskStatus_sendsGetTaskStatusWithTheTaskNumber_andDecodesIt() throws Exception {
    connect.enqueue(200, Answers.TASK_RUNNING);

    TaskState task = connect.client().getTaskStatus("src1", 0);

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/src1/tasks/0/status"));
    assertThat(task.id()).isZero();
    assertThat(task.state()).isEqualTo(State.RUNNING);
    assertThat(task.workerId()).isEqualTo("10.0.0.1:8083");
  }

  @Test
  void getTaskStatus_ofTask12_puts12InThePath() throws Exception {
    connect.enqueue(200, "{\"id\":12,\"state\":\"PAUSED\",\"worker_id\":\"10.0.0.1:8083\"}");

    assertThat(connect.client().getTaskStatus("src1", 12).state()).isEqualTo(State.PAUSED);
    assertSent(connect.takeRequest(), "GET", "/connectors/src1/tasks/12/status");
  }

  @Test
  void getConnectorTopics_sendsGetTopics_andReturnsTheConnectorsTopics() throws Exception {
    connect.enqueue(200, Answers.TOPICS);

    List<String> topics = connect.client().getConnectorTopics("src1");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/src1/topics"));
    assertThat(topics).containsExactly("t1", "t2");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"nope\":{\"topics\":[]}}", "{}"})
  void getConnectorTopics_ofAnUnknownConnector_whichTheServerAnswers200_returnsAnEmptyList(String body) {
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
  void getConnectorOffsets_ofASourceConnector_sendsGetOffsets_andKeepsConnectorDefinedMaps() throws Exception {
    connect.enqueue(200, Answers.SOURCE_OFFSETS);

    ConnectorOffsets offsets = connect.client().getConnectorOffsets("src1");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/connectors/src1/offsets"));
    assertThat(offsets.offsets()).singleElement().satisfies(offset -> {
      assertThat(offset.partition()).containsExactly(Map.entry("filename", "/data/in.txt"));
      assertThat(offset.offset()).containsExactly(Map.entry("position", 35L));
    });
  }

  @Test
  void getConnectorOffsets_ofASinkConnector_decodesKafkaTopicPartitionAndOffset() {
    connect.enqueue(200, Answers.SINK_OFFSETS);

    ConnectorOffsets offsets = connect.client().getConnectorOffsets("my-sink");

    assertThat(offsets.offsets()).containsExactly(ConnectorOffset.sink("t", 0, 5L));
  }

  @Test
  void getConnectorOffsets_whenThereAreNone_isEmpty() {
    connect.enqueue(200, "{\"offsets\":[]}");

    assertThat(connect.client().getConnectorOffsets("src1").offsets()).isEmpty();
  }
}
