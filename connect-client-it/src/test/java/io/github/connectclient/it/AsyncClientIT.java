package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.async.AsyncConnectClient;
import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The async client against the real cluster: the lifecycle, typed failures, awaiting states. */
class AsyncClientIT extends SharedClusterIT {

  private static AsyncConnectClient async;

  @BeforeAll
  static void connectAsync() {
    async = AsyncConnectClient.builder().urls(cluster.workerUrls()).build();
  }

  @AfterAll
  static void closeAsync() {
    async.close();
  }

  @Test
  void lifecycle_createAwaitPauseResumeDelete_completesEveryStep() {
    String name = uniqueName("async");
    Map<String, String> config = fileSource(tempFile(name), name + "-topic");

    ConnectorStatus running =
        async
            .createConnector(name, config)
            .thenCompose(
                created -> async.awaitConnectorState(name, State.RUNNING, Duration.ofSeconds(60)))
            .join();
    assertThat(running.tasks()).hasSize(1);

    ConnectorStatus paused =
        async
            .pauseConnector(name)
            .thenCompose(
                done -> async.awaitConnectorState(name, State.PAUSED, Duration.ofSeconds(60)))
            .join();
    assertThat(paused.tasks()).allSatisfy(t -> assertThat(t.state()).isEqualTo(State.PAUSED));

    async
        .resumeConnector(name)
        .thenCompose(done -> async.awaitConnectorState(name, State.RUNNING, Duration.ofSeconds(60)))
        .join();
    assertThat(async.getConnectorConfig(name).join()).containsAllEntriesOf(config);
    async.deleteConnector(name).join();
    assertThat(async.listConnectors().join()).doesNotContain(name);
  }

  @Test
  void failures_completeExceptionallyWithTheTypedException() {
    String name = uniqueName("async-missing");

    assertThat(async.getConnectorStatus(name))
        .failsWithin(Duration.ofSeconds(30))
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause()
        .isInstanceOf(ConnectorNotFoundException.class);

    String existing = uniqueName("async-dup");
    Map<String, String> config = fileSource(tempFile(existing), existing + "-topic");
    async.createConnector(existing, config).join();
    CompletionException duplicate =
        org.junit.jupiter.api.Assertions.assertThrows(
            CompletionException.class, () -> async.createConnector(existing, config).join());
    assertThat(duplicate.getCause()).isInstanceOf(ConnectorAlreadyExistsException.class);
    async.deleteConnector(existing).join();
  }

  @Test
  void clusterReads_matchTheSyncClient() {
    assertThat(async.getServerInfo().join()).isEqualTo(leader.getServerInfo());
    assertThat(async.getHealth().join().isHealthy()).isTrue();
    assertThat(async.listPlugins().join()).hasSameSizeAs(leader.listPlugins());
  }
}
