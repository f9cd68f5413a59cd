package io.github.connectclient.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.errors.BulkFailureException;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.errors.ServerErrorException;
import io.github.connectclient.testsupport.FakeWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** apply: exactly the plan, no write for NONE, per-item outcomes, bounded parallelism. */
class ApplyTest extends FakeWorkerTestBase {

  @Test
  void reapplyingTheSameSpecs_sendsNoWriteAtAll() {
    List<ConnectorSpec> specs =
        List.of(
            ConnectorSpec.of("a", sink()),
            ConnectorSpec.of("b", sink()).withState(TargetState.PAUSED),
            ConnectorSpec.of("c", sink()).withState(TargetState.STOPPED));
    client.apply(specs, ApplyOptions.defaults()).throwIfFailed();
    int writes = worker.writes().size();

    ApplyResult again = client.apply(specs, ApplyOptions.defaults());

    assertThat(writes).isPositive();
    assertThat(worker.writes()).hasSize(writes);
    assertThat(again.items()).extracting(ApplyItem::action).containsOnly(Action.NONE);
    assertThat(again.items()).allSatisfy(item -> assertThat(item.duration()).isZero());
  }

  @Test
  void create_running_isOnePostWithoutInitialState_andNoVersionCall() {
    ApplyResult result =
        client.apply(List.of(ConnectorSpec.of("a", sink())), ApplyOptions.defaults());

    assertThat(result.failed()).isEmpty();
    assertThat(worker.writes())
        .singleElement()
        .satisfies(
            post -> {
              assertThat(post.method() + " " + post.target()).isEqualTo("POST /connectors");
              assertThat(post.body()).doesNotContain("initial_state");
            });
    assertThat(sent()).doesNotContain("GET /");
  }

  @Test
  void create_pausedAndStopped_onA37Worker_useInitialState_readingTheVersionOnce() {
    List<ConnectorSpec> specs =
        List.of(
            ConnectorSpec.of("p", sink()).withState(TargetState.PAUSED),
            ConnectorSpec.of("s", sink()).withState(TargetState.STOPPED));

    ApplyResult result = client.apply(specs, ApplyOptions.defaults());

    assertThat(result.items()).allSatisfy(item -> assertThat(item.stateChange()).isTrue());
    assertThat(sent().stream().filter(line -> line.equals("GET /"))).hasSize(1);
    assertThat(worker.writes())
        .extracting(FakeWorker.Request::body)
        .anySatisfy(body -> assertThat(body).contains("\"initial_state\":\"PAUSED\""))
        .anySatisfy(body -> assertThat(body).contains("\"initial_state\":\"STOPPED\""));
    assertThat(worker.writes()).hasSize(2);
    assertThat(worker.state("p")).isEqualTo("PAUSED");
    assertThat(worker.state("s")).isEqualTo("STOPPED");
  }

  @Test
  void create_stopped_onA36Worker_createsThenStops() {
    worker.version("3.6.2");

    client.apply(
        List.of(ConnectorSpec.of("s", sink()).withState(TargetState.STOPPED)),
        ApplyOptions.defaults());

    assertThat(worker.writes())
        .extracting(w -> w.method() + " " + w.target())
        .containsExactly("POST /connectors", "PUT /connectors/s/stop");
    assertThat(worker.writes().get(0).body()).doesNotContain("initial_state");
  }

  @Test
  void update_toPaused_pausesBeforePuttingTheConfig_toRunning_putsBeforeResuming() {
    worker.connector("p", sink(), "RUNNING");
    worker.connector("r", sink(), "STOPPED");

    client.apply(
        List.of(
            ConnectorSpec.of("p", sink("batch.size", "5")).withState(TargetState.PAUSED),
            ConnectorSpec.of("r", sink("batch.size", "5"))),
        ApplyOptions.defaults().parallelism(1));

    assertThat(worker.writes())
        .extracting(w -> w.method() + " " + w.target())
        .containsExactly(
            "PUT /connectors/p/pause",
            "PUT /connectors/p/config",
            "PUT /connectors/r/config",
            "PUT /connectors/r/resume");
    assertThat(worker.config("r")).containsEntry("batch.size", "5");
  }

  @Test
  void update_ofTheStateOnly_sendsNoConfig() {
    worker.connector("a", sink(), "PAUSED");

    client.apply(List.of(ConnectorSpec.of("a", sink())), ApplyOptions.defaults());

    assertThat(worker.writes())
        .extracting(w -> w.method() + " " + w.target())
        .containsExactly("PUT /connectors/a/resume");
  }

