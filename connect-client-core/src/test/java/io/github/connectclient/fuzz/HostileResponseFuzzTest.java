package io.github.connectclient.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.ClientBuilder;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.internal.config.TestSeams;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.Calls;
import io.github.connectclient.internal.endpoint.Endpoint;
import io.github.connectclient.internal.endpoint.Endpoints;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.model.ConnectorOffset;
import io.github.connectclient.model.ConnectorOffsets;
import io.github.connectclient.model.RestartOptions;
import io.github.connectclient.security.CapturedLogs;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Okio;
import org.junit.jupiter.api.Test;

/**
 * Hostile input from the server (issue 6, point 5): a seeded fuzz run feeds malformed, truncated,
 * wrongly-typed, deeply nested, non-UTF-8 and oversized bodies, with success and error statuses,
 * for EVERY endpoint (so every response type and reader) through the real decoding path, sync and
 * async. Every outcome must be a value that matches its declared type all the way down, or a {@link
 * ConnectClientException}: never an NPE, a ClassCastException, another exception, or a hang.
 *
 * <p>The path is the production one minus the socket: the client's {@link Transport} (status
 * handling, redirects, {@code maxResponseBytes}, error mapping), its readers and {@link JsonCodec},
 * with an OkHttp application interceptor answering in place of the network. That makes 10,000
 * bodies per response type (about 190,000 in all) a matter of seconds, where MockWebServer manages
 * a few thousand requests a second; HTTP framing (truncated Content-Length, chunked bodies past the
 * limit, dropped connections) needs real sockets and is fuzzed over MockWebServer in {@link
 * HttpFramingFuzzTest}. Reproduce a failure with {@code -Dfuzz.seed=<seed>}.
 */
class HostileResponseFuzzTest {

  /** Bodies per response type (split among the endpoints that share it). */
  private static final int PER_TYPE = Integer.getInteger("fuzz.perType", 10_000);

  private static final long SEED = Long.getLong("fuzz.seed", 0x5EC0_2026L);
  private static final long MAX_RESPONSE_BYTES = 16 * 1024;
  private static final int[] ERROR_STATUSES = {
    400, 401, 403, 404, 405, 406, 409, 415, 429, 500, 502, 503, 504, 418
  };

  private record Answer(int status, String contentType, byte[] body, boolean unknownLength) {}

  /** What one worker thread found for one response type. */
  private record Result(
      String type,
      int bodies,
      Map<HostileBodies.Kind, Integer> kinds,
      Map<String, Integer> outcomes,
      List<String> failures) {}

  @Test
  void everyResponseType_survivesHostileBodies_withAValueOrATypedException() throws Exception {
    Map<String, List<Case>> byType = new LinkedHashMap<>();
    for (Case c : cases()) {
      byType
          .computeIfAbsent(declaredType(c.endpoint()).getTypeName(), t -> new ArrayList<>())
          .add(c);
    }
    long started = System.nanoTime();
    List<Result> results = new ArrayList<>();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    try (CapturedLogs logs =
        CapturedLogs.capture()) { // thousands of expected WARNs stay out of the build log
      List<Future<Result>> futures = new ArrayList<>();
      int index = 0;
      for (Map.Entry<String, List<Case>> type : byType.entrySet()) {
        long seed = SEED + 31L * index++;
        futures.add(workers.submit(() -> fuzz(type.getKey(), type.getValue(), seed, logs)));
      }
      for (Future<Result> future : futures) {
        results.add(future.get(5, TimeUnit.MINUTES));
      }
    } finally {
      workers.shutdownNow();
    }
    Map<HostileBodies.Kind, Integer> kinds = new EnumMap<>(HostileBodies.Kind.class);
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> perType = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int total = 0;
    for (Result result : results) {
      total += result.bodies();
      perType.put(
          result
              .type()
              .replace("io.github.connectclient.model.", "")
              .replace("java.util.", "")
              .replace("java.lang.", ""),
          result.bodies());
      result.kinds().forEach((k, n) -> kinds.merge(k, n, Integer::sum));
      result.outcomes().forEach((k, n) -> outcomes.merge(k, n, Integer::sum));
      failures.addAll(result.failures());
    }
    System.out.printf(
        "fuzz: %,d hostile bodies over %d response types and %d endpoints (seed %d) in %d ms%n"
            + "  per response type: %s%n  per kind: %s%n  outcomes: %s%n",
        total,
        byType.size(),
        Endpoints.ALL.size(),
        SEED,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
        perType,
        kinds,
        outcomes);

    assertThat(failures)
        .as("outcomes that were neither a well-typed value nor a ConnectClientException")
        .isEmpty();
    assertThat(perType.values()).as("bodies per response type").allMatch(n -> n >= PER_TYPE);
    assertThat(byType).as("response types").hasSizeGreaterThanOrEqualTo(19);
  }

