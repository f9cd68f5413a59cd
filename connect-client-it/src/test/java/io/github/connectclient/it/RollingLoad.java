package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import okhttp3.OkHttpClient;

/**
 * The load of the rolling-restart ITs ({@link LoadBalancerRollIT}, {@link RollingRestartIT}):
 * threads that each own two connectors and run a mix of idempotent operations on them (status,
 * config, list, PUT of the unchanged and of a changed config, pause, resume) until a roll of the
 * workers is over, remembering what each last wrote. Afterwards every connector must have exactly
 * the config and the state its thread last wrote. Sized by system properties (the {@code
 * reliability} profile sets the long form): {@code reliability.roll.threads} (8), {@code
 * reliability.roll.minOps} per thread (20).
 */
final class RollingLoad {

  static final int THREADS = Integer.getInteger("reliability.roll.threads", 8);
  static final int MIN_OPS_PER_THREAD = Integer.getInteger("reliability.roll.minOps", 20);

  /**
   * Between two operations of one thread: keeps 8 threads from saturating the 2 cores the workers
   * restart on (load shaping, not a wait for anything).
   */
  private static final Duration PACE = Duration.ofMillis(20);

  private static final Duration SETTLED = Duration.ofSeconds(90);

  /** What one thread owns and last wrote. */
  private static final class Owner {
    final List<String> names = new ArrayList<>();
    final Map<String, Map<String, String>> lastConfig = new HashMap<>();
    final Map<String, State> lastState = new HashMap<>();
  }

  /** What a run measured. */
  record Result(
      int operations,
      List<String> failures,
      int writeCalls,
      int writeRequests,
      long slowestNanos,
      String slowest,
      long runNanos) {

    @Override
    public String toString() {
      return String.format(
          "%d operations, %d failed, %d writes (%d write requests on the wire), slowest %d ms (%s),"
              + " run %d ms",
          operations,
          failures.size(),
          writeCalls,
          writeRequests,
          TimeUnit.NANOSECONDS.toMillis(slowestNanos),
          slowest,
          TimeUnit.NANOSECONDS.toMillis(runNanos));
    }
  }

  private final List<Owner> owners = new ArrayList<>();
  private final AtomicInteger writeRequests = new AtomicInteger();

  /** An OkHttp client for the client under test that counts the write requests it sends. */
  OkHttpClient countingWrites() {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain -> {
              if (!chain.request().method().equals("GET")) {
                writeRequests.incrementAndGet();
              }
              return chain.proceed(chain.request());
            })
        .build();
  }

  /** Creates every thread's connectors with {@code client} and waits until they run. */
  void createConnectors(ConnectClient client, String prefix) {
    for (int t = 0; t < THREADS; t++) {
      Owner owner = new Owner();
      for (int c = 0; c < 2; c++) {
        String name = SharedClusterIT.uniqueName(prefix + "-t" + t + "-" + c);
        Map<String, String> config = RetryFailoverIT.config(name, 0);
        client.putConnectorConfig(name, config);
        owner.names.add(name);
        owner.lastConfig.put(name, config);
        owner.lastState.put(name, State.RUNNING);
      }
      owners.add(owner);
    }
    for (Owner owner : owners) {
      for (String name : owner.names) {
        client.awaitConnectorState(name, State.RUNNING, SETTLED);
      }
    }
    writeRequests.set(0);
  }

  /** Runs the threads' operations on {@code client} until {@code roll} returned. */
  Result runDuring(ConnectClient client, Runnable roll) throws Exception {
    AtomicBoolean rolled = new AtomicBoolean();
    AtomicInteger operations = new AtomicInteger();
    AtomicInteger writeCalls = new AtomicInteger();
    AtomicLong slowest = new AtomicLong();
    List<String> slowestOperation = Collections.synchronizedList(new ArrayList<>(List.of("")));
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Owner owner = owners.get(t);
      int thread = t;
      running.add(
          threads.submit(
              () -> {
                for (int i = 0; i < MIN_OPS_PER_THREAD || !rolled.get(); i++) {
                  String name = owner.names.get(i % owner.names.size());
                  long began = System.nanoTime();
                  String operation;
                  try {
                    operation = operate(client, owner, name, thread, i, writeCalls);
                  } catch (RuntimeException | AssertionError failure) {
                    operation = "failed";
                    failures.add(
                        "thread " + thread + " #" + i + " on " + name + ": " + describe(failure));
                  }
                  operations.incrementAndGet();
                  long took = System.nanoTime() - began;
                  if (took > slowest.get()) {
                    slowest.set(took);
                    slowestOperation.set(0, operation + " " + name);
                  }
                  LockSupport.parkNanos(PACE.toNanos());
                }
              }));
    }
    try {
      roll.run();
    } finally {
      rolled.set(true);
    }
    for (Future<?> future : running) {
      future.get(5, TimeUnit.MINUTES);
    }
    threads.shutdown();
    return new Result(
        operations.get(),
        List.copyOf(failures),
        writeCalls.get(),
        writeRequests.get(),
        slowest.get(),
        slowestOperation.get(0),
        System.nanoTime() - started);
  }

  /** The failure, with the error code of a server's answer (null: not Connect's own body). */
  private static String describe(Throwable failure) {
    return failure instanceof io.github.connectclient.errors.ConnectServerException server
        ? failure + " [error_code " + server.errorCode() + "]"
        : failure.toString();
  }

  /** One operation of the mix; returns its name. Reads check what they can check at once. */
  private static String operate(
      ConnectClient client, Owner owner, String name, int thread, int i, AtomicInteger writes) {
    switch (i % 8) {
      case 0, 4 -> {
        assertThat(client.getConnectorStatus(name).name()).isEqualTo(name);
        return "getConnectorStatus";
      }
      case 1 -> {
        assertThat(client.getConnectorConfig(name)).containsKey("connector.class");
        return "getConnectorConfig";
      }
      case 2 -> {
        assertThat(client.listConnectors()).containsAll(owner.names);
        return "listConnectors";
      }
      case 3 -> {
        writes.incrementAndGet();
        client.putConnectorConfig(name, owner.lastConfig.get(name));
        return "putConnectorConfig (unchanged)";
      }
      case 5 -> {
        Map<String, String> changed = RetryFailoverIT.config(name, 1 + thread * 100_000 + i);
        writes.incrementAndGet();
        client.putConnectorConfig(name, changed);
        owner.lastConfig.put(name, changed);
        return "putConnectorConfig (changed)";
      }
      case 6 -> {
        writes.incrementAndGet();
        client.pauseConnector(name);
        owner.lastState.put(name, State.PAUSED);
        return "pauseConnector";
      }
      default -> {
        writes.incrementAndGet();
        client.resumeConnector(name);
        owner.lastState.put(name, State.RUNNING);
        return "resumeConnector";
      }
    }
  }

  /**
   * Asserts that every connector has the config and reaches the state its thread last wrote: no
   * write lost, none applied late over a newer one.
   */
  void assertFinalStateIsWhatWasLastWritten(ConnectClient client) {
    for (Owner owner : owners) {
      for (String name : owner.names) {
        Map<String, String> expected = new HashMap<>(owner.lastConfig.get(name));
        expected.put("name", name);
        assertThat(client.getConnectorConfig(name)).as("config of " + name).isEqualTo(expected);
        client.awaitConnectorState(name, owner.lastState.get(name), SETTLED);
      }
    }
  }

  /** The number of connectors the threads own. */
  int connectors() {
    return owners.stream().mapToInt(o -> o.names.size()).sum();
  }
}
