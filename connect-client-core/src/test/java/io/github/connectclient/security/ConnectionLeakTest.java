package io.github.connectclient.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.Calls;
import io.github.connectclient.internal.http.TestTransports;
import io.github.connectclient.internal.http.Transport;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No leaks (issue 6, point 7): 10,000 calls, sync and async, mixing successes, error statuses,
 * malformed and oversized bodies, dropped connections and timeouts, leave no response body open
 * (OkHttp's "A connection to ... was leaked" warning, watched on its java.util.logging logger,
 * never fires), no connection in use, and a stable thread count; {@code close()} ends the
 * dispatcher threads and empties the pool of a client that owns them.
 */
class ConnectionLeakTest {

  private static final Logger OKHTTP = Logger.getLogger(OkHttpClient.class.getName());
  private static final int CALLS = Integer.getInteger("leak.calls", 10_000);
  private static final long LIMIT = 4096;
  private static final String INFO =
      "{\"name\":\"src\",\"config\":{\"connector.class\":\"X\"},\"tasks\":[],"
          + "\"type\":\"source\"}";

  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private final Handler leakWatcher =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message = record.getMessage();
          if (message != null && message.contains("was leaked")) {
            leaks.add(message);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    OKHTTP.addHandler(leakWatcher);
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    OKHTTP.removeHandler(leakWatcher);
    server.close();
  }