  /**
   * {@code PER_TYPE} hostile bodies for the endpoints of one response type, sync and (1 in 8)
   * async.
   */
  private static Result fuzz(String typeName, List<Case> cases, long seed, CapturedLogs logs)
      throws Exception {
    JsonCodec codec = JsonCodec.create();
    HostileBodies bodies =
        new HostileBodies(seed, MAX_RESPONSE_BYTES, json -> codec.decode(json, Object.class));
    AtomicReference<Answer> answer = new AtomicReference<>();
    OkHttpClient offline =
        new OkHttpClient.Builder()
            .addInterceptor(chain -> respond(chain.request(), answer.get()))
            .build();
    Transport transport =
        new Builder()
            .url("http://worker.invalid:8083")
            .okHttpClient(offline)
            .retryPolicy(RetryPolicy.none())
            .maxResponseBytes(MAX_RESPONSE_BYTES)
            .requestTimeout(Duration.ofSeconds(5))
            .transport();
    Calls calls = new Calls();
    Map<HostileBodies.Kind, Integer> kinds = new EnumMap<>(HostileBodies.Kind.class);
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    try {
      for (int i = 0; i < PER_TYPE && failures.size() < 20; i++) {
        Case c = cases.get(i % cases.size());
        Type type = declaredType(c.endpoint());
        HostileBodies.Body body = bodies.next(c.sample());
        boolean error = bodies.random().nextInt(6) == 0;
        int status =
            error
                ? ERROR_STATUSES[bodies.random().nextInt(ERROR_STATUSES.length)]
                : c.statuses()[bodies.random().nextInt(c.statuses().length)];
        answer.set(new Answer(status, contentType(bodies), body.bytes(), body.unknownLength()));
        boolean async = bodies.random().nextInt(8) == 0;
        Object outcome;
        try {
          ApiCall<?> call = c.call().apply(calls);
          outcome =
              async
                  ? transport.executeAsync(call).get(10, TimeUnit.SECONDS)
                  : transport.execute(call);
        } catch (ExecutionException e) {
          outcome = e.getCause();
        } catch (TimeoutException e) {
          outcome = new AssertionError("no outcome within 10 s: a hang");
        } catch (Throwable e) {
          outcome = e;
        }
        String problem =
            outcome instanceof Throwable thrown
                ? (thrown instanceof ConnectClientException ? null : "threw " + describe(thrown))
                : ValueWalker.problem(outcome, type);
        if (problem != null) {
          failures.add(
              c.endpoint()
                  + " #"
                  + i
                  + " (seed "
                  + seed
                  + ", "
                  + body.kind()
                  + ", status "
                  + status
                  + ", async "
                  + async
                  + "): "
                  + problem
                  + "\n    body: "
                  + preview(body.bytes()));
        }
        outcomes.merge(
            outcome instanceof Throwable t ? t.getClass().getSimpleName() : "value",
            1,
            Integer::sum);
        kinds.merge(body.kind(), 1, Integer::sum);
        if (i % 1000 == 0) {
          logs.clear();
        }
      }
    } finally {
      transport.close();
      offline.dispatcher().executorService().shutdown();
    }
    return new Result(typeName, PER_TYPE, kinds, outcomes, failures);
  }

  private static Response respond(okhttp3.Request request, Answer a) {
    MediaType type = a.contentType() == null ? null : MediaType.parse(a.contentType());
    ResponseBody body =
        a.unknownLength()
            ? ResponseBody.create(
                Okio.buffer(Okio.source(new ByteArrayInputStream(a.body()))), type, -1)
            : ResponseBody.create(a.body(), type);
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(a.status())
        .message("fuzz")
        .body(body)
        .build();
  }

  private static String contentType(HostileBodies bodies) {
    String[] types = {
      "application/json",
      "application/json; charset=utf-8",
      null,
      "text/html",
      "text/plain",
      "application/json; charset=utf-16"
    };
    return types[bodies.random().nextInt(types.length)];
  }

  private static String describe(Throwable thrown) {
    java.io.StringWriter trace = new java.io.StringWriter();
    thrown.printStackTrace(new java.io.PrintWriter(trace));
    return trace
        .toString()
        .lines()
        .limit(8)
        .reduce((a, b) -> a + "\n      " + b)
        .orElse(thrown.toString());
  }

