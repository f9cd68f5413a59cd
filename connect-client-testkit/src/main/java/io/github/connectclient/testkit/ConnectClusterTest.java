package io.github.connectclient.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit 5 test class a running {@link ConnectCluster}, started before its first test and
 * injected into any constructor, lifecycle or test method parameter of type {@code ConnectCluster}.
 *
 * <pre>{@code
 * @ConnectClusterTest(workers = 2, kafkaVersion = "3.9.1", plugins = "target/my-connector.jar")
 * class MyConnectorIT {
 *     @Test
 *     void runs(ConnectClient client, ConnectCluster cluster) { ... }
 * }
 * }</pre>
 *
 * <p>Parameters of type {@code ConnectClient} and {@code AsyncConnectClient} (where {@code
 * connect-client-core} / {@code connect-client-async} are on the test classpath) get a client for
 * every running worker's URL, closed after the test or lifecycle method.
 *
 * <p>By default the cluster belongs to the class (and its {@code @Nested} classes) and stops after
 * it. With {@link #shared()} every class in the JVM that asks for the same configuration gets one
 * cluster, stopped when the whole test run ends: start-up takes 7-20 s, so a suite should not pay
 * it for every class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ConnectClusterExtension.class)
public @interface ConnectClusterTest {

  /** {@return Number of Connect workers (default 2)} */
  int workers() default 2;

  /**
   * The Apache Kafka release, any from {@code 3.6.0} on; empty for the default ({@code
   * -Dconnect.testkit.kafka.version}, else 4.3.1). See {@link ConnectClusterBuilder#kafkaVersion}.
   *
   * @return the Kafka release, or empty for the default
   */
  String kafkaVersion() default "";

  /**
   * Plugin files for every worker's {@code plugin.path}: jars, directories of jars, Confluent-Hub
   * zips, relative to the working directory. See {@link ConnectClusterBuilder#plugin}.
   *
   * @return the plugin files
   */
  String[] plugins() default {};

  /**
   * Plugins as {@code groupId:artifactId:version}, resolved with their runtime dependencies. See
   * {@link ConnectClusterBuilder#pluginArtifact}.
   *
   * @return the plugins' coordinates
   */
  String[] pluginArtifacts() default {};

  /**
   * Plugins your own module builds, by the name of one of their classes (not loaded): its classes
   * directory or jar plus the runtime dependencies of its {@code pom.xml}. See {@link
   * ConnectClusterBuilder#pluginFromClasspath(String)}.
   *
   * @return the names of one class of each plugin
   */
  String[] pluginsFromClasspath() default {};

  /** {@return Worker config entries as {@code key=value}, overriding the testkit's defaults} */
  String[] workerProperties() default {};

  /** {@return Broker config entries as {@code key=value}, overriding the testkit's defaults} */
  String[] brokerProperties() default {};

  /**
   * Share one cluster among all test classes of the JVM that declare the same configuration (every
   * other attribute of this annotation); it stops when the test run ends. Tests that kill or add
   * workers, or otherwise change the cluster, should not share.
   *
   * @return whether the cluster is shared (default false)
   */
  boolean shared() default false;
}
