package io.github.connectclient.apply;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code apply} will do to make the cluster look like the specs, as {@code plan} read it: one
 * {@link ConnectorChange} per spec (in spec order), then one per connector that {@code prune}
 * deletes. Making a plan sends no write; {@code apply(plan)} carries out exactly this plan.
 *
 * <p>{@link #toString()} prints it like {@code terraform plan}, secrets masked.
 *
 * @param changes one per connector
 * @param specs the specs the plan was made from (what {@code apply} sends)
 * @param options the options the plan was made with (what {@code apply} follows)
 */
public record Plan(List<ConnectorChange> changes, List<ConnectorSpec> specs, ApplyOptions options) {

  /**
   * Copies the lists.
   *
   * @param changes one per connector
   * @param specs the specs the plan was made from (what {@code apply} sends)
   * @param options the options the plan was made with (what {@code apply} follows)
   */
  public Plan {
    changes = List.copyOf(changes);
    specs = List.copyOf(specs);
    Objects.requireNonNull(options, "options == null");
  }

  /** {@return whether every change is {@link Action#NONE}: applying it sends nothing} */
  public boolean isEmpty() {
    return changes.stream().allMatch(change -> change.action() == Action.NONE);
  }

  /**
   * {@return the change of connector {@code name}, if the plan has one}
   *
   * @param name the connector's name
   */
  public Optional<ConnectorChange> change(String name) {
    return changes.stream().filter(change -> change.name().equals(name)).findFirst();
  }

  /**
   * {@return the spec of connector {@code name}, if the plan was made with one}
   *
   * @param name the connector's name
   */
  public Optional<ConnectorSpec> spec(String name) {
    return specs.stream().filter(spec -> spec.name().equals(name)).findFirst();
  }

  /** The plan as {@code terraform plan} would print it; sensitive values masked. */
  @Override
  public String toString() {
    return PlanText.render(this);
  }
}
