package io.github.connectclient.internal.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The workers a client may talk to. Requests go to the preferred worker; a worker that refused a
 * connection, timed out or answered 503 cools down for a short while and the next one becomes
 * preferred; the preferred worker stays preferred until it fails (no spreading of load: one worker
 * keeps the connections warm). When every worker is cooling down, a new call goes to the one whose
 * cool-down ends first. Shared by all calls of a client; thread-safe.
 */
final class WorkerPool {

  private final List<HttpUrl> workers;
  private final Instant[] coolUntil;
  private final Duration cooldown;
  private final Clock clock;
  private int preferred;

  WorkerPool(List<HttpUrl> workers, Duration cooldown, Clock clock) {
    if (workers.isEmpty()) {
      throw new IllegalArgumentException("at least one worker URL is required");
    }
    this.workers = List.copyOf(workers);
    this.coolUntil = new Instant[workers.size()];
    this.cooldown = cooldown;
    this.clock = clock;
  }

  /** The worker the next attempt should go to. */
  synchronized HttpUrl pick() {
    Instant now = clock.instant();
    int best = -1;
    for (int i = 0; i < workers.size(); i++) {
      int index = (preferred + i) % workers.size();
      if (coolUntil[index] == null || !coolUntil[index].isAfter(now)) {
        return workers.get(index);
      }
      if (best < 0 || coolUntil[index].isBefore(coolUntil[best])) {
        best = index;
      }
    }
    return workers.get(best);
  }

  /**
   * The worker the next attempt of a call goes to after an attempt at {@code current} failed: the
   * preferred worker that is not cooling down, or, when every worker is cooling down, {@code
   * current} again (it at least answered recently; a worker cooling down because it refused
   * connections is not worth going back to early).
   */
  synchronized HttpUrl pickAfter(HttpUrl current) {
    Instant now = clock.instant();
    for (int i = 0; i < workers.size(); i++) {
      int index = (preferred + i) % workers.size();
      if (coolUntil[index] == null || !coolUntil[index].isAfter(now)) {
        return workers.get(index);
      }
    }
    return current;
  }

  /** The first worker other than {@code current} that is not cooling down, or null if none. */
  synchronized HttpUrl pickOther(HttpUrl current) {
    Instant now = clock.instant();
    for (int i = 0; i < workers.size(); i++) {
      int index = (preferred + i) % workers.size();
      boolean fresh = coolUntil[index] == null || !coolUntil[index].isAfter(now);
      if (fresh && !workers.get(index).equals(current)) {
        return workers.get(index);
      }
    }
    return null;
  }

  /** Marks {@code worker} unreachable for the cool-down; the next worker becomes preferred. */
  synchronized void markFailed(HttpUrl worker) {
    int index = workers.indexOf(worker);
    if (index < 0) {
      return;
    }
    coolUntil[index] = clock.instant().plus(cooldown);
    if (index == preferred) {
      preferred = (preferred + 1) % workers.size();
    }
  }

  /** Whether some worker other than {@code workerUrl} is not cooling down. */
  synchronized boolean hasFreshWorkerBesides(String workerUrl) {
    Instant now = clock.instant();
    for (int i = 0; i < workers.size(); i++) {
      if (!workers.get(i).toString().equals(workerUrl)
          && (coolUntil[i] == null || !coolUntil[i].isAfter(now))) {
        return true;
      }
    }
    return false;
  }

  /** How many workers there are. */
  int size() {
    return workers.size();
  }
}
