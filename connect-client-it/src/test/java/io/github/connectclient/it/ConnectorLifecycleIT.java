package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.model.ConfigUpdate;
import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import io.github.connectclient.model.TaskInfo;
import io.github.connectclient.model.TaskState;
import io.github.connectclient.testsupport.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The connector lifecycle against the real cluster. Every write goes to the follower, so the server
 * forwards it to the leader; reads go to either worker.
 */
class ConnectorLifecycleIT extends SharedClusterIT {

  private static final Duration STATE_TIMEOUT = Duration.ofSeconds(60);

  @Test
  void createConnector_viaTheFollower_isForwardedAndVisibleOnBothWorkers() {
    String name = uniqueName("create");
    Map<String, String> config = fileSource(tempFile(name), name + "-topic");

    ConnectorInfo created = follower.createConnector(name, config);

    assertThat(created.name()).isEqualTo(name);
    assertThat(created.type()).isEqualTo(ConnectorType.SOURCE);
    assertThat(created.config()).containsAllEntriesOf(config).containsEntry("name", name);
    assertThat(leader.listConnectors()).contains(name);
    ConnectorStatus running = follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);
    assertThat(running.tasks()).hasSize(1);
    follower.deleteConnector(name);
  }

  @Test
  void createConnector_twice_throwsAlreadyExistsAtOnce() {
    String name = uniqueName("dup");
    Map<String, String> config = fileSource(tempFile(name), name + "-topic");
    follower.createConnector(name, config);

    assertThatThrownBy(() -> follower.createConnector(name, config))
        .isInstanceOf(ConnectorAlreadyExistsException.class)
        .hasMessageContaining("already exists")
        .satisfies(e -> assertThat(((ConnectorAlreadyExistsException) e).attempts()).isEqualTo(1));
    follower.deleteConnector(name);
  }

  @Test
  void createConnector_withInitialStateStopped_startsStopped() {
    String name = uniqueName("stopped");
    NewConnector request =
        NewConnector.builder()
            .name(name)
            .config(fileSource(tempFile(name), name + "-topic"))
            .initialState(InitialState.STOPPED)
            .build();

    follower.createConnector(request);

    ConnectorStatus status = follower.awaitConnectorState(name, State.STOPPED, STATE_TIMEOUT);
    assertThat(status.tasks()).isEmpty();
    follower.deleteConnector(name);
  }

  @Test
  void createConnector_withAnInvalidConfig_throwsInvalidConfigListingTheErrors() {
    Map<String, String> config = new HashMap<>(fileSource(tempFile("bad"), "t"));
    config.put("tasks.max", "0");

    assertThatThrownBy(() -> follower.createConnector(uniqueName("bad"), config))
        .isInstanceOfSatisfying(
            InvalidConfigException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.errors()).anySatisfy(line -> assertThat(line).contains("tasks.max"));
            });
  }

  @Test
  void putConnectorConfig_reportsCreatedThenUpdated() {
    String name = uniqueName("put");
    Path file = tempFile(name);

    ConfigUpdate first = follower.putConnectorConfig(name, fileSource(file, name + "-a"));
    ConfigUpdate second = follower.putConnectorConfig(name, fileSource(file, name + "-b"));

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.connector().config()).containsEntry("topic", name + "-b");
    assertThat(leader.getConnectorConfig(name)).containsEntry("topic", name + "-b");
    follower.deleteConnector(name);
  }

  @Test
  void patchConnectorConfig_changesAndRemovesKeys() {
    String name = uniqueName("patch");
    Map<String, String> config = new HashMap<>(fileSource(tempFile(name), name + "-topic"));
    config.put("batch.size", "100");
    follower.createConnector(name, config);
    Map<String, String> patch = new HashMap<>();
    patch.put("topic", name + "-patched");
    patch.put("batch.size", null);

    ConnectorInfo patched = follower.patchConnectorConfig(name, patch);

    assertThat(patched.config())
        .containsEntry("topic", name + "-patched")
        .doesNotContainKey("batch.size");
    assertThat(follower.getConnectorConfig(name)).containsEntry("topic", name + "-patched");
    follower.deleteConnector(name);
  }

  @Test
  void readEndpoints_describeARunningSourceConnector() {
    String name = uniqueName("read");
    follower.createConnector(name, fileSource(tempFile(name), name + "-topic"));
    follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);

    ConnectorInfo info = leader.getConnector(name);
    assertThat(info.tasks()).hasSize(1);
    assertThat(info.tasks().get(0).connector()).isEqualTo(name);
    assertThat(info.tasks().get(0).task()).isZero();

    List<TaskInfo> tasks = follower.getConnectorTasks(name);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).id().task()).isZero();
    assertThat(tasks.get(0).config()).containsKey("task.class");

    TaskState task = follower.getTaskStatus(name, 0);
    assertThat(task.state()).isEqualTo(State.RUNNING);
    assertThat(task.workerId()).startsWith("127.0.0.1:");

    Map<String, ConnectorExpanded> expanded = leader.listConnectorsExpanded();
    assertThat(expanded).containsKey(name);
    assertThat(expanded.get(name).info().config()).containsEntry("name", name);
    assertThat(expanded.get(name).status().connector().state()).isEqualTo(State.RUNNING);
    follower.deleteConnector(name);
  }

  @Test
  void pauseResumeStop_reachEachStateOnConnectorAndTasks() {
    String name = uniqueName("states");
    follower.createConnector(name, fileSource(tempFile(name), name + "-topic"));
    follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);

    follower.pauseConnector(name);
    ConnectorStatus paused = follower.awaitConnectorState(name, State.PAUSED, STATE_TIMEOUT);
    assertThat(paused.tasks()).allSatisfy(t -> assertThat(t.state()).isEqualTo(State.PAUSED));

    follower.resumeConnector(name);
    follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);

    follower.stopConnector(name);
    ConnectorStatus stopped = follower.awaitConnectorState(name, State.STOPPED, STATE_TIMEOUT);
    assertThat(stopped.tasks()).isEmpty();
    assertThat(follower.getConnectorTasks(name)).isEmpty();

    follower.resumeConnector(name);
    follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);
    follower.deleteConnector(name);
  }

  @Test
  void restarts_ofConnectorTasksAndWithOptions() {
    String name = uniqueName("restart");
    follower.createConnector(name, fileSource(tempFile(name), name + "-topic"));
    follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);

    follower.restartConnector(name);
    follower.restartTask(name, 0);
    Optional<ConnectorStatus> planned =
        follower.restartConnector(name, new RestartOptions(true, false));

    assertThat(planned).isPresent();
    assertThat(planned.get().connector().state()).isEqualTo(State.RESTARTING);
    assertThat(planned.get().tasks())
        .allSatisfy(t -> assertThat(t.state()).isEqualTo(State.RESTARTING));
    follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);

    Optional<ConnectorStatus> onlyFailed =
        follower.restartConnector(name, new RestartOptions(true, true));
    assertThat(onlyFailed).isPresent();
    assertThat(onlyFailed.get().connector().state()).isEqualTo(State.RUNNING);
    follower.deleteConnector(name);
  }

  @Test
  void topics_areTrackedAndReset() {
    String name = uniqueName("topics");
    Path file = tempFile(name);
    String topic = name + "-topic";
    writeLines(file, "one", "two");
    follower.createConnector(name, fileSource(file, topic));
    follower.awaitConnectorState(name, State.RUNNING, STATE_TIMEOUT);

    Eventually.await(
        "topics of " + name,
        STATE_TIMEOUT,
        () -> follower.getConnectorTopics(name),
        topics -> topics.contains(topic));

    follower.stopConnector(name);
    follower.awaitConnectorState(name, State.STOPPED, STATE_TIMEOUT);
    follower.resetConnectorTopics(name);
    Eventually.await(
        "topics of " + name + " reset",
        STATE_TIMEOUT,
        () -> follower.getConnectorTopics(name),
        List::isEmpty);
    follower.deleteConnector(name);
  }

  @Test
  void getConnectorTopics_ofAnUnknownConnector_isEmptyAsTheServerAnswers200() {
    assertThat(follower.getConnectorTopics(uniqueName("nope"))).isEmpty();
  }

  @Test
  void deleteConnector_removesItAndLaterReadsThrowConnectorNotFound() {
    String name = uniqueName("delete");
    follower.createConnector(name, fileSource(tempFile(name), name + "-topic"));

    follower.deleteConnector(name);

    Eventually.await(
        name + " gone", STATE_TIMEOUT, leader::listConnectors, list -> !list.contains(name));
    assertThatThrownBy(() -> leader.getConnector(name))
        .isInstanceOfSatisfying(
            ConnectorNotFoundException.class, e -> assertThat(e.connectorName()).isEqualTo(name));
    assertThatThrownBy(() -> follower.deleteConnector(name))
        .isInstanceOf(ConnectorNotFoundException.class);
  }

  @Test
  void unknownConnector_isConnectorNotFoundOnEveryConnectorEndpoint() {
    String name = uniqueName("missing");
    assertThatThrownBy(() -> follower.getConnector(name))
        .isInstanceOf(ConnectorNotFoundException.class);
    assertThatThrownBy(() -> follower.getConnectorConfig(name))
        .isInstanceOf(ConnectorNotFoundException.class);
    assertThatThrownBy(() -> follower.getConnectorStatus(name))
        .isInstanceOf(ConnectorNotFoundException.class);
    assertThatThrownBy(() -> follower.getConnectorTasks(name))
        .isInstanceOf(ConnectorNotFoundException.class);
    assertThatThrownBy(() -> follower.pauseConnector(name))
        .isInstanceOf(ConnectorNotFoundException.class);
    assertThatThrownBy(() -> follower.restartConnector(name))
        .isInstanceOf(ConnectorNotFoundException.class);
    assertThatThrownBy(() -> follower.getConnectorOffsets(name))
        .isInstanceOf(ConnectorNotFoundException.class);
    assertThatThrownBy(() -> follower.getTaskStatus(name, 0)).isInstanceOf(NotFoundException.class);
  }

  static void writeLines(Path file, String... lines) {
    try {
      java.nio.file.Files.write(file, List.of(lines), java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
