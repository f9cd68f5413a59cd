package io.github.connectclient.testkit.resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Exclusion;

/** One request to {@link ResolverBridge}, read from its map of string lists. */
final class Request {

  private final Map<String, List<String>> values;
  private final List<Exclusion> exclusions = new ArrayList<>();

  Request(Map<String, List<String>> values) {
    this.values = Map.copyOf(values);
    for (String exclude : list("excludes")) {
      String[] parts = exclude.split(":");
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            "Expected groupId:artifactId to exclude, got " + exclude);
      }
      exclusions.add(new Exclusion(parts[0], parts[1], "*", "*"));
    }
  }

  List<String> roots() {
    return list("roots");
  }

  List<String> optionalRoots() {
    return list("optionalRoots");
  }

  /** The {@code pom.xml} whose runtime dependencies are resolved; null if none. */
  Path project() {
    String project = single("project");
    return project == null ? null : Path.of(project);
  }

  /** A {@code settings.xml} to read instead of {@code ~/.m2/settings.xml}; null if none. */
  Path settings() {
    String settings = single("settings");
    return settings == null ? null : Path.of(settings);
  }

  /** The local repository to use instead of the one the settings name; null if none. */
  Path localRepository() {
    String repository = single("localRepository");
    return repository == null ? null : Path.of(repository);
  }

  /** Offline (true), online (false), or as the settings say (null). */
  Boolean offline() {
    String offline = single("offline");
    return offline == null ? null : Boolean.valueOf(offline);
  }

  /** Every exclusion, for the roots' dependencies. */
  List<Exclusion> exclusions() {
    return List.copyOf(exclusions);
  }

  /** Whether {@code artifact} itself matches an exclusion. */
  boolean excluded(Artifact artifact) {
    for (Exclusion e : exclusions) {
      if (matches(e.getGroupId(), artifact.getGroupId())
          && matches(e.getArtifactId(), artifact.getArtifactId())) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String pattern, String value) {
    return "*".equals(pattern) || pattern.equals(value);
  }

  private List<String> list(String key) {
    return values.getOrDefault(key, List.of());
  }

  private String single(String key) {
    List<String> list = list(key);
    return list.isEmpty() ? null : list.get(0);
  }
}
