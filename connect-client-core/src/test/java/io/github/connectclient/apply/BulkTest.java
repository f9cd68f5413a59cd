package io.github.connectclient.apply;

import static io.github.connectclient.apply.ConnectorSelector.all;
import static io.github.connectclient.apply.ConnectorSelector.inState;
import static io.github.connectclient.apply.ConnectorSelector.matching;
import static io.github.connectclient.apply.ConnectorSelector.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.errors.BulkFailureException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.ServerErrorException;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.model.State;
import org.junit.jupiter.api.Test;

/** Bulk operations: one listing, one item per selected connector, no item lost. */
class BulkTest extends FakeWorkerTestBase {

  private void threeConnectors() {
    worker.connector("orders-1", sink(), "RUNNING");
    worker.connector("orders-2", sink(), "PAUSED");
    worker.connector("billing", sink(), "RUNNING");
  }

  @Test
  void findConnectors_readsOneListing_andReturnsTheSelectedNamesSorted() {
    threeConnectors();

    assertThat(client.findConnectors(matching("orders-.*")))
        .containsExactly("orders-1", "orders-2");
    assertThat(client.findConnectors(inState(State.RUNNING)))
        .containsExactly("billing", "orders-1");
    assertThat(client.findConnectors(named("billing", "nope"))).containsExactly("billing");
    assertThat(sent()).containsOnly("GET /connectors?expand=status&expand=info").hasSize(3);
  }

  @Test
  void pauseConnectors_actsOnEachSelected_andReportsEach() {
    threeConnectors();

    BulkResult result = client.pauseConnectors(matching("orders-.*").and(inState(State.RUNNING)));

    assertThat(result.operation()).isEqualTo("pauseConnectors");
    assertThat(result.items()).extracting(BulkItem::name).containsExactly("orders-1");
    assertThat(result.succeeded()).hasSize(1);
    assertThat(worker.state("orders-1")).isEqualTo("PAUSED");
    assertThat(worker.writes()).hasSize(1);
  }

  @Test
  void resumeStopAndDelete_eachActOnTheirSelection() {
    threeConnectors();

    assertThat(client.resumeConnectors(inState(State.PAUSED)).items()).hasSize(1);
    assertThat(client.stopConnectors(named("billing")).items()).hasSize(1);
    assertThat(client.deleteConnectors(matching("orders-.*")).items()).hasSize(2);

    assertThat(worker.state("billing")).isEqualTo("STOPPED");
    assertThat(worker.config("orders-1")).isNull();
    assertThat(worker.config("orders-2")).isNull();
  }

  @Test
  void aNamedConnectorThatDoesNotExist_isAnItemWithConnectorNotFound() {
    threeConnectors();

    BulkResult result = client.deleteConnectors(named("billing", "nope"));

    assertThat(result.items()).extracting(BulkItem::name).containsExactly("billing", "nope");
    assertThat(result.failed())
        .singleElement()
        .satisfies(
            item -> assertThat(item.error()).containsInstanceOf(ConnectorNotFoundException.class));
    assertThat(sent()).contains("GET /connectors/nope").doesNotContain("DELETE /connectors/nope");
    assertThat(worker.config("billing")).isNull();
  }

  @Test
  void oneFailure_neverStopsTheOthers_andThrowIfFailedListsIt() {
    threeConnectors();
    worker.refuse("orders-1", 500);

    BulkResult result = client.restartConnectors(all(), RestartOptions.connectorAndTasks());

    assertThat(result.items())
        .extracting(BulkItem::name)
        .containsExactly("billing", "orders-1", "orders-2");
    assertThat(result.succeeded())
        .extracting(BulkItem::name)
        .containsExactly("billing", "orders-2");
    assertThat(result.failed().get(0).error()).containsInstanceOf(ServerErrorException.class);
    assertThat(sent())
        .contains("POST /connectors/billing/restart?includeTasks=true&onlyFailed=false");
    assertThatThrownBy(result::throwIfFailed)
        .isInstanceOf(BulkFailureException.class)
        .hasMessageStartingWith("restartConnectors: 1 of 3 connectors failed\n  orders-1: ");
  }

  @Test
  void aBulkOperation_runsAtMostFourAtOnce_andLosesNoItem() {
    worker.delay(30);
    for (int i = 0; i < 20; i++) {
      worker.connector(String.format("c%02d", i), sink(), "RUNNING");
    }

    BulkResult result = client.stopConnectors(all());

    assertThat(result.items()).hasSize(20);
    assertThat(result.failed()).isEmpty();
    assertThat(worker.mostInFlight()).isBetween(2, 4);
  }
}
