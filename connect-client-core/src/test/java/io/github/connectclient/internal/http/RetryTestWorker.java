package io.github.connectclient.internal.http;

import io.github.connectclient.Answers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A scripted Connect worker for retry tests: a MockWebServer answering each {@code METHOD path}
 * from its own queue (the last answer repeats), recording every request it received.
 */
final class RetryTestWorker extends Dispatcher implements AutoCloseable {

  private final MockWebServer server = new MockWebServer();
  private final Map<String, Deque<MockResponse>> script = new HashMap<>();
  private final List<RecordedRequest> received = new ArrayList<>();

  RetryTestWorker() {
    server.setDispatcher(this);
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers {@code method path} with {@code responses} in order, repeating the last one. */
  synchronized RetryTestWorker on(String method, String path, MockResponse... responses) {
    script
        .computeIfAbsent(method + " " + path, key -> new ArrayDeque<>())
        .addAll(List.of(responses));
    return this;
  }

  /** The base URL of this worker. */
  String url() {
    return server.url("/").toString();
  }

  MockWebServer server() {
    return server;
  }

  /** How many {@code method path} requests arrived. */
  synchronized int count(String method, String path) {
    return (int)
        received.stream()
            .filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path))
            .count();
  }

  /** Every request received, in order. */
  synchronized List<RecordedRequest> received() {
    return List.copyOf(received);
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    received.add(request);
    Deque<MockResponse> queue =
        script.get(request.getMethod() + " " + request.getUrl().encodedPath());
    if (queue == null || queue.isEmpty()) {
      return Answers.error(404, "HTTP 404 Not Found");
    }
    return queue.size() > 1 ? queue.poll() : queue.peek();
  }

  @Override
  public void close() {
    server.close();
  }
}
