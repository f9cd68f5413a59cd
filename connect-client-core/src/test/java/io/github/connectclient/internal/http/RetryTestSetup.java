package io.github.connectclient.internal.http;

import io.github.connectclient.internal.endpoint.Calls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;

/**
 * The set-up every retry test shares: scripted {@link #worker() workers}, {@link #client clients}
 * on fake time, URLs where nothing listens ({@link #deadUrl()}) and the {@link #calls} to send.
 * Whatever a test opened is closed after it, last opened first.
 */
abstract class RetryTestSetup {

  /** The API calls, built as the clients build them. */
  final Calls calls = new Calls();

  private final Deque<AutoCloseable> openedByTest = new ArrayDeque<>();

  /** A new scripted worker, closed after the test. */
  RetryTestWorker worker() {
    return opened(new RetryTestWorker());
  }

  /**
   * A client of the workers at {@code urls}; its scheduler and transports are closed after the
   * test.
   */
  RetryTestClient client(String... urls) {
    return new RetryTestClient(this::opened, urls);
  }

  /** A URL where nothing listens: connecting is refused. */
  static String deadUrl() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  final void closeWhatTheTestOpened() throws Exception {
    while (!openedByTest.isEmpty()) {
      openedByTest.pop().close();
    }
  }

  private synchronized <T extends AutoCloseable> T opened(T resource) {
    openedByTest.push(resource);
    return resource;
  }
}
