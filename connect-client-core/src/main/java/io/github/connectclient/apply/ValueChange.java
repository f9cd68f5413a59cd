package io.github.connectclient.apply;

import io.github.connectclient.model.Redaction;
import java.util.Objects;
import java.util.Optional;

/**
 * How one config key changes: added (no {@code before}), removed (no {@code after}) or changed.
 * Values are compared as strings exactly as the worker stores them; a {@code ${file:...}} reference
 * is compared as written, never resolved.
 *
 * <p>A {@code sensitive} value (a {@code PASSWORD}-typed key of the plugin, or a key whose name
 * says password, secret, token, credentials...) counts as a change like any other but is shown as
 * {@value Redaction#MASK} by {@link #toString()}.
 *
 * @param before the value on the cluster, empty when the key is added
 * @param after the value in the spec, empty when the key is removed
 * @param sensitive whether the values are secrets
 */
public record ValueChange(Optional<String> before, Optional<String> after, boolean sensitive) {

  /**
   * Checks that neither side is null and that at least one is present.
   *
   * @param before the value on the cluster, empty when the key is added
   * @param after the value in the spec, empty when the key is removed
   * @param sensitive whether the values are secrets
   */
  public ValueChange {
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a change needs a value before or after");
    }
  }

  /** {@code "1" -> "2"}, {@code + "2"}, {@code - "1"}; sensitive values masked. */
  @Override
  public String toString() {
    if (before.isEmpty()) {
      return "+ " + show(after.get());
    }
    if (after.isEmpty()) {
      return "- " + show(before.get());
    }
    return show(before.get()) + " -> " + show(after.get());
  }

  /** One value as shown: quoted, or the mask for a secret. */
  String show(String value) {
    String shown = Redaction.mask(value, sensitive);
    return Redaction.MASK.equals(shown) && sensitive ? shown : '"' + shown + '"';
  }
}
