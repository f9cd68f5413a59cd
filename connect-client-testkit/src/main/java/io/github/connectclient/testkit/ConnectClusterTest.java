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
 * @ConnectClusterTest(workers = 2)
 * class MyConnectorIT {
 *     @Test
 *     void runs(ConnectCluster cluster) { ... cluster.workerUrl(0) ... }
 * }
 * }</pre>
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

  /** {@return the number of Connect workers (default 2)} */
  int workers() default 2;

  /** {@return the worker config entries as {@code key=value}, overriding the testkit's defaults} */
  String[] workerProperties() default {};

  /** {@return the broker config entries as {@code key=value}, overriding the testkit's defaults} */
  String[] brokerProperties() default {};

  /**
   * Whether to share one cluster among all test classes of the JVM that declare the same {@link
   * #workers()}, {@link #workerProperties()} and {@link #brokerProperties()}; it stops when the
   * test run ends. Tests that kill or add workers, or otherwise change the cluster, should not
   * share.
   *
   * @return whether the cluster is shared (default false)
   */
  boolean shared() default false;
}