  private static String preview(byte[] body) {
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    return text.length() > 300 ? text.substring(0, 300) + "... (" + body.length + " bytes)" : text;
  }

  /** The {@code T} of {@code Endpoint<T>} of the named {@link Endpoints} field. */
  private static Type declaredType(String endpoint) throws NoSuchFieldException {
    Field field = Endpoints.class.getField(endpoint);
    return ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
  }

  /**
   * One endpoint: its field name, how to call it, a valid body (real shapes) and its success
   * statuses.
   */
  private record Case(
      String endpoint, Function<Calls, ApiCall<?>> call, String sample, int[] statuses) {}

  static final String INFO =
      "{\"name\":\"src\",\"config\":{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"1\","
          + "\"name\":\"src\"},\"tasks\":[{\"connector\":\"src\",\"task\":0}],\"type\":\"source\"}";
  static final String STATUS =
      "{\"name\":\"src\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":\"127.0.0.1:8083\","
          + "\"version\":\"4.3.1\"},\"tasks\":[{\"id\":0,\"state\":\"FAILED\",\"worker_id\":\"127.0.0.1:8083\","
          + "\"trace\":\"boom\\n\\tat X\"}],\"type\":\"source\"}";
  static final String PLUGINS =
      "[{\"class\":\"org.apache.kafka.connect.file.FileStreamSourceConnector\","
          + "\"type\":\"source\",\"version\":\"4.3.1\"},{\"class\":\"org.apache.kafka.connect.transforms.Cast$Key\","
          + "\"type\":\"transformation\"}]";
  static final String KEY =
      "{\"name\":\"tasks.max\",\"type\":\"INT\",\"required\":true,\"default_value\":null,"
          + "\"importance\":\"HIGH\",\"documentation\":\"d\",\"group\":\"Common\",\"width\":\"SHORT\","
          + "\"display_name\":\"Tasks max\",\"dependents\":[],\"order\":3}";

