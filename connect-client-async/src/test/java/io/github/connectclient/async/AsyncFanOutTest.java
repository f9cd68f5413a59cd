package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many concurrent calls against one worker: all complete, and the client runs more of them at once
 * than OkHttp's default of 5 per host, up to its own per-worker limit (64 by default).
 */
class AsyncFanOutTest {

  private static final int CONNECTORS = 200;

  @StartStop final MockWebServer server = new MockWebServer();

  private AsyncConnectClient client;

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void twoHundredStatusReads_allComplete_withSixtyFourInFlightByDefault() throws Exception {
    ConcurrencyProbe probe = new ConcurrencyProbe(64);
    server.setDispatcher(probe);
    client = AsyncConnectClient.builder().url(server.url("/").toString()).build();

    List<ConnectorStatus> statuses = readAllStatuses();

    assertThat(statuses)
        .extracting(ConnectorStatus::name)
        .containsExactlyElementsOf(IntStream.range(0, CONNECTORS).mapToObj(i -> "c" + i).toList());
    assertThat(probe.maxInFlight())
        .as("requests in flight at once: the default per-worker limit")
        .isEqualTo(ClientBuilder.DEFAULT_MAX_CONCURRENT_REQUESTS_PER_WORKER)
        .isEqualTo(64);
    assertThat(server.getRequestCount()).isEqualTo(CONNECTORS);
  }

  @Test
  void thePerWorkerLimit_boundsTheRequestsInFlight() throws Exception {
    ConcurrencyProbe probe = new ConcurrencyProbe(8);
    server.setDispatcher(probe);
    client =
        AsyncConnectClient.builder()
            .url(server.url("/").toString())
            .maxConcurrentRequests(64, 8)
            .build();

    assertThat(readAllStatuses()).hasSize(CONNECTORS);
    assertThat(probe.maxInFlight()).isEqualTo(8);
  }

  private List<ConnectorStatus> readAllStatuses() throws Exception {
    List<CompletableFuture<ConnectorStatus>> futures =
        IntStream.range(0, CONNECTORS).mapToObj(i -> client.getConnectorStatus("c" + i)).toList();
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    return futures.stream().map(CompletableFuture::join).toList();
  }

  /**
   * Answers each status request with that connector's status, and records how many requests the
   * server held at once. The first {@code gather} requests wait (up to 5 s) until {@code gather}
   * are in flight together, which only happens if the client sends that many concurrently.
   */
  private static final class ConcurrencyProbe extends Dispatcher {
    private final CountDownLatch gathered;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    ConcurrencyProbe(int gather) {
      this.gathered = new CountDownLatch(gather);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        gathered.countDown();
        gathered.await(5, TimeUnit.SECONDS);
        String name = request.getUrl().pathSegments().get(1);
        return new MockResponse.Builder()
            .code(200)
            .body(Bodies.statusJson(name, State.RUNNING))
            .build();
      } finally {
        inFlight.decrementAndGet();
      }
    }

    int maxInFlight() {
      return maxInFlight.get();
    }
  }
}
