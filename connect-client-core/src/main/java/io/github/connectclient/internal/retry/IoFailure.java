package io.github.connectclient.internal.retry;

import io.github.connectclient.internal.tls.TlsFailure;
import java.io.IOException;
import okhttp3.HttpUrl;

/**
 * One attempt that got no usable answer. {@code maybeSent} is false only when the connection was
 * never established, so the server cannot have seen the request.
 */
public final class IoFailure extends RuntimeException {

  private final transient HttpUrl worker;
  private final boolean maybeSent;

  private IoFailure(HttpUrl worker, IOException cause, boolean maybeSent) {
    super(cause.getMessage(), cause, false, false);
    this.worker = worker;
    this.maybeSent = maybeSent;
  }

  /**
   * The failure of an attempt at {@code worker}. A TLS failure gets a message that says so; a
   * permanent one (certificate, protocol) means the handshake did not complete, so the request was
   * never sent.
   */
  public static IoFailure of(HttpUrl worker, IOException e) {
    IOException described = TlsFailure.describe(e);
    boolean neverSent =
        RetryClassifier.neverConnected(described) || TlsFailure.isPermanent(described);
    return new IoFailure(worker, described, !neverSent);
  }

  HttpUrl worker() {
    return worker;
  }

  boolean maybeSent() {
    return maybeSent;
  }

  IOException io() {
    return (IOException) getCause();
  }
}
