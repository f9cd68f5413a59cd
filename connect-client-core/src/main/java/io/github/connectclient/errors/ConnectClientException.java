package io.github.connectclient.errors;

/**
 * The root of every exception thrown by connect-client. Unchecked.
 *
 * <p>Messages never contain credentials or the values of sensitive connector config keys.
 */
public class ConnectClientException extends RuntimeException {

  /** Creates an exception with a message. */
  public ConnectClientException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public ConnectClientException(String message, Throwable cause) {
    super(message, cause);
  }
}
