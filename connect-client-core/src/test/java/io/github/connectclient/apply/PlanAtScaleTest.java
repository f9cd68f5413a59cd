package io.github.connectclient.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cost of a plan at scale, counted in requests (not timed): 500 specs against a worker holding
 * 500 connectors is one listing plus one validation per changed config, never a GET per connector.
 */
class PlanAtScaleTest extends FakeWorkerTestBase {

  private static final String LISTING = "GET /connectors?expand=status&expand=info";

  @Test
  void planOf500Specs_isOneListingPlusTheValidationsItNeeds_andApplyWritesOnlyTheChanged() {
    List<ConnectorSpec> specs = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String name = String.format("c%03d", i);
      worker.connector(name, sink(), "RUNNING");
      specs.add(ConnectorSpec.of(name, i % 50 == 0 ? sink("batch.size", "7") : sink()));
    }

    long start = System.nanoTime();
    Plan plan = client.plan(specs, ApplyOptions.defaults());
    long planMillis = (System.nanoTime() - start) / 1_000_000;
    List<String> planRequests = sent();
    ApplyResult result = client.apply(plan);

    System.out.printf(
        "PLAN 500 specs vs 500 connectors: %d requests (1 listing, %d validations), %d ms;"
            + " apply: %d writes%n",
        planRequests.size(), planRequests.size() - 1, planMillis, worker.writes().size());
    assertThat(plan.changes()).filteredOn(c -> c.action() == Action.UPDATE).hasSize(10);
    assertThat(planRequests.get(0)).isEqualTo(LISTING);
    assertThat(planRequests).hasSize(11);
    assertThat(planRequests.subList(1, 11))
        .containsOnly("PUT /connector-plugins/FileStreamSink/config/validate");
    assertThat(result.failed()).isEmpty();
    assertThat(worker.writes()).hasSize(10);
  }
}
