package io.github.connectclient.internal.endpoint;

import java.io.IOException;
import java.lang.reflect.Type;

/** A successful answer as a {@link ResponseReader} sees it. */
public interface Exchange {

  /** The HTTP status (2xx). */
  int status();

  /** The call that was answered. */
  PreparedCall<?> call();

  /**
   * Decodes the body as {@code type}; never returns null. Throws {@code MalformedResponseException}
   * when the body does not match.
   */
  <R> R decode(Type type) throws IOException;
}
