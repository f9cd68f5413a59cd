package io.github.connectclient.model;

/**
 * The one lookup of a model enum constant by the server's spelling, behind every {@code fromString}
 * of this package (and so behind JSON decoding, which calls {@code fromString}).
 */
final class ServerEnums {

  private ServerEnums() {}

  /**
   * Returns the constant whose name equals {@code value} ignoring case ({@code header_converter}
   * finds {@code HEADER_CONVERTER}), or {@code fallback} when {@code value} is {@code null} or
   * matches none.
   */
  static <E extends Enum<E>> E lookup(E[] constants, String value, E fallback) {
    if (value != null) {
      for (E constant : constants) {
        if (constant.name().equalsIgnoreCase(value)) {
          return constant;
        }
      }
    }
    return fallback;
  }
}
