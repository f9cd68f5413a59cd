package io.github.connectclient.testkit;

/**
 * The cluster could not do what was asked: a process failed to start or to answer in time, a Kafka
 * tool failed. The message carries the tail of the log of the process concerned and where to find
 * the whole log.
 */
public final class ConnectClusterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ConnectClusterException(String message) {
    super(message);
  }

  ConnectClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
