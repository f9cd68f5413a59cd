package io.github.connectclient.internal.http;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.internal.config.TestSeams;

/** The public builder's options, giving the bare {@link Transport} for the async execution path. */
public final class TestTransports extends ClientBuilder<TestTransports> {

  @Override
  protected TestTransports self() {
    return this;
  }

  /** The transport these options describe. */
  public Transport transport() {
    return TestSeams.transport(this);
  }

  /** These options with sync retries that never wait and no jitter. */
  public TestTransports noWaiting() {
    return TestSeams.noWaiting(this);
  }
}