  @Test
  void prune_deletes_andAwaitWaitsUntilGone() {
    worker.connector("old", sink(), "RUNNING");

    ApplyResult result =
        client.apply(List.of(), ApplyOptions.defaults().prune(true).await(Duration.ofSeconds(5)));

    assertThat(result.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.action()).isEqualTo(Action.DELETE);
              assertThat(item.succeeded()).isTrue();
            });
    assertThat(sent()).containsSubsequence("DELETE /connectors/old", "GET /connectors/old/status");
    assertThat(worker.config("old")).isNull();
  }

  @Test
  void await_pollsEachChangedConnector_andNoUnchangedOne() {
    worker.connector("same", sink(), "RUNNING");

    ApplyResult result =
        client.apply(
            List.of(
                ConnectorSpec.of("same", sink()),
                ConnectorSpec.of("new", sink()).withState(TargetState.PAUSED)),
            ApplyOptions.defaults().await(Duration.ofSeconds(5)));

    assertThat(result.failed()).isEmpty();
    assertThat(sent())
        .contains("GET /connectors/new/status")
        .doesNotContain("GET /connectors/same/status");
  }

  @Test
  void await_ofAConnectorCreatedPaused_needsNoTask() {
    worker.connector("p", sink(), "PAUSED");

    ApplyResult result =
        client.apply(
            List.of(ConnectorSpec.of("p", sink("batch.size", "1")).withState(TargetState.PAUSED)),
            ApplyOptions.defaults().await(Duration.ofSeconds(5)));

    assertThat(result.failed()).isEmpty();
  }

  @Test
  void oneFailure_isRecordedWithItsTypedError_andTheOthersGoOn() {
    worker.refuse("b", 500);
    List<ConnectorSpec> specs = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      specs.add(ConnectorSpec.of(name, sink()));
    }

    ApplyResult result = client.apply(specs, ApplyOptions.defaults());

    assertThat(result.items()).extracting(ApplyItem::name).containsExactly("a", "b", "c", "d");
    assertThat(result.failed())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.name()).isEqualTo("b");
              assertThat(item.error()).containsInstanceOf(ServerErrorException.class);
            });
    assertThat(worker.config("a")).isNotNull();
    assertThat(worker.config("d")).isNotNull();
    assertThatThrownBy(result::throwIfFailed)
        .isInstanceOfSatisfying(
            BulkFailureException.class,
            e -> {
              assertThat(e.failures()).containsOnlyKeys("b");
              assertThat(e.total()).isEqualTo(4);
            })
        .hasMessageStartingWith("apply: 1 of 4 connectors failed\n  b: ServerErrorException: ");
  }

  @Test
  void anInvalidSpec_sendsNothing_andFailsWithInvalidConfig_theOthersAreApplied() {
    worker.invalid("bad", "tasks.max", "Invalid value 0 for configuration tasks.max");

    ApplyResult result =
        client.apply(
            List.of(
                ConnectorSpec.of("good", sink()), ConnectorSpec.of("bad", sink("tasks.max", "0"))),
            ApplyOptions.defaults());

    assertThat(result.failed())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.name()).isEqualTo("bad");
              assertThat(item.duration()).isZero();
              assertThat(item.error().orElseThrow())
                  .isInstanceOfSatisfying(
                      InvalidConfigException.class,
                      e -> {
                        assertThat(e.errors())
                            .containsExactly("Invalid value 0 for configuration tasks.max");
                        assertThat(e.path())
                            .isEqualTo("/connector-plugins/FileStreamSink/config/validate");
                      });
            });
    assertThat(worker.writes())
        .extracting(w -> w.method() + " " + w.target())
        .containsExactly("POST /connectors");
    assertThat(worker.config("bad")).isNull();
  }

  @Test
  void itemsRun_atMostParallelismAtOnce() {
    worker.delay(50);
    List<ConnectorSpec> specs = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      specs.add(ConnectorSpec.of("c" + i, sink()));
    }

    ApplyResult result =
        client.apply(specs, ApplyOptions.defaults().validate(false).parallelism(3));

    assertThat(result.failed()).isEmpty();
    assertThat(worker.mostInFlight()).isBetween(2, 3);
  }
}
