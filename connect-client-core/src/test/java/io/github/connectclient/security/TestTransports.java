package io.github.connectclient.security;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.internal.http.Transport;

/** The public builder's options, giving the bare {@link Transport} for the async execution path. */
final class TestTransports extends ClientBuilder<TestTransports> {

  @Override
  protected TestTransports self() {
    return this;
  }

  /** The transport these options describe. */
  Transport transport() {
    return buildTransport();
  }
}
