package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.ConnectClient;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@link ConnectClient} method has an {@link AsyncConnectClient} twin, and nothing more. */
class AsyncParityTest {

  static Stream<Method> syncMethods() {
    return operations(ConnectClient.class);
  }

  static Stream<Method> asyncMethods() {
    return operations(AsyncConnectClient.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syncMethods")
  void everySyncMethod_hasAnAsyncTwinReturningAFutureOfItsBoxedResult(Method sync)
      throws Exception {
    Method async = AsyncConnectClient.class.getMethod(sync.getName(), sync.getParameterTypes());

    assertThat(async.getGenericParameterTypes()).containsExactly(sync.getGenericParameterTypes());
    assertThat(async.getReturnType()).isEqualTo(CompletableFuture.class);
    Type futureOf = ((ParameterizedType) async.getGenericReturnType()).getActualTypeArguments()[0];
    assertThat(futureOf).isEqualTo(boxed(sync.getGenericReturnType()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("asyncMethods")
  void everyAsyncMethod_hasASyncTwin(Method async) throws Exception {
    assertThat(ConnectClient.class.getMethod(async.getName(), async.getParameterTypes()))
        .isNotNull();
  }

  @Test
  void bothClients_areAutoCloseableWithAPlainClose() throws Exception {
    assertThat(AutoCloseable.class).isAssignableFrom(AsyncConnectClient.class);
    Method close = AsyncConnectClient.class.getMethod("close");
    assertThat(close.getReturnType()).isEqualTo(void.class);
    assertThat(close.getExceptionTypes()).isEmpty();
  }

  @Test
  void builder_sharesTheSyncBuildersOptions() throws Exception {
    assertThat(AsyncConnectClient.Builder.class.getSuperclass()).isEqualTo(ClientBuilder.class);
    List<String> ownOptions =
        Arrays.stream(AsyncConnectClient.Builder.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
            .map(Method::getName)
            .toList();
    assertThat(ownOptions).containsExactlyInAnyOrder("completionExecutor", "build");
    assertThat(AsyncConnectClient.builder().url("http://localhost:8083"))
        .isInstanceOf(AsyncConnectClient.Builder.class);
  }

  private static Stream<Method> operations(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(m -> !m.getName().equals("close"));
  }

  private static Type boxed(Type type) {
    if (type instanceof Class<?> raw && raw.isPrimitive()) {
      return MethodType.methodType(raw).wrap().returnType();
    }
    return type;
  }
}
