package io.github.connectclient.it.compat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.NotFoundException;
import java.time.Duration;
import java.util.List;

/**
 * Whether a cluster-wide log level reached every worker: before 3.7 a worker ignores {@code
 * ?scope=cluster} and changes only its own level, answering as if all went well.
 */
final class ClusterScope {

  private static final Duration PROPAGATION = Duration.ofSeconds(10);

  private ClusterScope() {}

  /**
   * Waits until every worker reports {@code level} for {@code logger}.
   *
   * @throws WorkerScopeOnly if some worker still has another level after {@link #PROPAGATION}
   */
  static void awaitEveryWorker(List<ConnectClient> workers, String logger, String level)
      throws InterruptedException {
    long deadline = System.nanoTime() + PROPAGATION.toNanos();
    while (true) {
      long changed = workers.stream().filter(w -> level.equals(levelOn(w, logger))).count();
      if (changed == workers.size()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new WorkerScopeOnly(changed + " of " + workers.size() + " workers");
      }
      Thread.sleep(200);
    }
  }

  /** The worker's level of {@code logger}; null while it has none (log4j 1 answers 404 then). */
  private static String levelOn(ConnectClient worker, String logger) {
    try {
      return worker.getLogger(logger).level();
    } catch (NotFoundException e) {
      return null;
    }
  }

  /** The call answered success, but the level changed on fewer workers than the cluster has. */
  static final class WorkerScopeOnly extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkerScopeOnly(String message) {
      super(message);
    }
  }
}
