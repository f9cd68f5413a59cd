package io.github.connectclient.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which plugins every worker of a client has: the answer of {@code checkPlugins()}, which asks each
 * configured worker URL for its plugins ({@code GET /connector-plugins?connectorsOnly=false}). A
 * connector must be installed on every worker of a cluster (the one running a task may be any).
 *
 * @param workers the worker URLs asked, in the client's order
 * @param plugins every plugin class and version some worker lists, sorted by class, kind and
 *     version, each with the workers that have it and those that answered without it (a class that
 *     is two kinds of plugin, such as a converter that is also a header converter, is an entry per
 *     kind)
 * @param unreachable the workers whose plugins could not be read (down, refusing, answering an
 *     error, too old for the listing), each with why, in the client's order
 */
public record PluginReport(
    List<String> workers, List<PluginPresence> plugins, Map<String, String> unreachable) {

  private static final Comparator<PluginPresence> ORDER =
      Comparator.comparing(
              PluginPresence::className, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(PluginPresence::type)
          .thenComparing(PluginPresence::version, Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * Copies the collections.
   *
   * @param plugins the plugins
   * @param unreachable the unreachable
   * @param workers the workers
   */
  public PluginReport {
    workers = ImmutableCopy.of(workers);
    plugins = ImmutableCopy.of(plugins);
    unreachable = ImmutableCopy.of(unreachable);
  }

  /**
   * The report of what {@code listed} says each worker has.
   *
   * @param workers the worker URLs asked, in order
   * @param listed per worker that answered, the plugins it listed
   * @param unreachable per worker that did not, why
   * @return the of
   */
  public static PluginReport of(
      List<String> workers, Map<String, List<PluginInfo>> listed, Map<String, String> unreachable) {
    Map<Key, PluginInfo> first = new LinkedHashMap<>();
    Map<Key, List<String>> presentOn = new LinkedHashMap<>();
    for (String worker : workers) {
      for (PluginInfo plugin : listed.getOrDefault(worker, List.of())) {
        Key key = new Key(plugin.className(), plugin.type(), plugin.version());
        first.putIfAbsent(key, plugin);
        List<String> on = presentOn.computeIfAbsent(key, k -> new ArrayList<>());
        if (!on.contains(worker)) {
          on.add(worker);
        }
      }
    }
    List<PluginPresence> plugins = new ArrayList<>();
    first.forEach(
        (key, plugin) -> {
          List<String> missingOn = new ArrayList<>();
          for (String worker : workers) {
            if (listed.containsKey(worker) && !presentOn.get(key).contains(worker)) {
              missingOn.add(worker);
            }
          }
          plugins.add(
              new PluginPresence(
                  key.className(), key.version(), key.type(), presentOn.get(key), missingOn));
        });
    plugins.sort(ORDER);
    Map<String, String> down = new LinkedHashMap<>();
    for (String worker : workers) {
      if (unreachable.containsKey(worker)) {
        down.put(worker, unreachable.get(worker));
      }
    }
    return new PluginReport(workers, plugins, down);
  }

  /** A plugin class of one kind (a class may be a converter and a header converter) and version. */
  private record Key(String className, PluginType type, String version) {}

  /**
   * Whether every worker answered and has every plugin in the same versions: nothing {@link
   * #missing()}, nothing {@link #unreachable()}.
   *
   * @return the consistent
   */
  public boolean consistent() {
    return unreachable.isEmpty() && missing().isEmpty();
  }

  /**
   * The plugins (class and version) that some worker that answered lacks, with those workers.
   *
   * @return the missing
   */
  public List<PluginPresence> missing() {
    return plugins.stream().filter(plugin -> !plugin.onEveryWorker()).toList();
  }
}
