package io.github.connectclient.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Which worker leads the Connect group, read from the workers' logs ({@link GroupAssignment}): the
 * REST API does not say who leads.
 */
final class GroupLeader {

  /** How long {@link ConnectCluster#leaderIndex()} waits for the running workers to agree. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private GroupLeader() {}

  /**
   * The worker all of {@code running} name as leader in their latest rebalance, once they agree.
   *
   * @throws ConnectClusterException if they do not agree within {@code timeout}
   */
  static Worker await(List<Worker> running, Duration timeout) {
    AtomicReference<Worker> leader = new AtomicReference<>();
    if (!Poll.until(
        timeout,
        () -> {
          agreed(running).ifPresent(leader::set);
          return leader.get() != null;
        })) {
      throw new ConnectClusterException(
          "The running workers did not agree on a leader within "
              + timeout
              + ": "
              + running.stream()
                  .map(
                      w ->
                          w.process().name()
                              + "="
                              + GroupAssignment.latest(w.process().logText())
                                  .map(Object::toString)
                                  .orElse("not joined"))
                  .collect(Collectors.joining(", ")));
    }
    return leader.get();
  }

  /** The worker all of {@code running} name as leader in their latest assignment, if they agree. */
  private static Optional<Worker> agreed(List<Worker> running) {
    List<Optional<GroupAssignment>> latest =
        running.stream()
            .map(w -> GroupAssignment.latest(w.process().logText()))
            .collect(Collectors.toList());
    if (latest.isEmpty() || latest.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    GroupAssignment first = latest.get(0).get();
    boolean agree =
        first.error() == 0
            && latest.stream()
                .allMatch(
                    a ->
                        a.get().generation() == first.generation()
                            && a.get().leaderUrl().equals(first.leaderUrl()));
    return agree
        ? running.stream().filter(w -> first.isLeader(w.url())).findFirst()
        : Optional.empty();
  }
}
