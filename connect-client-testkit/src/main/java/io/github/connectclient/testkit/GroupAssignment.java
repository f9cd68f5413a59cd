package io.github.connectclient.testkit;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A worker's latest view of the Connect group, read from its log. The REST API does not say which
 * worker leads; the DistributedHerder logs it on every rebalance: {@code Joined group at generation
 * 2 with protocol version 2 and got assignment: Assignment{error=0,
 * leader='connect-127.0.0.1:40579-cf75...', leaderUrl='http://127.0.0.1:40579/', ...}}.
 */
record GroupAssignment(int generation, int error, String leaderUrl) {

  private static final Pattern JOINED =
      Pattern.compile(
          "Joined group at generation (\\d+) with protocol version \\d+ and got assignment: "
              + "Assignment\\{error=(-?\\d+), leader='[^']*', leaderUrl='([^']*)'");

  /** The last assignment in {@code log}, if the worker has joined a group yet. */
  static Optional<GroupAssignment> latest(String log) {
    Matcher m = JOINED.matcher(log);
    GroupAssignment last = null;
    while (m.find()) {
      last =
          new GroupAssignment(
              Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.ofNullable(last);
  }

  /**
   * Whether {@link #leaderUrl} names the worker at {@code workerUrl} (same host and port; path
   * ignored).
   */
  boolean isLeader(String workerUrl) {
    URI leader = URI.create(leaderUrl);
    URI worker = URI.create(workerUrl);
    return leader.getPort() == worker.getPort()
        && leader.getHost().equalsIgnoreCase(worker.getHost());
  }
}
