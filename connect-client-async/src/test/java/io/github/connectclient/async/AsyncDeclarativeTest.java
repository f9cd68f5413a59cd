package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.apply.Action;
import io.github.connectclient.apply.ApplyOptions;
import io.github.connectclient.apply.ApplyResult;
import io.github.connectclient.apply.BulkResult;
import io.github.connectclient.apply.ConnectorChange;
import io.github.connectclient.apply.ConnectorSelector;
import io.github.connectclient.apply.ConnectorSpec;
import io.github.connectclient.apply.Plan;
import io.github.connectclient.apply.TargetState;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.ServerErrorException;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.testsupport.FakeWorker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** plan, apply and the bulk operations of the async client: the same rules, no thread waits. */
class AsyncDeclarativeTest {

  private static final Map<String, String> CONFIG =
      Map.of("connector.class", "FileStreamSink", "tasks.max", "1", "topics", "t");

  private final FakeWorker worker = new FakeWorker();
  private MockWebServer server;
  private AsyncConnectClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(worker);
    server.start();
    client = NoRetryClients.of(server);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void planAndApply_returnAtOnce_andCompleteWithTheSameResultsAsTheSyncClient() throws Exception {
    worker.connector("same", CONFIG, "RUNNING");
    worker.connector("old", CONFIG, "RUNNING");
    worker.delay(200);
    List<ConnectorSpec> specs =
        List.of(
            ConnectorSpec.of("same", CONFIG),
            ConnectorSpec.of("new", CONFIG).withState(TargetState.STOPPED));

    long start = System.nanoTime();
    CompletableFuture<Plan> planned = client.plan(specs, ApplyOptions.defaults().prune(true));
    long returnedAfterMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(returnedAfterMillis).isLessThan(150);
    assertThat(planned).isNotDone();
    Plan plan = planned.get(10, TimeUnit.SECONDS);
    assertThat(plan.changes())
        .extracting(ConnectorChange::action)
        .containsExactly(Action.NONE, Action.CREATE, Action.DELETE);

    ApplyResult result = client.apply(plan).get(10, TimeUnit.SECONDS);

    assertThat(result.failed()).isEmpty();
    assertThat(worker.state("new")).isEqualTo("STOPPED");
    assertThat(worker.config("old")).isNull();
    assertThat(worker.writes())
        .extracting(w -> w.method() + " " + w.target())
        .containsExactlyInAnyOrder("POST /connectors", "DELETE /connectors/old");
  }

  @Test
  void applySpecs_withAwait_completesOnceEachConnectorIsThere() throws Exception {
    ApplyResult result =
        client
            .apply(
                List.of(ConnectorSpec.of("a", CONFIG)),
                ApplyOptions.defaults().await(Duration.ofSeconds(5)))
            .get(10, TimeUnit.SECONDS);

    assertThat(result.items())
        .singleElement()
        .satisfies(item -> assertThat(item.succeeded()).isTrue());
    assertThat(worker.requests())
        .anySatisfy(r -> assertThat(r.target()).isEqualTo("/connectors/a/status"));
  }

  @Test
  void bulkOperations_recordEachFailure_andNeverFailTheFuture() throws Exception {
    worker.connector("a", CONFIG, "RUNNING");
    worker.connector("b", CONFIG, "RUNNING");
    worker.refuse("b", 500);

    BulkResult restarted =
        client
            .restartConnectors(ConnectorSelector.all(), RestartOptions.connectorOnly())
            .get(10, TimeUnit.SECONDS);
    BulkResult deleted =
        client.deleteConnectors(ConnectorSelector.named("a", "gone")).get(10, TimeUnit.SECONDS);

    assertThat(restarted.failed())
        .singleElement()
        .satisfies(item -> assertThat(item.error()).containsInstanceOf(ServerErrorException.class));
    assertThat(deleted.failed())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.name()).isEqualTo("gone");
              assertThat(item.error()).containsInstanceOf(ConnectorNotFoundException.class);
            });
    assertThat(client.findConnectors(ConnectorSelector.all()).get(10, TimeUnit.SECONDS))
        .containsExactly("b");
  }

  @Test
  void badArguments_areThrownAtOnce_beforeAnyRequest() {
    assertThatThrownBy(
            () ->
                client.plan(
                    List.of(ConnectorSpec.of("a", CONFIG), ConnectorSpec.of("a", CONFIG)),
                    ApplyOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.pauseConnectors(null)).isInstanceOf(NullPointerException.class);
    assertThat(worker.requests()).isEmpty();
  }

  @Test
  void cancellingABulkOperation_startsNoFurtherItem() throws Exception {
    for (int i = 0; i < 12; i++) {
      worker.connector("c" + i, CONFIG, "RUNNING");
    }
    worker.delay(300);
    CompletableFuture<BulkResult> stopping = client.stopConnectors(ConnectorSelector.all());
    Thread.sleep(450); // the listing answered, the first four stops are in flight

    stopping.cancel(true);
    Thread.sleep(800);

    assertThat(stopping).isCancelled();
    assertThat(worker.writes()).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void close_failsAnOperationStillRunning() throws Exception {
    worker.delay(500);
    CompletableFuture<BulkResult> paused = client.pauseConnectors(ConnectorSelector.all());

    client.close();

    assertThat(AsyncErrors.unwrap(paused)).isInstanceOf(IllegalStateException.class);
  }
}
