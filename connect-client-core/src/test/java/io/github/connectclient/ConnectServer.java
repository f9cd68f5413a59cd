package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.internal.config.TestSeams;
import io.github.connectclient.internal.endpoint.Calls;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.testsupport.WorkerDispatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer playing a Connect worker, and clients pointed at it. Register it with
 * {@code @RegisterExtension}.
 *
 * <p>Like a real worker it answers {@code GET /} the same way every time, by itself: with the
 * captured server info (Kafka 4.3.1) unless the test sets another ({@link #answerRoot}, {@link
 * #workerVersion}). The clients ask it before a call that needs a newer worker than Connect's
 * first; {@link #takeRequest()} and {@link #requestCount()} leave those requests out. Every other
 * request is answered from the queue of {@link #enqueue} answers.
 *
 * <p>Clients are built with {@link RetryPolicy#none()}, a 10 s request timeout and an OkHttp client
 * whose connection pool this fixture watches: after each test every connection must be idle (a
 * response body left open keeps its connection busy) and OkHttp must not have logged a leaked
 * connection. A request with no answer enqueued gets a 418 at once instead of hanging.
 */
final class ConnectServer implements BeforeEachCallback, AfterEachCallback {

  /** The answer to a request the test did not enqueue one for. */
  static final int NOTHING_ENQUEUED = 418;

  private static final Logger OKHTTP_LOGGER = Logger.getLogger(OkHttpClient.class.getName());

  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private final Handler leakHandler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          String message = record.getMessage();
          if (message != null && message.contains("leaked")) {
            leaks.add(message);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final List<AutoCloseable> closeAfterTest = new ArrayList<>();

  private Consumer<ClientBuilder<?>> options = builder -> {};
  private WorkerDispatcher dispatcher;
  private MockWebServer server;
  private OkHttpClient okHttp;
  private ConnectClient client;
  private Transport transport;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    leaks.clear();
    OKHTTP_LOGGER.addHandler(leakHandler);
    server = new MockWebServer();
    dispatcher = new WorkerDispatcher();
    dispatcher.setFailFast(
        new MockResponse.Builder()
            .code(NOTHING_ENQUEUED)
            .body("no answer enqueued for this request")
            .build());
    server.setDispatcher(dispatcher);
    server.start(InetAddress.getLoopbackAddress(), 0);
    okHttp = new OkHttpClient.Builder().connectionPool(new ConnectionPool()).build();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      if (context.getExecutionException().isEmpty()) {
        assertNoConnectionLeaked();
      }
    } finally {
      OKHTTP_LOGGER.removeHandler(leakHandler);
      for (AutoCloseable closeable : closeAfterTest) {
        closeable.close();
      }
      closeAfterTest.clear();
      client = null;
      transport = null;
      options = builder -> {};
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
      server.close();
    }
  }

  /** Every connection of the watched pool is idle again, and OkHttp reported no leak. */
  void assertNoConnectionLeaked() throws InterruptedException {
    ConnectionPool pool = okHttp.connectionPool();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (pool.connectionCount() != pool.idleConnectionCount() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(pool.connectionCount() - pool.idleConnectionCount())
        .as("connections still in use after the test (a response body was not closed)")
        .isZero();
    assertThat(leaks).as("connections OkHttp reported as leaked").isEmpty();
  }

  /** The mock worker. */
  MockWebServer server() {
    return server;
  }

  /** The OkHttp client the fixture's clients derive from (its pool is watched). */
  OkHttpClient okHttp() {
    return okHttp;
  }

  /**
   * Options applied after the defaults to {@link #client()} and {@link #transport()}; call it
   * before either is first used.
   */
  ConnectServer configure(Consumer<ClientBuilder<?>> options) {
    if (client != null || transport != null) {
      throw new IllegalStateException("configure(...) must come before client() and transport()");
    }
    this.options = options;
    return this;
  }

  /** The shared client of this test: the fixture's defaults, then {@link #configure} options. */
  ConnectClient client() {
    if (client == null) {
      client = client(options);
    }
    return client;
  }

  /** A new client with the fixture's defaults and then {@code options}; closed after the test. */
  ConnectClient client(Consumer<ClientBuilder<?>> options) {
    ConnectClient.Builder builder = ConnectClient.builder();
    defaults(builder);
    options.accept(builder);
    ConnectClient built = builder.build();
    closeAfterTest.add(built);
    return built;
  }

  /** The transport of this test, built with the same defaults as {@link #client()}. */
  Transport transport() {
    if (transport == null) {
      TransportBuilder builder = new TransportBuilder();
      defaults(builder);
      options.accept(builder);
      transport = builder.transport();
      closeAfterTest.add(transport);
    }
    return transport;
  }

  /** The request builders of the shared transport. */
  Calls calls() {
    return new Calls();
  }

  private void defaults(ClientBuilder<?> builder) {
    // These tests check how requests look, also for names the default policy refuses before any
    // request (a/b, a;b, {x}...); the refusal itself is tested in security.ConnectorNamePolicyTest.
    builder
        .url(server.url("/").toString())
        .allowUnsafeConnectorNames()
        .okHttpClient(okHttp)
        .requestTimeout(Duration.ofSeconds(10))
        .retryPolicy(RetryPolicy.none());
  }

  /** What the worker answers to every {@code GET /} from now on. */
  ConnectServer answerRoot(MockResponse response) {
    dispatcher.answerRoot(response);
    return this;
  }

  /** A worker reporting {@code version} (e.g. {@code 7.6.0-ccs}) in {@code GET /}. */
  ConnectServer workerVersion(String version) {
    dispatcher.workerVersion(version);
    return this;
  }

  /** Enqueues an answer. */
  ConnectServer enqueue(MockResponse response) {
    dispatcher.enqueue(response);
    return this;
  }

  /** Enqueues a JSON answer labelled {@code application/json}, as Connect's resources send. */
  ConnectServer enqueue(int status, String json) {
    return enqueue(Answers.json(status, json));
  }

  /**
   * The next request the worker received other than a {@code GET /}; fails if none arrives within 5
   * s.
   */
  RecordedRequest takeRequest() throws InterruptedException {
    while (true) {
      RecordedRequest request = takeAnyRequest();
      if (!WorkerDispatcher.isRoot(request)) {
        return request;
      }
    }
  }

  /** The next request the worker received, {@code GET /} included; fails if none within 5 s. */
  RecordedRequest takeAnyRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the worker").isNotNull();
    return request;
  }

  /** How many requests other than {@code GET /} reached the worker. */
  int requestCount() {
    return server.getRequestCount() - dispatcher.rootRequestCount();
  }

  /** How many {@code GET /} requests (version probes and server-info calls) reached the worker. */
  int rootRequestCount() {
    return dispatcher.rootRequestCount();
  }

  /** Builds a bare transport from the public builder's options, for the async execution path. */
  private static final class TransportBuilder extends ClientBuilder<TransportBuilder> {
    @Override
    protected TransportBuilder self() {
      return this;
    }

    Transport transport() {
      return TestSeams.transport(this);
    }
  }
}
