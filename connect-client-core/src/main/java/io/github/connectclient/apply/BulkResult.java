package io.github.connectclient.apply;

import io.github.connectclient.errors.BulkFailureException;
import io.github.connectclient.errors.ConnectClientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bulk operation did: one item per selected connector, by name. One connector's failure
 * never stops the others, and no selected connector is left out.
 *
 * @param operation the operation, e.g. {@code pauseConnectors}
 * @param items one per selected connector
 */
public record BulkResult(String operation, List<BulkItem> items) {

  /**
   * Copies the list.
   *
   * @param operation the operation, e.g. {@code pauseConnectors}
   * @param items one per selected connector
   */
  public BulkResult {
    Objects.requireNonNull(operation, "operation == null");
    items = List.copyOf(items);
  }

  /** {@return the items that succeeded} */
  public List<BulkItem> succeeded() {
    return items.stream().filter(BulkItem::succeeded).toList();
  }

  /** {@return the items that failed} */
  public List<BulkItem> failed() {
    return items.stream().filter(item -> !item.succeeded()).toList();
  }

  /**
   * Does nothing when every item succeeded.
   *
   * @throws BulkFailureException listing every failed item, otherwise
   */
  public void throwIfFailed() {
    Map<String, ConnectClientException> failures = new LinkedHashMap<>();
    for (BulkItem item : failed()) {
      failures.put(item.name(), item.error().orElseThrow());
    }
    if (!failures.isEmpty()) {
      throw new BulkFailureException(operation, items.size(), failures);
    }
  }
}
