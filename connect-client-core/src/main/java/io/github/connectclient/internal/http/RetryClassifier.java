package io.github.connectclient.internal.http;

import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.connectclient.errors.RequestTimeoutException;
import io.github.connectclient.internal.tls.TlsFailure;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Decides, by meaning and by the endpoint's {@link RetryClass}, whether a failed attempt may be
 * repeated (docs/retries.md):
 *
 * <ul>
 *   <li>no connection was made: every endpoint;
 *   <li>a rebalance or leader change that the server did not apply: every endpoint;
 *   <li>an I/O failure after sending, 429, 502, 503, 504, {@code Request timed out}: safe and
 *       idempotent endpoints only;
 *   <li>anything else (400, 401, 403, 404, 409 already exists, other 5xx): never.
 * </ul>
 */
final class RetryClassifier {

  private RetryClassifier() {}

  static boolean isRetryable(Throwable failure, RetryClass retryClass) {
    boolean repeatable = retryClass != RetryClass.NON_IDEMPOTENT;
    if (failure instanceof IoFailure io) {
      if (TlsFailure.isPermanent(io.io())) {
        return false; // an untrusted certificate or a refused client certificate stays so
      }
      return !io.maybeSent() || repeatable;
    }
    if (failure instanceof RebalanceInProgressException) {
      return true;
    }
    if (failure instanceof RequestTimeoutException) {
      return repeatable;
    }
    if (failure instanceof ConnectServerException server) {
      int status = server.statusCode();
      return repeatable && (status == 429 || status == 502 || status == 503 || status == 504);
    }
    return false;
  }

  /** Whether a failure says this worker is unreachable, so the next attempt goes elsewhere. */
  static boolean isWorkerDown(Throwable failure) {
    if (failure instanceof IoFailure) {
      return true;
    }
    return failure instanceof ConnectServerException server && server.statusCode() == 503;
  }

  /** Whether the connection was never established, so the request cannot have been seen. */
  static boolean neverConnected(java.io.IOException e) {
    if (e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException) {
      return true;
    }
    if (e instanceof SocketTimeoutException && e.getMessage() != null) {
      return e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connect");
    }
    return e instanceof InterruptedIOException == false
        && e.getMessage() != null
        && e.getMessage().startsWith("Failed to connect");
  }
}
