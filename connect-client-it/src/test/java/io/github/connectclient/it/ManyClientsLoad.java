package io.github.connectclient.it;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.errors.ConnectClientException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calls of one client of {@link ManyClientsIT}, in this JVM or a child ({@link
 * ManyClientsMain}): cycles of {@value #CYCLE} calls on a connector of its own, created at the
 * start of a cycle ({@code POST /connectors}, a new name each time) and deleted at its end, with
 * reads, config PUTs (changed and unchanged) and pause/resume in between. Every call must end in a
 * result or a {@link ConnectClientException}; the outcomes are counted by type.
 */
final class ManyClientsLoad {

  /**
   * Calls per cycle of one connector, create to delete: every create and delete is a rebalance of
   * the whole group, during which Connect answers reads {@code 500 ... rebalance is expected}; with
   * 20 clients, shorter cycles keep the group rebalancing all the time.
   */
  static final int CYCLE = 100;

  /** The outcomes of one or more clients' calls: {@code ok} or an exception's simple name. */
  static final class Tally {
    final Map<String, Integer> outcomes = new TreeMap<>();
    long slowestNanos;
    String slowest = "";

    void count(String outcome) {
      outcomes.merge(outcome, 1, Integer::sum);
    }

    void add(Tally other) {
      other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
      if (other.slowestNanos > slowestNanos) {
        slowestNanos = other.slowestNanos;
        slowest = other.slowest;
      }
    }

    int calls() {
      return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The outcomes that are neither a result nor a typed exception of the client. */
    int untyped() {
      return outcomes.entrySet().stream()
          .filter(e -> e.getKey().startsWith("UNTYPED "))
          .mapToInt(Map.Entry::getValue)
          .sum();
    }

    /** One line, parsed back by {@link #parse}: {@code slowestMs outcome=count,...}. */
    String format() {
      StringBuilder line = new StringBuilder(Long.toString(slowestMillis()));
      outcomes.forEach(
          (k, v) -> line.append(' ').append(k.replace(' ', '_')).append('=').append(v));
      return line.toString();
    }

    static Tally parse(String line) {
      Tally tally = new Tally();
      String[] parts = line.trim().split(" ");
      tally.slowestNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(parts[0]));
      tally.slowest = "in a child JVM";
      for (int i = 1; i < parts.length; i++) {
        String[] entry = parts[i].split("=");
        tally.outcomes.merge(entry[0].replace('_', ' '), Integer.parseInt(entry[1]), Integer::sum);
      }
      return tally;
    }

    long slowestMillis() {
      return TimeUnit.NANOSECONDS.toMillis(slowestNanos);
    }
  }

  private ManyClientsLoad() {}

  /** Runs {@code calls} calls with {@code client} on connectors named {@code prefix-N}. */
  static Tally run(ConnectClient client, String prefix, int calls, AtomicInteger progress) {
    Tally tally = new Tally();
    String name = prefix;
    for (int i = 0; i < calls; i++) {
      int step = i % CYCLE;
      if (step == 0) {
        name = prefix + "-" + (i / CYCLE);
      }
      long began = System.nanoTime();
      String outcome;
      try {
        call(client, name, step, i);
        outcome = "ok";
      } catch (ConnectClientException typed) {
        outcome = typed.getClass().getSimpleName();
      } catch (RuntimeException untyped) {
        outcome = "UNTYPED " + untyped;
      }
      long took = System.nanoTime() - began;
      if (took > tally.slowestNanos) {
        tally.slowestNanos = took;
        tally.slowest = "step " + step + " on " + name + ": " + outcome;
      }
      tally.count(outcome);
      progress.incrementAndGet();
    }
    if (calls % CYCLE != 0) {
      try {
        client.deleteConnector(name); // what the last, cut-short cycle created
      } catch (ConnectClientException gone) {
        // never created, or already deleted
      }
    }
    return tally;
  }

  private static void call(ConnectClient client, String name, int step, int i) {
    switch (step) {
      case 0 -> client.createConnector(name, RetryFailoverIT.config(name, 0));
      case 30, 60 -> client.putConnectorConfig(name, RetryFailoverIT.config(name, i));
      case 45, 75 -> client.putConnectorConfig(name, RetryFailoverIT.config(name, i - 15));
      case 20, 70 -> client.pauseConnector(name);
      case 40, 80 -> client.resumeConnector(name);
      case CYCLE - 1 -> client.deleteConnector(name);
      default -> read(client, name, step);
    }
  }

  private static void read(ConnectClient client, String name, int step) {
    switch (step % 6) {
      case 0 -> client.listConnectors();
      case 1 -> client.getConnectorStatus(name);
      case 2 -> client.getConnectorConfig(name);
      case 3 -> client.getConnector(name);
      case 4 -> client.getConnectorTasks(name);
      default -> client.getServerInfo();
    }
  }

  /** Names of the thread prefixes that belong to clients: OkHttp's per-client threads, ours. */
  static final List<String> CLIENT_THREAD_PREFIXES =
      List.of("OkHttp Dispatcher", "OkHttp http", "connect-client");

  /** How many live threads have a name starting with one of {@link #CLIENT_THREAD_PREFIXES}. */
  static long clientThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> CLIENT_THREAD_PREFIXES.stream().anyMatch(t.getName()::startsWith))
        .count();
  }

  /** Waits up to {@code limit} until at most {@code baseline} client threads are left. */
  static long clientThreadsAfterClose(long baseline, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    long count = clientThreads();
    while (count > baseline && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      count = clientThreads();
    }
    return count;
  }

  /** The builder settings of every client of the test: short timeouts, so a stall costs little. */
  static ConnectClient client(String url) {
    return ConnectClient.builder()
        .url(url)
        .readTimeout(Duration.ofSeconds(2))
        .writeTimeout(Duration.ofSeconds(15))
        .build();
  }
}
