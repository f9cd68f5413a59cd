package io.github.connectclient.testkit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a user's Connect plugin comes from; {@link PluginInstaller} turns each into a directory.
 */
sealed interface PluginSource {

  /** A jar, a directory of jars (or of classes), or a Confluent-Hub style zip. */
  record Local(Path path) implements PluginSource {
    public Local {
      Objects.requireNonNull(path, "path == null");
    }
  }

  /** {@code groupId:artifactId:version}, resolved with its runtime dependencies. */
  record Artifact(String coordinates) implements PluginSource {
    public Artifact {
      Objects.requireNonNull(coordinates, "coordinates == null");
      if (coordinates.split(":").length < 3) {
        throw new IllegalArgumentException(
            "Expected groupId:artifactId:version, got '" + coordinates + "'");
      }
    }
  }

  /**
   * The classes directory or jar a class is found in ({@code className} as a resource of {@code
   * loader}, not loaded), with the runtime dependencies of the Maven project that builds it.
   */
  record Classpath(String className, ClassLoader loader) implements PluginSource {
    public Classpath {
      Objects.requireNonNull(className, "className == null");
      Objects.requireNonNull(loader, "loader == null");
    }

    String simpleName() {
      return className.substring(className.lastIndexOf('.') + 1);
    }
  }
}
