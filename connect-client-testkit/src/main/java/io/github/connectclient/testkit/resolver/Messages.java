package io.github.connectclient.testkit.resolver;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolver failures as plain text: the answer crosses into the testkit's class loader, which does
 * not know the resolver's exception types.
 */
final class Messages {

  private Messages() {}

  /** The distinct messages of {@code exceptions} and their causes, joined by "; ". */
  static String of(List<? extends Throwable> exceptions) {
    Set<String> messages = new LinkedHashSet<>();
    for (Throwable e : exceptions) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t.getMessage() != null && !t.getMessage().isBlank()) {
          messages.add(t.getMessage().strip());
        }
      }
    }
    return messages.isEmpty() ? "unknown failure" : String.join("; ", messages);
  }
}
