package io.github.connectclient.apply;

import io.github.connectclient.model.ConnectorExpanded;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.ConnectorType;
import io.github.connectclient.model.State;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which connectors a bulk operation acts on, or {@code prune} may delete: decided on one expanded
 * listing of the cluster ({@code GET /connectors?expand=status&expand=info}).
 *
 * <p>{@link #named(String...)} selects exactly the names given: a bulk operation reports a name
 * that does not exist as an item failed with {@code ConnectorNotFoundException}, never skips it.
 * The other selectors pick from the listing. Combine them with {@link #and(ConnectorSelector)}:
 * {@code matching("orders-.*").and(inState(State.FAILED))}.
 */
public final class ConnectorSelector {

  private static final ConnectorExpanded UNKNOWN = new ConnectorExpanded(null, null);

  private final String description;
  private final Set<String> names;
  private final BiPredicate<String, ConnectorExpanded> condition;

  private ConnectorSelector(
      String description, Set<String> names, BiPredicate<String, ConnectorExpanded> condition) {
    this.description = description;
    this.names = names;
    this.condition = condition;
  }

  /** {@return every connector} */
  public static ConnectorSelector all() {
    return new ConnectorSelector("all()", null, (name, connector) -> true);
  }

  /**
   * {@return exactly these connectors; a name that does not exist becomes a failed item}
   *
   * @param names the connector names
   */
  public static ConnectorSelector named(String... names) {
    Objects.requireNonNull(names, "names == null");
    Set<String> set = new LinkedHashSet<>();
    for (String name : names) {
      Objects.requireNonNull(name, "names has a null element");
      if (name.isBlank()) {
        throw new IllegalArgumentException("names must not be blank");
      }
      set.add(name);
    }
    return new ConnectorSelector(
        "named(" + String.join(", ", set) + ")",
        Collections.unmodifiableSet(set),
        (name, connector) -> true);
  }

  /**
   * {@return the connectors whose whole name matches {@code regex}}
   *
   * @param regex a regular expression the whole name must match
   */
  public static ConnectorSelector matching(String regex) {
    Pattern pattern = Pattern.compile(Objects.requireNonNull(regex, "regex == null"));
    return new ConnectorSelector(
        "matching(" + regex + ")", null, (name, connector) -> pattern.matcher(name).matches());
  }

  /**
   * {@return the connectors whose connector instance is in one of {@code states}}
   *
   * @param states the states to select
   */
  public static ConnectorSelector inState(State... states) {
    Objects.requireNonNull(states, "states == null");
    Set<State> set = EnumSet.noneOf(State.class);
    for (State state : states) {
      set.add(Objects.requireNonNull(state, "states has a null element"));
    }
    return new ConnectorSelector(
        "inState(" + set.stream().map(State::name).collect(Collectors.joining(", ")) + ")",
        null,
        (name, connector) -> {
          ConnectorStatus status = connector.status();
          return status != null
              && status.connector() != null
              && set.contains(status.connector().state());
        });
  }

  /** {@return the connectors with at least one FAILED task} */
  public static ConnectorSelector withFailedTasks() {
    return new ConnectorSelector(
        "withFailedTasks()",
        null,
        (name, connector) ->
            connector.status() != null
                && connector.status().tasks().stream()
                    .anyMatch(task -> task.state() == State.FAILED));
  }

  /**
   * {@return the source or the sink connectors}
   *
   * @param type {@code SOURCE} or {@code SINK}
   */
  public static ConnectorSelector ofType(ConnectorType type) {
    Objects.requireNonNull(type, "type == null");
    return new ConnectorSelector(
        "ofType(" + type + ")",
        null,
        (name, connector) -> {
          if (connector.info() != null) {
            return connector.info().type() == type;
          }
          return connector.status() != null && connector.status().type() == type;
        });
  }

  /**
   * {@return the connectors both this and {@code other} select}
   *
   * @param other the other selector
   */
  public ConnectorSelector and(ConnectorSelector other) {
    Objects.requireNonNull(other, "other == null");
    Set<String> both;
    if (names == null || other.names == null) {
      both = names == null ? other.names : names;
    } else {
      Set<String> common = new LinkedHashSet<>(names);
      common.retainAll(other.names);
      both = Collections.unmodifiableSet(common);
    }
    BiPredicate<String, ConnectorExpanded> first = condition;
    BiPredicate<String, ConnectorExpanded> second = other.condition;
    return new ConnectorSelector(
        description + ".and(" + other.description + ")",
        both,
        (name, connector) -> first.test(name, connector) && second.test(name, connector));
  }

  /**
   * {@return whether this selector picks the connector {@code name} whose listing entry is {@code
   * connector} (null, or parts of it null, when unknown: a state condition then does not hold)}
   *
   * @param name the connector's name
   * @param connector its entry of the expanded listing
   */
  public boolean matches(String name, ConnectorExpanded connector) {
    return (names == null || names.contains(name))
        && condition.test(name, connector == null ? UNKNOWN : connector);
  }

  /**
   * {@return the names {@link #named(String...)} requires (their intersection when combined), or
   * empty when this selector only picks from the listing} A required name absent from the listing
   * is reported, not skipped.
   */
  public Optional<Set<String>> names() {
    return Optional.ofNullable(names);
  }

  /** How the selector was built, e.g. {@code matching(orders-.*).and(inState(FAILED))}. */
  @Override
  public String toString() {
    return description;
  }
}