  private static List<Case> cases() {
    Map<String, String> config = Map.of("connector.class", "FileStreamSource");
    ConnectorOffsets offsets = ConnectorOffsets.of(ConnectorOffset.sink("t", 0, 5L));
    List<Case> cases =
        List.of(
            c(
                "SERVER_INFO",
                Calls::getServerInfo,
                "{\"version\":\"4.3.1\",\"commit\":\"c0ffee\",\"kafka_cluster_id\":\"DZ5R4SFeTa-oLSGqoCAnYw\"}",
                200),
            c(
                "HEALTH",
                Calls::getHealth,
                "{\"status\":\"healthy\",\"message\":\"Worker has completed startup.\"}",
                200,
                500,
                503),
            c("LIST_CONNECTORS", Calls::listConnectors, "[\"src\",\"my-sink\"]", 200),
            c(
                "LIST_CONNECTORS_EXPANDED",
                Calls::listConnectorsExpanded,
                "{\"src\":{\"status\":"
                    + STATUS
                    + ",\"info\":"
                    + INFO
                    + "},\"gone\":{\"info\":null}}",
                200),
            c("CREATE_CONNECTOR", k -> k.createConnector("src", config), INFO, 201, 200),
            c("PUT_CONNECTOR_CONFIG", k -> k.putConnectorConfig("src", config), INFO, 200, 201),
            c(
                "PATCH_CONNECTOR_CONFIG",
                k -> k.patchConnectorConfig("src", Map.of("tasks.max", "2")),
                INFO,
                200),
            c("GET_CONNECTOR", k -> k.getConnector("src"), INFO, 200),
            c(
                "GET_CONNECTOR_CONFIG",
                k -> k.getConnectorConfig("src"),
                "{\"connector.class\":\"FileStreamSource\",\"name\":\"src\",\"file\":\"/x\"}",
                200),
            c("GET_CONNECTOR_STATUS", k -> k.getConnectorStatus("src"), STATUS, 200),
            c(
                "GET_CONNECTOR_TASKS",
                k -> k.getConnectorTasks("src"),
                "[{\"id\":{\"connector\":\"src\",\"task\":0},\"config\":{\"task.class\":\"X\",\"file\":\"/x\"}}]",
                200),
            c(
                "GET_TASK_STATUS",
                k -> k.getTaskStatus("src", 0),
                "{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"127.0.0.1:8083\"}",
                200),
            c("RESTART_CONNECTOR", k -> k.restartConnector("src"), "", 204, 200, 202),
            c(
                "RESTART_CONNECTOR_WITH_OPTIONS",
                k -> k.restartConnector("src", RestartOptions.connectorAndTasks()),
                STATUS.replace("RUNNING", "RESTARTING"),
                202,
                204),
            c("RESTART_TASK", k -> k.restartTask("src", 0), "", 204, 200, 202),
            c("PAUSE_CONNECTOR", k -> k.pauseConnector("src"), "", 202, 200, 204),
            c("RESUME_CONNECTOR", k -> k.resumeConnector("src"), "", 202, 200, 204),
            c("STOP_CONNECTOR", k -> k.stopConnector("src"), "", 204, 200, 202),
            c("DELETE_CONNECTOR", k -> k.deleteConnector("src"), "", 204, 200, 202),
            c(
                "GET_CONNECTOR_TOPICS",
                k -> k.getConnectorTopics("src"),
                "{\"src\":{\"topics\":[\"t1\",\"t2\"]}}",
                200),
            c("RESET_CONNECTOR_TOPICS", k -> k.resetConnectorTopics("src"), "", 202, 200, 204),
            c(
                "GET_CONNECTOR_OFFSETS",
                k -> k.getConnectorOffsets("src"),
                "{\"offsets\":[{\"partition\":{\"kafka_partition\":0,\"kafka_topic\":\"t\"},\"offset\":{\"kafka_offset\":5}},"
                    + "{\"partition\":{\"filename\":\"/x\"},\"offset\":null}]}",
                200),
            c(
                "ALTER_CONNECTOR_OFFSETS",
                k -> k.alterConnectorOffsets("src", offsets),
                "{\"message\":\"The offsets for this connector have been altered successfully\"}",
                200),
            c(
                "RESET_CONNECTOR_OFFSETS",
                k -> k.resetConnectorOffsets("src"),
                "{\"message\":\"The offsets for this connector have been reset successfully\"}",
                200),
            c("LIST_CONNECTOR_PLUGINS", Calls::listConnectorPlugins, PLUGINS, 200),
            c("LIST_PLUGINS", Calls::listPlugins, PLUGINS, 200),
            c(
                "GET_PLUGIN_CONFIG",
                k -> k.getPluginConfig("FileStreamSource"),
                "[" + KEY + "," + KEY + "]",
                200),
            c(
                "VALIDATE_CONNECTOR_CONFIG",
                k -> k.validateConnectorConfig("FileStreamSource", config),
                "{\"name\":\"FileStreamSource\",\"error_count\":1,\"groups\":[\"Common\"],\"configs\":[{\"definition\":"
                    + KEY
                    + ",\"value\":{\"name\":\"tasks.max\",\"value\":\"0\",\"recommended_values\":[],\"errors\":"
                    + "[\"Invalid value 0\"],\"visible\":true}},{\"definition\":null,\"value\":null}]}",
                200),
            c(
                "LIST_LOGGERS",
                Calls::listLoggers,
                "{\"root\":{\"level\":\"INFO\",\"last_modified\":null},\"org.apache\":{\"level\":\"DEBUG\","
                    + "\"last_modified\":1700000000000}}",
                200),
            c(
                "GET_LOGGER",
                k -> k.getLogger("root"),
                "{\"level\":\"INFO\",\"last_modified\":null}",
                200),
            c(
                "SET_LOGGER_LEVEL",
                k -> k.setLoggerLevel("org.apache", "DEBUG"),
                "[\"org.apache\",\"org.apache.kafka\"]",
                200),
            c(
                "SET_CLUSTER_LOGGER_LEVEL",
                k -> k.setClusterLoggerLevel("org.apache", "DEBUG"),
                "",
                204,
                200));
    Map<String, Case> byName = new LinkedHashMap<>();
    cases.forEach(c -> byName.put(c.endpoint(), c));
    for (Endpoint<?> endpoint : Endpoints.ALL) {
      assertThat(byName).as("a fuzz case for every endpoint").containsKey(fieldName(endpoint));
    }
    return cases;
  }

  private static String fieldName(Endpoint<?> endpoint) {
    for (Field field : Endpoints.class.getFields()) {
      try {
        if (field.get(null) == endpoint) {
          return field.getName();
        }
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no field for " + endpoint);
  }

  private static Case c(
      String endpoint, Function<Calls, ApiCall<?>> call, String sample, int... statuses) {
    return new Case(
        endpoint, call, sample.isEmpty() ? "{\"unexpected\":[1,2,3]}" : sample, statuses);
  }

  /** The public builder's options, giving the bare transport (sync and async paths). */
  private static final class Builder extends ClientBuilder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    Transport transport() {
      return TestSeams.transport(this);
    }
  }
}
