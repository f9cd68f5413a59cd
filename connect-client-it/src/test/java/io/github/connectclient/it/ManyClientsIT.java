package io.github.connectclient.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.testkit.ConnectCluster;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 5: many clients share one cluster through a fault-injecting {@link TestProxy}:
 * {@code reliability.many.clients} (16) clients in this JVM and {@code reliability.many.jvms} (2; 4
 * in the {@code reliability} profile) child JVMs with one client each, {@code
 * reliability.many.calls} (1,000; 20,000) calls in all ({@link ManyClientsLoad}), 1% of the HTTP
 * exchanges given a {@link Fault} (reset, truncated body, 503 with Retry-After, stall past the read
 * timeout). Every call ends in a result or a typed exception (counted by type); no create reaches a
 * worker twice; after {@code close()} no client thread and no connection is left; the heap after GC
 * is flat over the run.
 */
class ManyClientsIT {

  static final int CLIENTS = Integer.getInteger("reliability.many.clients", 16);
  static final int JVMS = Integer.getInteger("reliability.many.jvms", 2);
  static final int CALLS = Integer.getInteger("reliability.many.calls", 1_000);
  static final double FAULT_RATE = 0.01;

  /** The heap may grow by this much over the run: the proxy's log of every forwarded request. */
  private static final long HEAP_MARGIN = 24L * 1024 * 1024;

  private static final int HEAP_SAMPLES = 10;

