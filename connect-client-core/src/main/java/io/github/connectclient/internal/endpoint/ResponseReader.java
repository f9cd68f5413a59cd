package io.github.connectclient.internal.endpoint;

import java.io.IOException;

/**
 * Turns a successful answer into the endpoint's result.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseReader<T> {

  /** Reads the result of {@code exchange}; decoding failures surface as malformed responses. */
  T read(Exchange exchange) throws IOException;
}
