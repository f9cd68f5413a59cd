package io.github.connectclient.internal.endpoint;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

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

  /** The response headers, names in lower case, values in order. */
  Map<String, List<String>> headers();

  /**
   * The body as UTF-8 text, empty when there is none. Throws {@code MalformedResponseException}
   * when it is larger than the configured limit.
   */
  String text() throws IOException;
}
