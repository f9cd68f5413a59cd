package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every capability gate agrees with the real worker: on a worker that has the feature the call does
 * its work, on an older one it is refused before sending, naming the version (issue 12, point 5).
 * On the default version every feature is there; the same tests assert the refusals once a subclass
 * runs them on an older cluster ({@link VersionedClusterIT}).
 */
class VersionGatesIT extends VersionedClusterIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void theWorker_reportsAVersionTheGatesRead() {
    assertThat(workerVersion).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(workerHas("3.6.0")).as("the oldest supported version").isTrue();
  }

  @Test
  void workerWideFeatures() {
    sinceVersion("3.9.0", () -> assertThat(follower.getHealth().isHealthy()).isTrue());
    sinceVersion(
        "3.2.0",
        () ->
            assertThat(follower.listPlugins())
                .hasSizeGreaterThan(follower.listConnectorPlugins().size()));
    sinceVersion("2.3.0", () -> assertThat(follower.listConnectorsExpanded()).isNotNull());
    String logger = "org.apache.kafka.connect.runtime.rest.RestServer";
    sinceVersion("3.7.0", () -> follower.setClusterLoggerLevel(logger, "INFO"));
  }

  @Test
  void createWithAnInitialState() {
    String name = uniqueName("gate-initial");
    NewConnector request =
        new NewConnector(name, fileSource(tempFile(name), name + "-topic"), InitialState.STOPPED);

    boolean created = sinceVersion("3.7.0", () -> follower.createConnector(request)).isPresent();

    if (created) {
      assertThat(follower.awaitConnectorState(name, State.STOPPED, TIMEOUT).connector().state())
          .isEqualTo(State.STOPPED);
      follower.deleteConnector(name);
    } else {
      assertThat(follower.listConnectors()).doesNotContain(name);
    }
  }

  @Test
  void connectorFeatures_restartOptionsPatchStopAndOffsets() {
    String name = uniqueName("gate-connector");
    Path file = tempFile(name);
    ConnectorLifecycleIT.writeLines(file, "one", "two");
    follower.createConnector(name, fileSource(file, name + "-topic"));
    follower.awaitConnectorState(name, State.RUNNING, TIMEOUT);

    sinceVersion(
        "3.0.0", () -> follower.restartConnector(name, RestartOptions.failedConnectorAndTasks()));
    sinceVersion(
        "3.8.0",
        () ->
            assertThat(follower.patchConnectorConfig(name, Map.of("batch.size", "100")).config())
                .containsEntry("batch.size", "100"));
    boolean stopped = sinceVersion("3.5.0", () -> follower.stopConnector(name));
    if (stopped) {
      follower.awaitConnectorState(name, State.STOPPED, TIMEOUT);
    }
    sinceVersion("3.5.0", () -> assertThat(follower.getConnectorOffsets(name)).isNotNull());
    ConnectorOffsets rewind =
        new ConnectorOffsets(
            List.of(
                new ConnectorOffset(Map.of("filename", file.toString()), Map.of("position", 0L))));
    sinceVersion(
        "3.6.0",
        () -> assertThat(follower.alterConnectorOffsets(name, rewind)).contains("successfully"));
    sinceVersion(
        "3.6.0", () -> assertThat(follower.resetConnectorOffsets(name)).contains("successfully"));
    follower.deleteConnector(name);
  }
}
