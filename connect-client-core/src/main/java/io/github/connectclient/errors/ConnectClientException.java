package io.github.connectclient.errors;

/**
 * The root of every exception thrown by connect-client. Unchecked.
 *
 * <p>Messages never contain credentials or the values of sensitive connector config keys.
 */
public class ConnectClientException extends RuntimeException {

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, free of secrets
   */
  public ConnectClientException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, free of secrets
   * @param cause the underlying failure, or null
   */
  public ConnectClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
