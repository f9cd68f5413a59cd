package io.github.connectclient.errors;

import java.util.List;

/**
 * The worker answered 400 because the connector config is invalid ({@code Connector configuration
 * is invalid and contains the following N error(s): ...}). {@link #errors()} lists each error line.
 */
public class InvalidConfigException extends BadRequestException {

  private final List<String> errors;

  /** Creates the exception for an error answer with the listed validation errors. */
  public InvalidConfigException(ErrorResponse response, List<String> errors) {
    super(response);
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** The validation errors the server listed, one per entry, in its order. */
  public List<String> errors() {
    return errors;
  }
}
