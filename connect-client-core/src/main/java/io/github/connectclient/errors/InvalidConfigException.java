package io.github.connectclient.errors;

import java.util.List;

/**
 * The worker answered 400 because the connector config is invalid ({@code Connector configuration
 * is invalid and contains the following N error(s): ...}). {@link #errors()} lists each error line.
 */
public class InvalidConfigException extends BadRequestException {

  /** The validation errors the server listed. */
  private final List<String> errors;

  /**
   * Creates the exception for an error answer with the listed validation errors.
   *
   * @param response the worker's answer
   * @param errors the validation errors the server listed
   */
  public InvalidConfigException(ErrorResponse response, List<String> errors) {
    super(response);
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** {@return the validation errors the server listed, one per entry, in its order} */
  public List<String> errors() {
    return errors;
  }
}