  @Test
  void manyClientsThroughInjectedFaults_endEveryCallTyped_replayNoCreate_andLeaveNothingBehind()
      throws Exception {
    try (ConnectCluster cluster = ConnectCluster.builder().workers(2).build()) {
      cluster.start();
      Random random = new Random(16);
      Supplier<Fault> plan =
          () -> {
            synchronized (random) {
              return random.nextDouble() < FAULT_RATE
                  ? Fault.values()[random.nextInt(Fault.values().length)]
                  : null;
            }
          };
      try (TestProxy proxy = new TestProxy(cluster.workerUrls())) {
        proxy.injectFaults(plan);
        long threadsBefore = ManyClientsLoad.clientThreads();
        int clients = CLIENTS + JVMS;
        int callsPerClient = CALLS / clients;
        String run = SharedClusterIT.uniqueName("many");
        List<Long> heap = new ArrayList<>(List.of(usedHeapAfterGc()));
        long began = System.nanoTime();

        List<Process> children = new ArrayList<>();
        for (int j = 0; j < JVMS; j++) {
          children.add(child(proxy.url(), run + "-jvm" + j, callsPerClient, j));
        }
        AtomicInteger progress = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        List<Future<ManyClientsLoad.Tally>> inJvm = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          String prefix = run + "-c" + c;
          inJvm.add(
              threads.submit(
                  () -> {
                    try (ConnectClient client = ManyClientsLoad.client(proxy.url())) {
                      return ManyClientsLoad.run(client, prefix, callsPerClient, progress);
                    }
                  }));
        }
        int total = CLIENTS * callsPerClient;
        for (int sample = 1; sample < HEAP_SAMPLES - 1; sample++) {
          int target = total * sample / (HEAP_SAMPLES - 1);
          while (progress.get() < target && !allDone(inJvm)) {
            TimeUnit.MILLISECONDS.sleep(20); // polls progress for the next heap sample
          }
          heap.add(usedHeapAfterGc());
        }
        ManyClientsLoad.Tally tally = new ManyClientsLoad.Tally();
        for (Future<ManyClientsLoad.Tally> future : inJvm) {
          tally.add(future.get(20, TimeUnit.MINUTES));
        }
        threads.shutdown();
        List<Long> childThreadsLeft = new ArrayList<>();
        for (int j = 0; j < children.size(); j++) {
          String result = awaitResult(children.get(j), j);
          String[] parts = result.split(" ", 2);
          childThreadsLeft.add(Long.parseLong(parts[0]));
          tally.add(ManyClientsLoad.Tally.parse(parts[1]));
        }
        long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        long threadsAfter =
            ManyClientsLoad.clientThreadsAfterClose(threadsBefore, Duration.ofSeconds(10));
        int openConnections = awaitNoConnections(proxy, Duration.ofSeconds(10));
        heap.add(usedHeapAfterGc());

        Map<String, Long> creates = createsForwardedByName(proxy);
        List<String> replayed =
            creates.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        System.out.printf(
            "%nManyClientsIT: %d clients in this JVM + %d child JVMs, %d calls in %d ms;"
                + " outcomes %s; slowest %d ms (%s)%n"
                + "  faults injected %s in %d forwarded requests + the 503s; creates forwarded %d,"
                + " replayed %d%n"
                + "  client threads before %d, after close %d (children: %s); proxy connections"
                + " accepted %d, open after close %d%n"
                + "  used heap after GC (MB): first %d, last %d, max %d, samples %s%n%n",
            CLIENTS,
            JVMS,
            tally.calls(),
            runMillis,
            tally.outcomes,
            tally.slowestMillis(),
            tally.slowest,
            proxy.injected(),
            proxy.forwarded().size(),
            creates.size(),
            replayed.size(),
            threadsBefore,
            threadsAfter,
            childThreadsLeft,
            proxy.acceptedConnections(),
            openConnections,
            mb(heap.get(0)),
            mb(heap.get(heap.size() - 1)),
            mb(heap.stream().mapToLong(Long::longValue).max().orElseThrow()),
            heap.stream().map(ManyClientsIT::mb).toList());

        assertThat(tally.calls()).isEqualTo(clients * callsPerClient);
        assertThat(tally.untyped()).as("calls that ended in an untyped exception").isZero();
        assertThat(proxy.injected()).isNotEmpty();
        assertThat(replayed).as("creates forwarded more than once").isEmpty();
        assertThat(threadsAfter)
            .as("client threads after close")
            .isLessThanOrEqualTo(threadsBefore);
        assertThat(childThreadsLeft).containsOnly(0L);
        assertThat(openConnections).as("connections open at the proxy after close").isZero();
        assertThat(heap.get(heap.size() - 1)).isLessThanOrEqualTo(heap.get(0) + HEAP_MARGIN);
      } finally {
        deleteLeftovers(cluster);
      }
    }
  }

  /** How often each connector name was created at a worker ({@code POST /connectors}). */
  private static Map<String, Long> createsForwardedByName(TestProxy proxy) {
    return proxy.forwarded().stream()
        .filter(f -> f.requestLine().startsWith("POST /connectors "))
        .collect(Collectors.groupingBy(f -> nameOf(f.body()), Collectors.counting()));
  }

  private static String nameOf(String createBody) {
    int key = createBody.indexOf("\"name\":\"");
    int start = key + "\"name\":\"".length();
    return createBody.substring(start, createBody.indexOf('"', start));
  }

  private static Process child(String url, String prefix, int calls, int index) throws IOException {
    Path log = Path.of("target", "many-clients-jvm-" + index + ".log");
    Files.createDirectories(log.getParent());
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-cp",
            System.getProperty("java.class.path"),
            ManyClientsMain.class.getName(),
            url,
            prefix,
            Integer.toString(calls))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** The result line of child {@code index}, once it exited (from its log). */
  private static String awaitResult(Process child, int index) throws Exception {
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).as("child JVM %d exited", index).isTrue();
    Path log = Path.of("target", "many-clients-jvm-" + index + ".log");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return lines.stream()
        .filter(line -> line.startsWith(ManyClientsMain.RESULT))
        .map(line -> line.substring(ManyClientsMain.RESULT.length()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no result from child JVM "
                        + index
                        + "; its output ends with:\n"
                        + String.join(
                            "\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))));
  }

  private static boolean allDone(List<? extends Future<?>> futures) {
    return futures.stream().allMatch(Future::isDone);
  }

  private static int awaitNoConnections(TestProxy proxy, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (proxy.openConnections() > 0 && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(50); // polls: the proxy notices a close when it reads EOF
    }
    return proxy.openConnections();
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }

  private static void deleteLeftovers(ConnectCluster cluster) {
    try (ConnectClient client = ConnectClient.builder().urls(cluster.workerUrls()).build()) {
      client.listConnectors().forEach(client::deleteConnector);
    } catch (RuntimeException e) {
      // the cluster is closed next anyway
    }
  }
}
