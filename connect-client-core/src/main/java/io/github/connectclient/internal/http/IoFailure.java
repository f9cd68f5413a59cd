package io.github.connectclient.internal.http;

import java.io.IOException;
import okhttp3.HttpUrl;

/**
 * One attempt that got no usable answer. {@code maybeSent} is false only when the connection was
 * never established, so the server cannot have seen the request.
 */
final class IoFailure extends RuntimeException {

  private final transient HttpUrl worker;
  private final boolean maybeSent;

  IoFailure(HttpUrl worker, IOException cause, boolean maybeSent) {
    super(cause.getMessage(), cause, false, false);
    this.worker = worker;
    this.maybeSent = maybeSent;
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
