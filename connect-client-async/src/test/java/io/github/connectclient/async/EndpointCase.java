package io.github.connectclient.async;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.testsupport.Fixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import org.assertj.core.api.Assertions;

/**
 * One row of the endpoint table: a client method with its arguments, the request it must send, the
 * answer the server gives and what the result must be. Invoked by reflection on either client so
 * that one row serves the sync and the async twin.
 */
final class EndpointCase {

  final String name;
  final Class<?>[] parameterTypes;
  final Object[] arguments;
  String httpMethod;
  String target;
  String requestJson;
  int status = 200;
  String body;
  Consumer<Object> check = result -> {};
  boolean sameResult = true;

  private EndpointCase(String name, Class<?>[] parameterTypes, Object[] arguments) {
    this.name = name;
    this.parameterTypes = parameterTypes;
    this.arguments = arguments;
  }

  /** A method taking no arguments. */
  static EndpointCase call(String name) {
    return new EndpointCase(name, new Class<?>[0], new Object[0]);
  }

  /** A method with its parameter types and the arguments to pass. */
  static EndpointCase call(String name, Class<?>[] parameterTypes, Object... arguments) {
    return new EndpointCase(name, parameterTypes, arguments);
  }

  static Class<?>[] types(Class<?>... types) {
    return types;
  }

  EndpointCase sends(String httpMethod, String target) {
    this.httpMethod = httpMethod;
    this.target = target;
    return this;
  }

  /** The JSON body the request must carry (compared as JSON values, key order ignored). */
  EndpointCase withBody(String json) {
    this.requestJson = json;
    return this;
  }

  EndpointCase answers(int status, String body) {
    this.status = status;
    this.body = body;
    return this;
  }

  EndpointCase answers(int status) {
    return answers(status, null);
  }

  /** Answers with the captured response {@code fixture} ({@link Fixtures}): its status and body. */
  EndpointCase answers(String fixture) {
    return answers(Fixtures.status(fixture), Fixtures.body(fixture));
  }

  EndpointCase returns(Object expected) {
    this.check = result -> Assertions.assertThat(result).isEqualTo(expected);
    return this;
  }

  EndpointCase satisfies(Consumer<Object> check) {
    this.check = check;
    return this;
  }

  /** The results carry durations: each is checked, but they are not compared with each other. */
  EndpointCase timed() {
    this.sameResult = false;
    return this;
  }

  MockResponse response() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    if (body != null) {
      response.setHeader("Content-Type", "application/json").body(body);
    }
    return response.build();
  }

  Object invokeSync(ConnectClient client) {
    return invoke(ConnectClient.class, client);
  }

  CompletableFuture<?> invokeAsync(AsyncConnectClient client) {
    return (CompletableFuture<?>) invoke(AsyncConnectClient.class, client);
  }

  /** {@code name(Type, Type)}, as {@link #signatureOf(Method)} writes it. */
  String signature() {
    return name
        + Arrays.stream(parameterTypes)
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  static String signatureOf(Method method) {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  private Object invoke(Class<?> type, Object client) {
    try {
      return type.getMethod(name, parameterTypes).invoke(client, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public String toString() {
    return signature();
  }
}
