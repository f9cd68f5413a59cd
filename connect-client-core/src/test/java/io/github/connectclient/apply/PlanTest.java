package io.github.connectclient.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.connectclient.errors.UnsafeConnectorNameException;
import io.github.connectclient.model.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan: one listing, the diff rules, validate first, prune within the selector, no write. */
class PlanTest extends FakeWorkerTestBase {

  private static final String LISTING = "GET /connectors?expand=status&expand=info";

  @Test
  void plan_readsOneListing_validatesOnlyWhatItWrites_andNeverWrites() {
    worker.connector("same", sink(), "RUNNING");
    worker.connector("drifted", sink("tasks.max", "3"), "RUNNING");

    Plan plan =
        client.plan(
            List.of(
                ConnectorSpec.of("same", sink()),
                ConnectorSpec.of("drifted", sink()),
                ConnectorSpec.of("new", sink())),
            ApplyOptions.defaults());

    assertThat(plan.changes())
        .extracting(ConnectorChange::name, ConnectorChange::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("same", Action.NONE),
            org.assertj.core.groups.Tuple.tuple("drifted", Action.UPDATE),
            org.assertj.core.groups.Tuple.tuple("new", Action.CREATE));
    assertThat(sent())
        .containsExactlyInAnyOrder(
            LISTING,
            "GET /connectors",
            "PUT /connector-plugins/FileStreamSink/config/validate",
            "PUT /connector-plugins/FileStreamSink/config/validate");
    assertThat(sent().get(0)).isEqualTo(LISTING);
    assertThat(worker.writes()).isEmpty();
  }

