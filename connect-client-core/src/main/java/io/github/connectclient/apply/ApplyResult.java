package io.github.connectclient.apply;

import io.github.connectclient.errors.BulkFailureException;
import io.github.connectclient.errors.ConnectClientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code apply} did: one item per change of the plan, in the plan's order. One connector's
 * failure never stops the others.
 *
 * @param items one per change of the plan
 */
public record ApplyResult(List<ApplyItem> items) {

  /**
   * Copies the list.
   *
   * @param items one per change of the plan
   */
  public ApplyResult {
    items = List.copyOf(items);
  }

  /** {@return the items that failed (including specs refused by validation)} */
  public List<ApplyItem> failed() {
    return items.stream().filter(item -> !item.succeeded()).toList();
  }

  /** {@return the items that succeeded (including NONE items, which sent nothing)} */
  public List<ApplyItem> succeeded() {
    return items.stream().filter(ApplyItem::succeeded).toList();
  }

  /**
   * Does nothing when every item succeeded.
   *
   * @throws BulkFailureException listing every failed item, otherwise
   */
  public void throwIfFailed() {
    Map<String, ConnectClientException> failures = new LinkedHashMap<>();
    for (ApplyItem item : failed()) {
      failures.put(item.name(), item.error().orElseThrow());
    }
    if (!failures.isEmpty()) {
      throw new BulkFailureException("apply", items.size(), failures);
    }
  }
}
