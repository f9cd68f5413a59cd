package io.github.connectclient.errors;

/**
 * The cluster could not serve the request right now because of a rebalance or a leader change: the
 * 409s that start with {@code Cannot complete request}, and the 500s {@code Request cannot be
 * completed because a rebalance is expected}, {@code IO Error trying to forward REST request},
 * {@code Error trying to forward REST request} and {@code Failed to write to config topic}; and the
 * 404 without Connect's error body that a worker's Jetty answers while the worker starts or stops
 * (a rolling restart). The server did not apply the request; the client retries these on every
 * endpoint, and throws this only when its retry budget is spent.
 */
public class RebalanceInProgressException extends ConnectServerException {

  /**
   * Creates the exception for an error answer.
   *
   * @param response the worker's answer
   */
  public RebalanceInProgressException(ErrorResponse response) {
    super(response);
  }
}
