package io.github.connectclient.errors;

import java.nio.file.Path;

/**
 * A connector spec file could not be used: it is not JSON, an entry lacks its name or config, a
 * config value is not a string, number or boolean, a name is given twice... Thrown by {@code
 * ConnectorSpecs.read} before anything is sent. The message names the file and the entry, never a
 * config value.
 */
public class ConnectorSpecException extends ConnectClientException {

  private final transient Path file;

  /** Which entry of the file, or null. */
  private final String entry;

  /**
   * Creates the exception.
   *
   * @param file the file
   * @param entry which entry of the file, e.g. {@code entry 2 ("orders-sink")}, or null for the
   *     whole file
   * @param problem what is wrong
   * @param cause the underlying failure, or null
   */
  public ConnectorSpecException(Path file, String entry, String problem, Throwable cause) {
    super(file + (entry == null ? "" : ", " + entry) + ": " + problem, cause);
    this.file = file;
    this.entry = entry;
  }

  /** {@return the file} */
  public Path file() {
    return file;
  }

  /**
   * {@return which entry of the file, e.g} {@code entry 2 ("orders-sink")}; null for the whole
   * file.
   */
  public String entry() {
    return entry;
  }
}
