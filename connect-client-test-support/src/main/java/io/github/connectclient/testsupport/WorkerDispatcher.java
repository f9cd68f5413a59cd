package io.github.connectclient.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher that answers {@code GET /} like a real worker, the same way every time
 * (the captured server info of Kafka 4.3.1 unless {@link #answerRoot} or {@link #workerVersion}
 * says otherwise), and every other request from its queue ({@code server.enqueue(...)} still
 * works). The clients ask {@code GET /} for the worker's version before a call that needs a newer
 * worker than Connect's first release; tests that script a worker's answers in order need not
 * script those.
 */
public class WorkerDispatcher extends QueueDispatcher {

  private volatile MockResponse root = Fixtures.answer("server-info");
  private final AtomicInteger rootRequests = new AtomicInteger();

  /** What the worker answers to every {@code GET /} from now on. */
  public WorkerDispatcher answerRoot(MockResponse response) {
    root = response;
    return this;
  }

  /**
   * A worker reporting {@code version} (e.g. {@code 3.6.2}, {@code 7.6.0-ccs}) in {@code GET /}.
   */
  public WorkerDispatcher workerVersion(String version) {
    return answerRoot(serverInfo(version));
  }

  /** A {@code GET /} answer reporting {@code version}. */
  public static MockResponse serverInfo(String version) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(
            "{\"version\":\""
                + version
                + "\",\"commit\":\"0123456789abcdef\",\"kafka_cluster_id\":\"k1\"}")
        .build();
  }

  /** How many {@code GET /} requests (version probes and server-info calls) arrived. */
  public int rootRequestCount() {
    return rootRequests.get();
  }

  /** Whether {@code request} is a {@code GET /}. */
  public static boolean isRoot(RecordedRequest request) {
    return "GET".equals(request.getMethod()) && "/".equals(request.getTarget());
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    if (isRoot(request)) {
      rootRequests.incrementAndGet();
      return root;
    }
    return super.dispatch(request);
  }
}
