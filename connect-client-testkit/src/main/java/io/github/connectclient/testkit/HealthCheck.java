package io.github.connectclient.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Whether a worker is ready, and waiting until it is: {@code GET /health} answers 200 once the
 * worker has joined the group and read the config topic ({@code GET /} already answers while it is
 * still starting). Before 3.9 there is no {@code /health}: {@code GET /connectors} is answered by
 * the herder's own thread, so its 200 means the same.
 */
final class HealthCheck {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient client;
  private final Map<String, String> headers;
  private final String path;

  HealthCheck(HttpClient client, Map<String, String> headers, String path) {
    this.client = client;
    this.headers = Map.copyOf(headers);
    this.path = path;
  }

  /** The settings' client (else one with a 2 s connect timeout), sending their headers. */
  static HealthCheck of(ClusterSettings settings, KafkaRelease release) {
    return new HealthCheck(
        settings.healthCheckClient() != null
            ? settings.healthCheckClient()
            : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
        settings.healthCheckHeaders(),
        release.hasHealthEndpoint() ? "/health" : "/connectors");
  }

  /**
   * Waits up to {@code wait} until {@code worker} is healthy; {@code timeout} is the whole start's,
   * for the message.
   *
   * @throws ConnectClusterException if the worker exits meanwhile or is not healthy in time
   */
  void await(Worker worker, Duration wait, Duration timeout) {
    ChildProcess process = worker.process();
    boolean healthy = Poll.until(wait, () -> !process.isAlive() || isHealthy(worker.url()));
    if (!process.isAlive()) {
      throw process.failure(
          process.name() + " exited with " + process.exitValue() + " while starting");
    }
    if (!healthy) {
      throw process.failure(
          process.name()
              + " did not answer GET "
              + worker.url()
              + path
              + " with 200 within "
              + timeout);
    }
  }

  boolean isHealthy(String workerUrl) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(workerUrl + path)).timeout(REQUEST_TIMEOUT).GET();
    headers.forEach(request::header);
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode()
          == 200;
    } catch (IOException e) {
      return false; // Not listening yet.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while checking " + workerUrl, e);
    }
  }
}
