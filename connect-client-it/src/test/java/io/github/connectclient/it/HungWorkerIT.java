package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.State;
import io.github.connectclient.testsupport.TempFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 4: a worker that accepts connections and answers nothing. Both workers of the
 * shared cluster are reached through a {@link TestProxy}; the client has both proxy URLs. While the
 * preferred one hangs, 100 status reads all succeed: the one that hits the hung worker costs the
 * read timeout plus one normal call, the others go straight to the healthy worker (the hung one
 * cools down). Then the hang ends and the other worker hangs: reads go back to the first worker,
 * which is used again (a cool-down, no blacklisting). Prints the slowest and median read of each
 * phase (docs/reliability.md quotes them).
 */
class HungWorkerIT extends SharedClusterIT {

  /** Short, to keep the test short; the default is 15 s (docs/retries.md). */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  private static final Duration COOLDOWN = Duration.ofSeconds(1);

  @Test
  void aHungWorker_costsAReadAtMostTheReadTimeout_andIsUsedAgainAfterTheHang() {
    String name = runningConnector("hung");
    Map<Integer, AtomicInteger> served = new ConcurrentHashMap<>();
    try (TestProxy first = new TestProxy(cluster.workerUrl(0));
        TestProxy second = new TestProxy(cluster.workerUrl(1));
        ConnectClient client =
            bothUrls(first, second, served)
                .readTimeout(READ_TIMEOUT)
                .workerCooldown(COOLDOWN)
                .build()) {
      List<Duration> healthy = reads(client, name, 10);
      Duration normal = Collections.max(healthy);
      assertThat(count(served, first)).isEqualTo(10);

      first.hang(true);
      long hangStarted = System.nanoTime();
      List<Duration> whileFirstHangs = reads(client, name, 100);
      report("first worker hung", whileFirstHangs, READ_TIMEOUT);
      assertThat(slow(whileFirstHangs)).isOne();
      assertThat(Collections.max(whileFirstHangs))
          .isGreaterThanOrEqualTo(READ_TIMEOUT)
          .isLessThan(READ_TIMEOUT.plus(normal).plusSeconds(1));
      assertThat(count(served, second)).isEqualTo(100);

      first.hang(false);
      second.hang(true);
      // the first worker's cool-down, started when its read timed out, has to end first
      Duration sinceTimeout = Duration.ofNanos(System.nanoTime() - hangStarted).minus(READ_TIMEOUT);
      waitOut(COOLDOWN.minus(sinceTimeout));
      List<Duration> whileSecondHangs = reads(client, name, 20);
      report("hang ended, second worker hung", whileSecondHangs, READ_TIMEOUT);
      assertThat(slow(whileSecondHangs)).isOne();
      assertThat(Collections.max(whileSecondHangs))
          .isLessThan(READ_TIMEOUT.plus(normal).plusSeconds(1));
      assertThat(count(served, first)).isEqualTo(10 + 20);
      second.hang(false);
    } finally {
      leader.deleteConnector(name);
    }
  }

  /**
   * Issue 16, point 1 on the real cluster: with {@code hedgeReads}, a read whose first attempt went
   * to the hung worker does not wait for the read timeout; a second attempt goes to the other
   * worker after the hedge delay and its answer wins. The read timeout is long here on purpose:
   * only hedging can keep every read short.
   */
  @Test
  void hedgedReads_doNotWaitForTheReadTimeoutOfAHungWorker() {
    Duration hedgeAfter = Duration.ofMillis(300);
    Duration readTimeout = Duration.ofSeconds(30);
    String name = runningConnector("hedge");
    Map<Integer, AtomicInteger> served = new ConcurrentHashMap<>();
    try (TestProxy first = new TestProxy(cluster.workerUrl(0));
        TestProxy second = new TestProxy(cluster.workerUrl(1));
        ConnectClient client =
            bothUrls(first, second, served)
                .readTimeout(readTimeout)
                .hedgeReads(hedgeAfter)
                .build()) {
      Duration normal = Collections.max(reads(client, name, 10));
      first.hang(true);
      List<Duration> hedged = reads(client, name, 30);
      report("first worker hung, reads hedged after 300 ms", hedged, readTimeout);
      assertThat(Collections.max(hedged))
          .as("no read waited for the %s read timeout", readTimeout)
          .isLessThan(hedgeAfter.plus(normal).plusSeconds(2));
      assertThat(count(served, second)).isGreaterThanOrEqualTo(30);
      first.hang(false);
    } finally {
      leader.deleteConnector(name);
    }
  }

  /** A client with both proxies' URLs, counting which one answered each request. */
  private static ConnectClient.Builder bothUrls(
      TestProxy first, TestProxy second, Map<Integer, AtomicInteger> served) {
    return ConnectClient.builder()
        .urls(List.of(first.url(), second.url()))
        .okHttpClient(counting(served));
  }

  /** A new file source connector, RUNNING, for the reads to ask about. */
  private String runningConnector(String prefix) {
    String name = uniqueName(prefix);
    leader.putConnectorConfig(name, fileSource(TempFiles.tempFile(name), prefix + "-it-" + name));
    leader.awaitConnectorState(name, State.RUNNING, Duration.ofSeconds(60));
    return name;
  }

  private static List<Duration> reads(ConnectClient client, String name, int count) {
    List<Duration> took = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long started = System.nanoTime();
      client.getConnectorStatus(name);
      took.add(Duration.ofNanos(System.nanoTime() - started));
    }
    return took;
  }

  /** The reads that waited for the hung worker (more than half the read timeout). */
  private static long slow(List<Duration> took) {
    return took.stream().filter(d -> d.compareTo(READ_TIMEOUT.dividedBy(2)) > 0).count();
  }

  private static void report(String phase, List<Duration> took, Duration readTimeout) {
    List<Duration> sorted = new ArrayList<>(took);
    Collections.sort(sorted);
    System.out.printf(
        "HungWorkerIT [%s]: %d reads, 0 failed, slowest %d ms, median %d ms, %d hit the hung worker"
            + " (read timeout %d ms)%n",
        phase,
        took.size(),
        sorted.get(sorted.size() - 1).toMillis(),
        sorted.get(sorted.size() / 2).toMillis(),
        slow(took),
        readTimeout.toMillis());
  }

  private static int count(Map<Integer, AtomicInteger> served, TestProxy proxy) {
    AtomicInteger count = served.get(java.net.URI.create(proxy.url()).getPort());
    return count == null ? 0 : count.get();
  }

  /** An OkHttp client counting the answered requests by the port they went to. */
  private static OkHttpClient counting(Map<Integer, AtomicInteger> served) {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain -> {
              okhttp3.Response response = chain.proceed(chain.request());
              served
                  .computeIfAbsent(chain.request().url().port(), port -> new AtomicInteger())
                  .incrementAndGet();
              return response;
            })
        .build();
  }

  /** Waits a known time out (a documented cool-down), not a race. */
  private static void waitOut(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