  @Test
  void tenThousandCalls_withErrorsAndTimeouts_leakNoBodyNoConnectionAndNoThread() throws Exception {
    OkHttpClient okHttp = new OkHttpClient.Builder().connectionPool(new ConnectionPool()).build();
    Transport transport = builder(okHttp).requestTimeout(Duration.ofSeconds(5)).transport();
    Transport impatient = builder(okHttp).requestTimeout(Duration.ofMillis(50)).transport();
    Calls calls = new Calls();
    Map<String, Integer> outcomes = new TreeMap<>();
    int timeouts = 0;
    int threadsBefore = 0;
    int peakThreads = 0;
    long started = System.nanoTime();
    try (CapturedLogs logs = CapturedLogs.capture()) {
      for (int i = 0; i < CALLS; i++) {
        if (i == 200) {
          threadsBefore =
              Thread.activeCount(); // after warm-up: pool, dispatcher and server threads exist
        }
        boolean timeout = i % 250 == 125;
        server.enqueue(
            timeout
                ? answer(0).newBuilder().headersDelay(300, TimeUnit.MILLISECONDS).build()
                : answer(i % 14));
        Function<Calls, ApiCall<?>> call = CALL_KINDS.get(i % CALL_KINDS.size());
        boolean async = i % 3 == 0;
        Object outcome = run(timeout ? impatient : transport, call.apply(calls), async);
        if (timeout) {
          timeouts++;
          assertThat(outcome).as("call %d", i).isInstanceOf(ConnectTransportException.class);
        }
        if (outcome instanceof Throwable thrown) {
          assertThat(thrown).as("call %d", i).isInstanceOf(ConnectClientException.class);
        }
        outcomes.merge(
            outcome instanceof Throwable t ? t.getClass().getSimpleName() : "value",
            1,
            Integer::sum);
        peakThreads = Math.max(peakThreads, Thread.activeCount());
        if (i % 500 == 0) {
          logs.clear();
        }
      }
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    awaitIdle(okHttp.connectionPool());
    collectGarbageAndLetThePoolCheckForLeaks(okHttp);
    int threadsAfter = Thread.activeCount();
    System.out.printf(
        "leak test: %,d calls (%d timeouts) in %d ms; threads %d after warm-up, %d peak, %d after;"
            + " pool %d connections, %d in use; leak warnings %d; outcomes %s%n",
        CALLS,
        timeouts,
        millis,
        threadsBefore,
        peakThreads,
        threadsAfter,
        okHttp.connectionPool().connectionCount(),
        okHttp.connectionPool().connectionCount() - okHttp.connectionPool().idleConnectionCount(),
        leaks.size(),
        outcomes);

    assertThat(leaks).as("OkHttp's leaked-connection warnings").isEmpty();
    assertThat(
            okHttp.connectionPool().connectionCount()
                - okHttp.connectionPool().idleConnectionCount())
        .as("connections still in use")
        .isZero();
    assertThat(threadsAfter).as("threads after the calls").isLessThanOrEqualTo(threadsBefore + 4);
    assertThat(timeouts).isGreaterThanOrEqualTo(CALLS / 250);
    transport.close();
    impatient.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  @Test
  void theLeakWatcher_seesALeakedResponse() throws Exception {
    // The control: a response nobody closes IS reported, so an empty list above means something.
    OkHttpClient okHttp = new OkHttpClient.Builder().connectionPool(new ConnectionPool()).build();
    server.enqueue(new MockResponse.Builder().code(200).body("leaked body").build());
    OKHTTP.setUseParentHandlers(false); // the expected warning stays out of the build log
    try {
      leakOneResponse(okHttp);

      collectGarbageAndLetThePoolCheckForLeaks(okHttp);

      assertThat(leaks).as("OkHttp's leaked-connection warnings").isNotEmpty();
    } finally {
      OKHTTP.setUseParentHandlers(true);
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }

  @Test
  void close_endsTheDispatcherThreads_andEmptiesThePool_ofAClientThatOwnsThem() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    Transport transport =
        new TestTransports()
            .url(server.url("/").toString())
            .retryPolicy(RetryPolicy.none())
            .transport();
    Calls calls = new Calls();
    for (int i = 0; i < 20; i++) {
      server.enqueue(answer(1));
      transport.executeAsync(calls.listConnectors()).get(5, TimeUnit.SECONDS);
    }
    ConnectionPool pool = ownedClient(transport).connectionPool();
    assertThat(pool.connectionCount()).isPositive();
    List<Thread> started = newThreads(before);
    assertThat(started).as("threads the client started").isNotEmpty();

    transport.close();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (started.stream().anyMatch(Thread::isAlive) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    System.out.printf(
        "close: %d threads started by the client (%s), alive after close: %d; pool %d connections%n",
        started.size(),
        started.stream().map(Thread::getName).distinct().collect(Collectors.joining(", ")),
        started.stream().filter(Thread::isAlive).count(),
        pool.connectionCount());
    assertThat(
            started.stream()
                .filter(t -> t.isAlive() && !t.getName().startsWith("OkHttp TaskRunner")))
        .as(
            "threads of the client alive after close (OkHttp's shared TaskRunner idles out by itself)")
        .isEmpty();
    assertThat(pool.connectionCount()).isZero();
  }

  // ------------------------------------------------------------------------------------------

  private static final List<Function<Calls, ApiCall<?>>> CALL_KINDS =
      List.of(
          Calls::listConnectors,
          c -> c.getConnector("src"),
          c -> c.deleteConnector("src"),
          c -> c.putConnectorConfig("src", Map.of("connector.class", "X")),
          c -> c.getConnectorConfig("src"),
          c -> c.pauseConnector("src"),
          c -> c.getConnectorStatus("src"));

  /** A mix of answers; each call meets one. */
  private static MockResponse answer(int kind) {
    MockResponse.Builder json =
        new MockResponse.Builder().addHeader("Content-Type", "application/json");
    return switch (kind) {
      case 0, 1, 2, 3 -> json.code(200).body(kind % 2 == 0 ? INFO : "[\"a\",\"b\"]").build();
      case 4 -> json.code(204).build();
      case 5 ->
          json.code(404)
              .body("{\"error_code\":404,\"message\":\"Connector src not found\"}")
              .build();
      case 6 ->
          new MockResponse.Builder()
              .code(500)
              .addHeader("Content-Type", "text/html")
              .body("<html><title>Error 500</title></html>")
              .build();
      case 7 ->
          json.code(409)
              .body("{\"error_code\":409,\"message\":\"Connector src already exists\"}")
              .build();
      case 8 -> json.code(200).body("{\"name\":").build();
      case 9 -> json.code(200).body(new Buffer().write(new byte[(int) LIMIT * 2])).build();
      case 10 ->
          json.code(200).chunkedBody("[\"" + "x".repeat((int) LIMIT * 2) + "\"]", 1000).build();
      case 11 ->
          json.code(200)
              .body(INFO)
              .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
              .build();
      case 12 ->
          json.code(400).chunkedBody("{\"message\":\"" + "y".repeat(100_000) + "\"}", 4096).build();
      default ->
          json.code(200)
              .body(INFO.substring(0, 30))
              .setHeader("Content-Length", INFO.length())
              .onResponseEnd(new SocketEffect.CloseSocket())
              .build();
    };
  }

  private static Object run(Transport transport, ApiCall<?> call, boolean async) {
    try {
      return async
          ? transport.executeAsync(call).get(10, TimeUnit.SECONDS)
          : transport.execute(call);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Throwable e) {
      return e;
    }
  }

  private TestTransports builder(OkHttpClient okHttp) {
    return new TestTransports()
        .url(server.url("/").toString())
        .okHttpClient(okHttp)
        .retryPolicy(RetryPolicy.none())
        .maxResponseBytes(LIMIT);
  }

  private void leakOneResponse(OkHttpClient okHttp) throws IOException {
    Response response =
        okHttp.newCall(new Request.Builder().url(server.url("/")).build()).execute();
    assertThat(response.code()).isEqualTo(200); // the body is never read nor closed
  }

  /**
   * OkHttp notices a leak when a collected call still held its connection, at its next pool
   * cleanup.
   */
  private void collectGarbageAndLetThePoolCheckForLeaks(OkHttpClient okHttp) throws Exception {
    for (int round = 0; round < 5 && leaks.isEmpty(); round++) {
      System.gc();
      Thread.sleep(50);
      server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
      try (Response response =
          okHttp.newCall(new Request.Builder().url(server.url("/connectors")).build()).execute()) {
        response
            .body()
            .string(); // a released connection schedules the pool's cleanup, which checks
      }
      Thread.sleep(100);
    }
  }

  private static void awaitIdle(ConnectionPool pool) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (pool.connectionCount() != pool.idleConnectionCount() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private static List<Thread> newThreads(Set<Thread> before) {
    List<Thread> started = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(thread)
          && (thread.getName().contains("OkHttp") || thread.getName().contains("connect-client"))) {
        started.add(thread);
      }
    }
    return started;
  }

  /**
   * The OkHttp client a transport built for itself (the test looks inside; users cannot and need
   * not).
   */
  private static OkHttpClient ownedClient(Transport transport) throws ReflectiveOperationException {
    Field field = Transport.class.getDeclaredField("client");
    field.setAccessible(true);
    return (OkHttpClient) field.get(transport);
  }
}
