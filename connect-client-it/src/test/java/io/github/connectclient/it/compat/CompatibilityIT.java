package io.github.connectclient.it.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.testkit.ConnectCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The compatibility matrix: each subclass starts a 2-worker cluster of one Kafka release (its
 * {@code @ConnectClusterTest}) with the test connector installed, calls every {@link ConnectClient}
 * method once ({@link ClientCalls}), records per method whether it worked or which error it got in
 * {@code target/compatibility/<version>.tsv} (the README's table is generated from those files, see
 * {@code CompatibilityTable}), and asserts what the worker does ({@link Expectations}).
 */
abstract class CompatibilityIT {

  static final Path RESULTS = Path.of("target", "compatibility");

  @Test
  void everyClientMethod_worksOrFailsAsThisReleaseDoes(ConnectClient client, ConnectCluster cluster)
      throws IOException {
    String version = cluster.kafkaVersion();
    List<ConnectClient> perWorker = new ArrayList<>();
    cluster.workerUrls().forEach(url -> perWorker.add(ConnectClient.builder().url(url).build()));
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    Map<String, Long> millis = new LinkedHashMap<>();
    long begin = System.nanoTime();
    try {
      for (ClientCalls.Step step : ClientCalls.all(client, perWorker, cluster, version)) {
        long started = System.nanoTime();
        outcomes.put(step.method(), Outcome.of(step.call()));
        millis.put(step.method(), (System.nanoTime() - started) / 1_000_000);
      }
    } finally {
      perWorker.forEach(ConnectClient::close);
    }
    long callsMillis = (System.nanoTime() - begin) / 1_000_000;
    record(version, outcomes, millis, cluster.startupDuration().toMillis(), callsMillis);

    SoftAssertions soft = new SoftAssertions();
    outcomes.forEach(
        (method, outcome) ->
            soft.assertThat(outcome)
                .as("%s on Kafka %s", method, version)
                .isEqualTo(Expectations.of(method, version)));
    soft.assertAll();
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(34);
  }

  /**
   * {@code target/compatibility/<version>.tsv}: a comment line with timings, then method, outcome
   * and milliseconds.
   */
  static void record(
      String version,
      Map<String, Outcome> outcomes,
      Map<String, Long> millis,
      long startupMillis,
      long callsMillis)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Kafka " + version + "\tstartup_ms=" + startupMillis + "\tcalls_ms=" + callsMillis);
    outcomes.forEach(
        (method, outcome) -> lines.add(method + "\t" + outcome.text() + "\t" + millis.get(method)));
    Files.createDirectories(RESULTS);
    Files.write(RESULTS.resolve(version + ".tsv"), lines);
    System.out.printf(
        "Compatibility: Kafka %s, cluster ready in %d ms, %d calls in %d ms%n",
        version, startupMillis, outcomes.size(), callsMillis);
  }
}
