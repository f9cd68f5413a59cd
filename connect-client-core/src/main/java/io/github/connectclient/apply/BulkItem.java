package io.github.connectclient.apply;

import io.github.connectclient.errors.ConnectClientException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a bulk operation did to one connector.
 *
 * @param name the connector
 * @param error why it failed, empty when it succeeded; a {@link
 *     io.github.connectclient.errors.ConnectorNotFoundException} for a connector that is gone (or
 *     was {@code named} and never existed)
 */
public record BulkItem(String name, Optional<ConnectClientException> error) {

  /**
   * Checks for nulls.
   *
   * @param name the connector
   * @param error why it failed, empty when it succeeded; a {@link
   *     io.github.connectclient.errors.ConnectorNotFoundException} for a connector that is gone (or
   *     was {@code named} and never existed)
   */
  public BulkItem {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(error, "error == null");
  }

  /** {@return whether it succeeded} */
  public boolean succeeded() {
    return error.isEmpty();
  }
}
