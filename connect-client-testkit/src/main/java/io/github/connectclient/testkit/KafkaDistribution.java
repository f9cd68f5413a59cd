package io.github.connectclient.testkit;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The jars of one Kafka release for the child JVMs, resolved at run time: Kafka's own runtime
 * closure (broker, Connect runtime, JSON converter, transforms, tools), the bundled connectors when
 * they resolve, and an slf4j binding where the release has none. Neither the testkit's nor the
 * user's dependencies are on it, and none of it is on the user's classpath.
 */
record KafkaDistribution(
    KafkaRelease release, List<Path> jars, List<String> missingBundled, boolean log4j1) {

  static final String GROUP = "org.apache.kafka";
  static final List<String> REQUIRED =
      List.of("kafka_2.13", "connect-runtime", "connect-json", "connect-transforms", "kafka-tools");

  /** Bundled with Kafka, but a partial mirror may lack them: started without, after a warning. */
  static final List<String> BUNDLED =
      List.of("connect-file", "connect-mirror", "connect-basic-auth-extension");

  private static final Set<String> SLF4J_BINDINGS =
      Set.of(
          "org.slf4j:slf4j-reload4j",
          "org.slf4j:slf4j-log4j12",
          "org.apache.logging.log4j:log4j-slf4j-impl",
          "org.apache.logging.log4j:log4j-slf4j2-impl");

  private static final System.Logger LOG = System.getLogger(ConnectCluster.class.getName());
  private static final Map<String, KafkaDistribution> RESOLVED = new HashMap<>();

  KafkaDistribution {
    jars = List.copyOf(jars);
    missingBundled = List.copyOf(missingBundled);
  }

  /**
   * Kafka {@code release}, resolved once per JVM (and cached on disk by the resolver). Logs one
   * warning if bundled connectors are missing.
   *
   * @throws ConnectClusterException if the release does not exist or cannot be resolved
   */
  static synchronized KafkaDistribution of(KafkaRelease release, MavenResolver resolver) {
    KafkaDistribution known = RESOLVED.get(release.version());
    if (known == null) {
      known = resolve(release, resolver);
      if (!known.missingBundled().isEmpty()) {
        LOG.log(
            Level.WARNING,
            "Kafka {0}: starting without {1}, which did not resolve (their connectors,"
                + " e.g. FileStreamSource and MirrorSource, are not installed)",
            release,
            String.join(", ", known.missingBundled()));
      }
      RESOLVED.put(release.version(), known);
    }
    return known;
  }

  static KafkaDistribution resolve(KafkaRelease release, MavenResolver resolver) {
    Map<String, List<String>> request = new HashMap<>();
    request.put("roots", coordinates(REQUIRED, release));
    request.put("optionalRoots", coordinates(BUNDLED, release));
    Resolution resolution = resolver.resolve(request, true);
    List<Resolution.Missing> requiredMissing =
        resolution.missing().stream().filter(Resolution.Missing::required).toList();
    if (!requiredMissing.isEmpty()) {
      throw new ConnectClusterException(
          "Apache Kafka "
              + release
              + " cannot be resolved (is it a released version?): "
              + requiredMissing.get(0).coordinates()
              + ": "
              + requiredMissing.get(0).reason()
              + " [repositories: "
              + String.join(", ", resolution.repositories())
              + "]");
    }
    List<Resolution.Artifact> artifacts = new ArrayList<>(resolution.artifacts());
    artifacts.addAll(slf4jBinding(artifacts, resolver));
    List<String> missing =
        resolution.missing().stream()
            .map(m -> m.coordinates().split(":")[1])
            .collect(Collectors.toList());
    boolean log4j1 =
        artifacts.stream()
            .anyMatch(a -> a.artifactId().equals("reload4j") || a.artifactId().equals("log4j"));
    return new KafkaDistribution(
        release, artifacts.stream().map(Resolution.Artifact::file).toList(), missing, log4j1);
  }

  /**
   * Kafka 4.x logs through slf4j 1.7 onto log4j 2 without shipping the bridge between them: add
   * log4j's binding for that slf4j, at the log4j version Kafka brings (3.x brings slf4j-reload4j).
   */
  private static List<Resolution.Artifact> slf4jBinding(
      List<Resolution.Artifact> artifacts, MavenResolver resolver) {
    if (artifacts.stream()
        .anyMatch(a -> SLF4J_BINDINGS.contains(a.groupId() + ":" + a.artifactId()))) {
      return List.of();
    }
    String log4j = version(artifacts, "org.apache.logging.log4j:log4j-core");
    String slf4j = version(artifacts, "org.slf4j:slf4j-api");
    if (log4j == null || slf4j == null) {
      return List.of();
    }
    String binding = slf4j.startsWith("1.") ? "log4j-slf4j-impl" : "log4j-slf4j2-impl";
    Map<String, List<String>> request = new HashMap<>();
    request.put("roots", List.of("org.apache.logging.log4j:" + binding + ":" + log4j));
    request.put("excludes", List.of("org.apache.logging.log4j:*", "org.slf4j:*"));
    return resolver.resolve(request, true).artifacts();
  }

  private static String version(List<Resolution.Artifact> artifacts, String groupAndArtifact) {
    return artifacts.stream()
        .filter(a -> (a.groupId() + ":" + a.artifactId()).equals(groupAndArtifact))
        .map(Resolution.Artifact::version)
        .findFirst()
        .orElse(null);
  }

  private static List<String> coordinates(List<String> artifactIds, KafkaRelease release) {
    return artifactIds.stream().map(a -> GROUP + ":" + a + ":" + release.version()).toList();
  }
}
