package io.github.connectclient.internal.retry;

import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.connectclient.errors.RequestTimeoutException;
import io.github.connectclient.internal.endpoint.RetryClass;
import io.github.connectclient.internal.tls.TlsFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Decides, by meaning and by the endpoint's {@link RetryClass}, whether a failed attempt may be
 * repeated (docs/retries.md has the table):
 *
 * <ul>
 *   <li>no connection was made: every endpoint (the server cannot have seen the request);
 *   <li>a rebalance or leader change that stopped the request: every endpoint;
 *   <li>an I/O failure after sending, 429, 502, 503, 504, {@code Request timed out}, the 500 of a
 *       worker's Jetty while it stops: safe and idempotent endpoints only (the server may have
 *       applied the request);
 *   <li>anything else (400, 401, 403, 404, 409 already exists, other 5xx, a certificate the client
 *       rejects): never.
 * </ul>
 *
 * <p>Server texts are read by {@link ServerMessages} (through the exception types the {@link
 * ErrorMapper} chose), never here.
 */
final class RetryClassifier {

  private RetryClassifier() {}

  /**
   * Whether {@code failure} may be followed by another attempt of an endpoint of {@code
   * retryClass}.
   */
  static boolean isRetryable(Throwable failure, RetryClass retryClass) {
    boolean repeatable = retryClass != RetryClass.NON_IDEMPOTENT;
    if (failure instanceof IoFailure io) {
      if (isPermanentTlsFailure(io.io())) {
        return false;
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
      return repeatable
          && (status == 429
              || status == 502
              || status == 503
              || status == 504
              || isNotServing(server));
    }
    return false;
  }

  /**
   * Whether a failure says this worker is unreachable or not serving (503; the 404 of a worker that
   * starts or stops), so the next attempt goes elsewhere.
   */
  static boolean isWorkerDown(Throwable failure) {
    if (failure instanceof IoFailure) {
      return true;
    }
    return failure instanceof ConnectServerException server
        && (server.statusCode() == 503 || isNotServing(server));
  }

  /** The 404 or 500 of a worker's Jetty while the worker starts or stops (decision 0018). */
  private static boolean isNotServing(ConnectServerException server) {
    return ServerMessages.isWorkerNotServing(
        server.statusCode(), server.errorCode(), server.serverMessage());
  }

  /** Whether the attempt failed before a connection existed (refused, no route, unknown host). */
  static boolean isConnectFailure(Throwable failure) {
    return failure instanceof IoFailure io && !io.maybeSent();
  }

  /**
   * Whether the server may have applied the request although the attempt failed: no answer after
   * sending, {@code Request timed out}, a gateway's 502/503/504, or a follower whose forwarding to
   * the leader failed after it connected (a timeout, a reset). Rebalance conflicts, {@code
   * rebalance is expected}, {@code Failed to write to config topic} and a forward that could not
   * connect were refused before anything was applied; other errors are deterministic refusals.
   */
  static boolean mayHaveApplied(Throwable failure) {
    if (failure instanceof IoFailure io) {
      return io.maybeSent();
    }
    if (failure instanceof RebalanceInProgressException rebalance) {
      int status = rebalance.statusCode();
      String message = rebalance.serverMessage();
      return ServerMessages.isForwardingFailure(status, message)
          && !ServerMessages.isForwardingNeverConnected(status, message);
    }
    if (failure instanceof RequestTimeoutException) {
      return true;
    }
    if (failure instanceof ConnectServerException server) {
      int status = server.statusCode();
      return status == 502 || status == 503 || status == 504 || isNotServing(server);
    }
    return false;
  }

  /**
   * Whether a failed {@code createConnector} leaves its outcome open, so the client must look
   * before it answers: the failure itself may have applied, or the connector "already exists" after
   * an earlier attempt that may have applied.
   */
  static boolean isAmbiguousCreate(Throwable failure, boolean earlierAttemptMayHaveApplied) {
    if (failure instanceof ConnectorAlreadyExistsException) {
      return earlierAttemptMayHaveApplied;
    }
    return mayHaveApplied(failure);
  }

  /** Whether the connection was never established, so the request cannot have been seen. */
  static boolean neverConnected(IOException e) {
    if (e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException) {
      return true;
    }
    if (e instanceof SocketTimeoutException && e.getMessage() != null) {
      return e.getMessage().toLowerCase(Locale.ROOT).startsWith("connect");
    }
    return !(e instanceof InterruptedIOException)
        && e.getMessage() != null
        && e.getMessage().startsWith("Failed to connect");
  }

  /** A certificate the client rejects: repeating the handshake fails the same way. */
  private static boolean isPermanentTlsFailure(IOException e) {
    return TlsFailure.isPermanent(e)
        || e instanceof SSLPeerUnverifiedException
        || (e instanceof SSLHandshakeException && hasCause(e, CertificateException.class));
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }
}
