package io.github.connectclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.internal.endpoint.Calls;
import io.github.connectclient.internal.endpoint.Endpoint;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.InitialState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.RestartOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The endpoint table and the client agree: every {@link ConnectClient} REST method sends exactly
 * the request its {@link Calls} twin describes, and every entry of {@link Endpoints#ALL} is used by
 * some client method.
 */
class EndpointCoverageTest {

  /** Client methods that are not one REST call. */
  private static final Set<String> HELPERS =
      Set.of(
          "awaitConnectorState",
          "awaitConnectorDeleted",
          "plan",
          "apply",
          "findConnectors",
          "pauseConnectors",
          "resumeConnectors",
          "stopConnectors",
          "deleteConnectors",
          "restartConnectors",
          "close");

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  static Stream<Named<Method>> restMethods() {
    return Arrays.stream(ConnectClient.class.getMethods())
        .filter(method -> !Modifier.isStatic(method.getModifiers()))
        .filter(method -> method.getDeclaringClass() == ConnectClient.class)
        .filter(method -> !HELPERS.contains(method.getName()))
        .sorted((a, b) -> describe(a).compareTo(describe(b)))
        .map(method -> Named.of(describe(method), method));
  }

  private static String describe(Method method) {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** An operation calling {@code method} with plausible arguments. */
  private static Operation sampleCall(Method method) {
    Object[] args = new Object[method.getParameterCount()];
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      args[i] = sample(types[i], method.getName(), i);
    }
    return new Operation(method.getName(), args);
  }

  private static Object sample(Class<?> type, String methodName, int index) {
    if (type == String.class) {
      return methodName.toLowerCase().contains("logger") && index == 1 ? "DEBUG" : "src 1";
    }
    if (type == int.class) {
      return 2;
    }
    if (type == Map.class) {
      Map<String, String> config = new LinkedHashMap<>();
      config.put("connector.class", "io.example.Src");
      config.put("tasks.max", "1");
      return config;
    }
    if (type == NewConnector.class) {
      return new NewConnector(
          "src 1", Map.of("connector.class", "io.example.Src"), InitialState.PAUSED);
    }
    if (type == RestartOptions.class) {
      return RestartOptions.failedConnectorAndTasks();
    }
    if (type == ConnectorOffsets.class) {
      return ConnectorOffsets.of(ConnectorOffset.sink("t1", 0, 5L));
    }
    throw new AssertionError("no sample argument for " + type + " of " + methodName);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("restMethods")
  void clientMethod_sendsExactlyTheRequestOfItsCallsTwin(Method method) throws Exception {
    Operation operation = sampleCall(method);
    PreparedCall<?> call = connect.transport().prepare(operation.call(connect.calls()));
    connect.enqueue(Answers.empty(204));

    try {
      operation.invoke(connect.client());
    } catch (ConnectClientException decodingAnEmptyBody) {
      // the answer does not matter here, only the request
    }

    RecordedRequest request = connect.takeRequest();
    assertThat(request.getMethod()).isEqualTo(call.method());
    assertThat(request.getTarget()).isEqualTo(call.encodedPath());
    if (call.body() == null) {
      assertThat(request.getBodySize()).isZero();
    } else {
      assertThat(request.getBody().toByteArray()).isEqualTo(call.body());
    }
    assertThat(call.endpoint().operation())
        .as("the endpoint's operation name")
        .isEqualTo(method.getName());
  }

  @Test
  void everyEndpoint_isCalledBySomeClientMethod_andNoTwoMethodsShareOne() {
    Calls calls = connect.calls();
    Map<Endpoint<?>, Set<String>> methodsByEndpoint = new LinkedHashMap<>();
    restMethods()
        .forEach(
            named -> {
              Method method = named.getPayload();
              Endpoint<?> endpoint = sampleCall(method).call(calls).endpoint();
              methodsByEndpoint
                  .computeIfAbsent(endpoint, e -> new HashSet<>())
                  .add(method.getName());
            });

    assertThat(methodsByEndpoint.keySet()).containsExactlyInAnyOrderElementsOf(Endpoints.ALL);
    assertThat(methodsByEndpoint.values())
        .as("only overloads of one method (createConnector) share an endpoint")
        .allSatisfy(names -> assertThat(names).hasSize(1));
  }

  @Test
  void noTwoMethodsSendTheSameRequest() {
    Calls calls = connect.calls();
    Map<String, String> methodByRequest = new LinkedHashMap<>();
    restMethods()
        .forEach(
            named -> {
              PreparedCall<?> call =
                  connect.transport().prepare(sampleCall(named.getPayload()).call(calls));
              String requestLine = call.method() + " " + call.encodedPath();
              String earlier =
                  methodByRequest.putIfAbsent(requestLine, named.getPayload().getName());
              assertThat(earlier == null || earlier.equals(named.getPayload().getName()))
                  .as("%s and %s both send %s", earlier, named.getPayload().getName(), requestLine)
                  .isTrue();
            });
  }
}
