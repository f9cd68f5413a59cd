package io.github.connectclient.model;

import java.util.List;

/**
 * One plugin (class, kind and version) across the workers of a client, an entry of a {@link
 * PluginReport}.
 *
 * @param className the plugin's fully qualified class name
 * @param version the plugin version as the workers list it, or {@code null} when the plugin reports
 *     none
 * @param type the plugin kind; a class listed as two kinds (a converter that is also a header
 *     converter) has an entry for each
 * @param presentOn the URLs of the workers that list this class in this version, in the client's
 *     order
 * @param missingOn the URLs of the workers that answered without it (another version of the class,
 *     or none), in the client's order; unreachable workers are in neither list
 */
public record PluginPresence(
    String className,
    String version,
    PluginType type,
    List<String> presentOn,
    List<String> missingOn) {

  /**
   * Copies the lists.
   *
   * @param className the class name
   * @param missingOn the missing on
   * @param presentOn the present on
   * @param type the type
   * @param version the version
   */
  public PluginPresence {
    presentOn = ImmutableCopy.of(presentOn);
    missingOn = ImmutableCopy.of(missingOn);
  }

  /**
   * Whether every worker that answered has it.
   *
   * @return the on every worker
   */
  public boolean onEveryWorker() {
    return missingOn.isEmpty();
  }
}
