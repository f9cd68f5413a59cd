package io.github.connectclient.testkit.resolver;

import org.eclipse.aether.artifact.Artifact;

/** {@code groupId:artifactId:version[:classifier]} of a jar, as the testkit names them. */
final class Coordinates {

  private Coordinates() {}

  static String of(Artifact a) {
    String base = a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion();
    return a.getClassifier().isEmpty() ? base : base + ":" + a.getClassifier();
  }
}
