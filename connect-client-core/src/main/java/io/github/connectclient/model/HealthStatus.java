package io.github.connectclient.model;

/**
 * The worker's health, returned by {@code GET /health} (Kafka 3.9.0+, KIP-1017).
 *
 * <p>The worker answers 200 with {@code healthy}, 503 with {@code starting} and 500 with {@code
 * unhealthy}; the message explains what the worker is doing.
 *
 * @param status {@code healthy}, {@code starting} or {@code unhealthy}
 * @param message a human-readable explanation
 */
public record HealthStatus(String status, String message) {

  /** {@return whether {@link #status()} is {@code healthy}, ignoring case} */
  public boolean isHealthy() {
    return "healthy".equalsIgnoreCase(status);
  }
}
