package io.github.connectclient.examples;

import io.github.connectclient.ConnectClient;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The steps of the Connect REST tutorial in its order, each through the typed API, printing what it
 * sees. Every step starts with a header line {@code == N. Title (REST call)}. The steps are grouped
 * by concern: {@link TourClusterSteps}, {@link TourConfigSteps} and {@link TourControlSteps}.
 */
final class TourSteps {

  private final TourOutput out;
  private final TourClusterSteps cluster;
  private final TourConfigSteps config;
  private final TourControlSteps control;

  TourSteps(ConnectClient client, TourPlan plan, PrintStream out) {
    this.out = new TourOutput(out);
    this.cluster = new TourClusterSteps(client, this.out);
    this.config = new TourConfigSteps(client, plan, this.out);
    this.control = new TourControlSteps(client, plan, this.out);
  }

  /** Runs every step in order; the caller deletes what was created if one fails. */
  void run() throws IOException {
    cluster.clusterInfo();
    cluster.plugins();
    config.createWithPut();
    config.listConnectors();
    config.inspect();
    config.updateWithPut();
    config.tasks();
    config.taskStatus();
    control.restartConnector();
    control.restartFailedTask();
    control.pauseAndResume();
    control.topics();
    control.offsets();
    config.delete();
  }

  /** The number of steps {@link #run()} printed so far. */
  int stepsDone() {
    return out.stepsDone();
  }
}
