package io.github.connectclient.testkit;

import java.util.Objects;

/**
 * One jar of the Kafka classpath: Maven coordinates and the SHA-1 recorded when the testkit was
 * built.
 */
record MavenArtifact(
    String groupId, String artifactId, String version, String classifier, String sha1) {

  MavenArtifact {
    Objects.requireNonNull(groupId, "groupId == null");
    Objects.requireNonNull(artifactId, "artifactId == null");
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(sha1, "sha1 == null");
  }

  /**
   * Parses {@code groupId:artifactId:version[:classifier] sha1}, one line of the recorded
   * classpath.
   */
  static MavenArtifact parse(String line) {
    String[] fields = line.trim().split("\\s+");
    String[] parts = fields.length == 2 ? fields[0].split(":") : new String[0];
    if (parts.length < 3 || parts.length > 4 || !fields[1].matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException(
          "Not 'groupId:artifactId:version[:classifier] sha1': " + line);
    }
    return new MavenArtifact(
        parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : null, fields[1]);
  }

  /**
   * The jar's path inside a Maven repository, with '/' separators (local and remote layouts are the
   * same).
   */
  String repositoryPath() {
    String file =
        artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + ".jar";
    return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + file;
  }

  @Override
  public String toString() {
    return groupId
        + ":"
        + artifactId
        + ":"
        + version
        + (classifier == null ? "" : ":" + classifier);
  }
}
