package io.github.connectclient.internal.json;

/**
 * A response body could not be decoded into the expected type: it is not JSON, is truncated, has
 * the wrong shape, or holds values the model rejects.
 *
 * <p>The message says what was wrong and where, in Moshi's style, for example {@code Expected a
 * string but was BEGIN_OBJECT at path $.tasks[0].state}; {@link #path()} is that JSON path.
 */
public final class JsonDecodeException extends RuntimeException {

  private final String path;

  /** Creates an exception for a problem at {@code path}. */
  public JsonDecodeException(String message, String path) {
    this(message, path, null);
  }

  /** Creates an exception for a problem at {@code path}, caused by {@code cause}. */
  public JsonDecodeException(String message, String path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** Returns the JSON path of the problem, for example {@code $.tasks[0].state}. */
  public String path() {
    return path;
  }
}
