package io.github.connectclient.internal.config;

/**
 * How much the client takes on.
 *
 * @param maxResponseBytes the largest body read; at least 1024
 * @param maxRequests concurrent async requests in all; at least 1
 * @param maxRequestsPerWorker concurrent async requests to one worker; at least 1
 */
public record Limits(long maxResponseBytes, int maxRequests, int maxRequestsPerWorker) {

  /** Checks the values. */
  public Limits {
    if (maxResponseBytes < 1024) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be at least 1024 but was " + maxResponseBytes);
    }
    if (maxRequests < 1 || maxRequestsPerWorker < 1) {
      throw new IllegalArgumentException("concurrency limits must be at least 1");
    }
  }
}
