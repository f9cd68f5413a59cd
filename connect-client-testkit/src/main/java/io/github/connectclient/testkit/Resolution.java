package io.github.connectclient.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the resolver answered: the jars in classpath order, and the roots it could not resolve. */
record Resolution(Map<String, List<String>> answer) {

  Resolution {
    answer = Map.copyOf(answer);
  }

  /** One resolved jar: {@code groupId:artifactId:version[:classifier]} and its file. */
  record Artifact(String coordinates, Path file) {

    String groupId() {
      return coordinates.split(":")[0];
    }

    String artifactId() {
      return coordinates.split(":")[1];
    }

    String version() {
      return coordinates.split(":")[2];
    }
  }

  /** A root that did not resolve: its coordinates, whether it was required, and why. */
  record Missing(String coordinates, boolean required, String reason) {}

  List<Artifact> artifacts() {
    List<Artifact> artifacts = new ArrayList<>();
    for (String line : list("artifacts")) {
      int bar = line.indexOf('|');
      artifacts.add(new Artifact(line.substring(0, bar), Path.of(line.substring(bar + 1))));
    }
    return artifacts;
  }

  List<Missing> missing() {
    List<Missing> missing = new ArrayList<>();
    for (String line : list("missing")) {
      String[] parts = line.split("\\|", 3);
      missing.add(new Missing(parts[0], parts[1].equals("required"), parts[2]));
    }
    return missing;
  }

  /** The remote repositories asked, {@code id url} each, for messages. */
  List<String> repositories() {
    return list("repositories");
  }

  /** Whether every jar it names is still on disk (a cached answer is stale otherwise). */
  boolean filesExist() {
    return artifacts().stream().allMatch(a -> Files.isRegularFile(a.file()));
  }

  private List<String> list(String key) {
    return answer.getOrDefault(key, List.of());
  }
}