  @Test
  void plan_ofTheStoredConfig_isNone_theServerAddedNameAndANumberAreNoDrift(@TempDir Path dir)
      throws IOException {
    worker.connector("orders", sink("tasks.max", "2"), "RUNNING");
    Path file =
        Files.writeString(
            dir.resolve("orders.json"),
            "{\"name\":\"orders\",\"config\":{\"connector.class\":\"FileStreamSink\","
                + "\"tasks.max\":2,\"topics\":\"orders\",\"file\":\"/tmp/orders.txt\"}}");

    Plan plan = client.plan(ConnectorSpecs.read(file), ApplyOptions.defaults());

    assertThat(worker.config("orders")).containsEntry("name", "orders");
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.changes().get(0).configChanges()).isEmpty();
    assertThat(plan.changes().get(0).currentState()).contains(State.RUNNING);
    assertThat(plan).hasToString("No changes: 1 connector is as specified.\n");
    assertThat(sent()).containsExactly(LISTING);
  }

  @Test
  void plan_ofAConnectorTheListingLeftOut_readsItInsteadOfCreatingItTwice() {
    worker.connector("just-created", sink(), "RUNNING").withoutStatus("just-created");

    Plan plan =
        client.plan(
            List.of(ConnectorSpec.of("just-created", sink()), ConnectorSpec.of("new", sink())),
            ApplyOptions.defaults().validate(false));

    assertThat(plan.change("just-created").orElseThrow().action()).isEqualTo(Action.NONE);
    assertThat(plan.change("just-created").orElseThrow().currentState()).isEmpty();
    assertThat(plan.change("new").orElseThrow().action()).isEqualTo(Action.CREATE);
    assertThat(sent()).containsExactly(LISTING, "GET /connectors", "GET /connectors/just-created");
  }

  @Test
  void plan_ofADrift_showsExactlyTheChangedAddedAndRemovedKeys() {
    worker.connector("orders", sink("batch.size", "100", "old.option", "x"), "RUNNING");

    Plan plan =
        client.plan(
            List.of(ConnectorSpec.of("orders", sink("batch.size", "200", "new.option", "y"))),
            ApplyOptions.defaults());

    assertThat(plan.changes().get(0).configChanges())
        .containsExactly(
            Map.entry("batch.size", change("100", "200")),
            Map.entry("new.option", change(null, "y")),
            Map.entry("old.option", change("x", null)));
  }

  @Test
  void plan_comparesProviderReferencesAsWritten_neverResolved() {
    worker.connector("a", sink("db.password", "${file:/etc/s.properties:pw}"), "RUNNING");
    worker.connector("b", sink("db.password", "resolved-secret"), "RUNNING");
    String reference = "${file:/etc/s.properties:pw}";

    Plan plan =
        client.plan(
            List.of(
                ConnectorSpec.of("a", sink("db.password", reference)),
                ConnectorSpec.of("b", sink("db.password", reference))),
            ApplyOptions.defaults());

    assertThat(plan.change("a").orElseThrow().action()).isEqualTo(Action.NONE);
    ValueChange b = plan.change("b").orElseThrow().configChanges().get("db.password");
    assertThat(b.sensitive()).isTrue();
    assertThat(b).hasToString("[hidden] -> \"" + reference + "\"");
  }

  @Test
  void plan_masksSensitiveValuesByNameAndPasswordType_yetCountsThemAsChanges() {
    worker.password("conn.pw");
    worker.connector("orders", sink("db.password", "old-s3cret", "conn.pw", "old-pw"), "RUNNING");

    Plan plan =
        client.plan(
            List.of(
                ConnectorSpec.of(
                    "orders", sink("db.password", "new-s3cret", "conn.pw", "new-pw", "t", "v"))),
            ApplyOptions.defaults());

    ConnectorChange change = plan.changes().get(0);
    assertThat(change.action()).isEqualTo(Action.UPDATE);
    assertThat(change.configChanges()).containsOnlyKeys("db.password", "conn.pw", "t");
    assertThat(change.configChanges().get("conn.pw").sensitive()).isTrue();
    assertThat(change.configChanges().get("db.password").sensitive()).isTrue();
    assertThat(change.configChanges().get("t").sensitive()).isFalse();
    assertThat(plan.toString() + change)
        .contains("[hidden] -> [hidden]")
        .doesNotContain("s3cret", "old-pw", "new-pw");
  }

  @Test
  void plan_ofAStateChangeOnly_isAnUpdateWithoutConfigChanges_andNoValidation() {
    worker.connector("orders", sink(), "RUNNING");

    Plan plan =
        client.plan(
            List.of(ConnectorSpec.of("orders", sink()).withState(TargetState.STOPPED)),
            ApplyOptions.defaults());

    ConnectorChange change = plan.changes().get(0);
    assertThat(change.action()).isEqualTo(Action.UPDATE);
    assertThat(change.configChanges()).isEmpty();
    assertThat(change.stateChanges()).isTrue();
    assertThat(change.currentState()).contains(State.RUNNING);
    assertThat(change.targetState()).contains(TargetState.STOPPED);
    assertThat(sent()).containsExactly(LISTING);
  }

  @Test
  void plan_prunes_onlyWhenAsked_andOnlyWithinTheSelector() {
    worker.connector("orders-keep", sink(), "RUNNING");
    worker.connector("orders-old", sink(), "PAUSED");
    worker.connector("billing-old", sink(), "RUNNING");
    List<ConnectorSpec> specs = List.of(ConnectorSpec.of("orders-keep", sink()));

    Plan noPrune = client.plan(specs, ApplyOptions.defaults());
    Plan pruned =
        client.plan(
            specs,
            ApplyOptions.defaults()
                .prune(true)
                .pruneSelector(ConnectorSelector.matching("orders-.*")));

    assertThat(noPrune.changes()).extracting(ConnectorChange::name).containsExactly("orders-keep");
    assertThat(pruned.changes())
        .extracting(ConnectorChange::name, ConnectorChange::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("orders-keep", Action.NONE),
            org.assertj.core.groups.Tuple.tuple("orders-old", Action.DELETE));
    assertThat(pruned.change("orders-old").orElseThrow().currentState()).contains(State.PAUSED);
    assertThat(worker.writes()).isEmpty();
  }

  @Test
  void plan_marksAnInvalidSpec_withThePerKeyErrors_secretsMasked() {
    worker.invalid("bad", "tasks.max", "Invalid value 0 for configuration tasks.max");
    worker.invalid("bad", "db.password", "Invalid value s3cret-value for db.password");

    Plan plan =
        client.plan(
            List.of(ConnectorSpec.of("bad", sink("tasks.max", "0", "db.password", "s3cret-value"))),
            ApplyOptions.defaults());

    ConnectorChange change = plan.changes().get(0);
    assertThat(change.valid()).isFalse();
    assertThat(change.validationErrors())
        .containsEntry("tasks.max", List.of("Invalid value 0 for configuration tasks.max"))
        .containsEntry("db.password", List.of("Invalid value [hidden] for db.password"));
    assertThat(plan.toString())
        .contains("! bad  (create, invalid: not applied)")
        .contains("1 invalid (not applied)")
        .doesNotContain("s3cret-value");
  }

  @Test
  void plan_withoutConnectorClass_isInvalidWithoutAValidationCall() {
    Plan plan =
        client.plan(List.of(ConnectorSpec.of("x", Map.of("k", "v"))), ApplyOptions.defaults());

    assertThat(plan.changes().get(0).validationErrors()).containsOnlyKeys("connector.class");
    assertThat(sent()).containsExactly(LISTING, "GET /connectors");
  }

  @Test
  void plan_withValidationOff_sendsNoValidation() {
    client.plan(List.of(ConnectorSpec.of("new", sink())), ApplyOptions.defaults().validate(false));

    assertThat(sent()).containsExactly(LISTING, "GET /connectors");
  }

  @Test
  void plan_refusesTwoSpecsOfOneName_andAnUnsafeName_beforeAnyRequest() {
    assertThatThrownBy(
            () ->
                client.plan(
                    List.of(ConnectorSpec.of("a", sink()), ConnectorSpec.of("a", sink())),
                    ApplyOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () -> client.plan(List.of(ConnectorSpec.of("a/b", sink())), ApplyOptions.defaults()))
        .isInstanceOf(UnsafeConnectorNameException.class);
    assertThat(worker.requests()).isEmpty();
  }

  @Test
  void plan_printsLikeTerraform() {
    worker.connector("orders", sink("batch.size", "100"), "RUNNING");
    worker.connector("legacy", sink(), "RUNNING");
    worker.connector("same", sink(), "RUNNING");

    Plan plan =
        client.plan(
            List.of(
                ConnectorSpec.of("orders", sink("batch.size", "200", "db.password", "x"))
                    .withState(TargetState.PAUSED),
                ConnectorSpec.of("same", sink()),
                ConnectorSpec.of("audit", sink()).withState(TargetState.STOPPED)),
            ApplyOptions.defaults().prune(true));

    assertThat(plan.toString())
        .isEqualTo(
            """
            Plan: 1 to create, 1 to update, 1 to delete, 1 unchanged.

              ~ orders  (update, RUNNING -> PAUSED)
                  batch.size   "100" -> "200"
                  db.password  + [hidden]

              + audit  (create, STOPPED)
                  connector.class  + "FileStreamSink"
                  file             + "/tmp/orders.txt"
                  tasks.max        + "1"
                  topics           + "orders"

              - legacy  (delete)

            Plan: 1 to create, 1 to update, 1 to delete, 1 unchanged.
            """);
  }

  private static ValueChange change(String before, String after) {
    return new ValueChange(Optional.ofNullable(before), Optional.ofNullable(after), false);
  }
}
