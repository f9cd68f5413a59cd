package io.github.connectclient.testkit;

import java.util.List;

/**
 * {@code ConnectClient} and {@code AsyncConnectClient} test parameters. The testkit does not depend
 * on those modules at run time: types are compared by name, and {@link Clients}, the only class
 * that names them, is loaded only when a test asks for one (so the test's classpath has them).
 */
final class ClientParameters {

  static final String CONNECT_CLIENT = "io.github.connectclient.ConnectClient";
  static final String ASYNC_CONNECT_CLIENT = "io.github.connectclient.async.AsyncConnectClient";

  private ClientParameters() {}

  /** Whether {@code type} is one of the clients. */
  static boolean supports(Class<?> type) {
    return type.getName().equals(CONNECT_CLIENT) || type.getName().equals(ASYNC_CONNECT_CLIENT);
  }

  /**
   * A new client of {@code type} for {@code urls}, to be closed by the caller.
   *
   * @throws IllegalArgumentException if {@code type} is not a supported client
   */
  static AutoCloseable create(Class<?> type, List<String> urls) {
    if (type.getName().equals(CONNECT_CLIENT)) {
      return Clients.sync(urls);
    }
    if (type.getName().equals(ASYNC_CONNECT_CLIENT)) {
      return Clients.async(urls);
    }
    throw new IllegalArgumentException("Not a client type: " + type);
  }
}
