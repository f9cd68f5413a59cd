package io.github.connectclient.testkit;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ConnectClusterTest}: starts the cluster in {@code beforeAll}
 * (so a start-up failure fails the class, with the log tail in the message) and resolves {@link
 * ConnectCluster} parameters.
 *
 * <p>The cluster lives in an {@link ExtensionContext.Store}: the class's store (closed after the
 * class) or, when {@link ConnectClusterTest#shared()}, the root store under its configuration
 * (closed when the test run ends).
 */
public final class ConnectClusterExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ConnectClusterExtension.class);
  private static final String CLUSTER = "cluster";

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster(context);
  }

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == ConnectCluster.class || ClientParameters.supports(type);
  }

  /**
   * The cluster, or a client for its running workers that is closed with {@code extensionContext}:
   * after the test for a test method's parameter, after the class for a {@code @BeforeAll}
   * method's.
   */
  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    ConnectCluster cluster = cluster(extensionContext);
    Class<?> type = parameterContext.getParameter().getType();
    if (type == ConnectCluster.class) {
      return cluster;
    }
    AutoCloseable client = ClientParameters.create(type, cluster.workerUrls());
    extensionContext.getStore(NAMESPACE).put(new Object(), new ClientResource(client));
    return client;
  }

  /**
   * The cluster of the test class {@code context} belongs to, started on first use. Store lookups
   * fall back to enclosing contexts, so {@code @Nested} classes use their outer class's cluster.
   */
  private static ConnectCluster cluster(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    ExtensionContext owner = classContext;
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(CLUSTER, key -> open(owner), ClusterResource.class)
        .cluster();
  }

  private static ClusterResource open(ExtensionContext classContext) {
    ConnectClusterTest annotation =
        findAnnotation(classContext)
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        ConnectClusterExtension.class.getSimpleName()
                            + " needs @ConnectClusterTest on the test class or an enclosing"
                            + " class"));
    Spec spec = Spec.of(annotation);
    if (!annotation.shared()) {
      return new ClusterResource(spec.start(), true);
    }
    ClusterResource shared =
        classContext
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                spec, key -> new ClusterResource(spec.start(), true), ClusterResource.class);
    return new ClusterResource(shared.cluster(), false);
  }

  private static Optional<ConnectClusterTest> findAnnotation(ExtensionContext context) {
    for (Optional<Class<?>> type = context.getTestClass();
        type.isPresent();
        type = Optional.ofNullable(type.get().getEnclosingClass())) {
      Optional<ConnectClusterTest> found =
          AnnotationSupport.findAnnotation(type.get(), ConnectClusterTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** What makes two shared clusters the same; the key of a shared cluster in the root store. */
  private record Spec(
      int workers,
      String kafkaVersion,
      List<String> plugins,
      List<String> pluginArtifacts,
      List<String> pluginsFromClasspath,
      Map<String, String> workerProperties,
      Map<String, String> brokerProperties) {

    static Spec of(ConnectClusterTest annotation) {
      return new Spec(
          annotation.workers(),
          annotation.kafkaVersion(),
          List.of(annotation.plugins()),
          List.of(annotation.pluginArtifacts()),
          List.of(annotation.pluginsFromClasspath()),
          parse(annotation.workerProperties()),
          parse(annotation.brokerProperties()));
    }

    ConnectCluster start() {
      ConnectClusterBuilder builder =
          ConnectCluster.builder().workers(workers).workerProperties(workerProperties);
      brokerProperties.forEach(builder::brokerProperty);
      if (!kafkaVersion.isBlank()) {
        builder.kafkaVersion(kafkaVersion);
      }
      plugins.forEach(p -> builder.plugin(Path.of(p)));
      pluginArtifacts.forEach(builder::pluginArtifact);
      pluginsFromClasspath.forEach(builder::pluginFromClasspath);
      ConnectCluster cluster = builder.build();
      cluster.start();
      return cluster;
    }

    private static Map<String, String> parse(String[] entries) {
      Map<String, String> map = new TreeMap<>();
      for (String entry : entries) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
          throw new ExtensionConfigurationException(
              "Expected key=value in @ConnectClusterTest, got '"
                  + entry
                  + "' of "
                  + Arrays.toString(entries));
        }
        map.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
      }
      return Map.copyOf(map);
    }
  }

  /**
   * A cluster in a store; JUnit closes it with its store. JUnit 5.13+ closes {@code AutoCloseable}
   * values (and warns about values that are only a {@code CloseableResource}); older JUnit 5 closes
   * only a {@code CloseableResource}. Being both works with either, and closes once.
   */
  @SuppressWarnings("deprecation")
  private record ClusterResource(ConnectCluster cluster, boolean owner)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    @Override
    public void close() {
      if (owner) {
        cluster.close();
      }
    }
  }

  /** An injected client in a store, closed with it (see {@link ClusterResource} for why both). */
  @SuppressWarnings("deprecation")
  private record ClientResource(AutoCloseable client)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    @Override
    public void close() throws Exception {
      client.close();
    }
  }

  /** Instantiated by JUnit through {@code @ExtendWith}. */
  public ConnectClusterExtension() {}
}
