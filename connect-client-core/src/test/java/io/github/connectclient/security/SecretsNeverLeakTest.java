package io.github.connectclient.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.AttemptEvent;
import io.github.connectclient.ConnectClient;
import io.github.connectclient.RawRequest;
import io.github.connectclient.RetryEvent;
import io.github.connectclient.RetryPolicy;
import io.github.connectclient.errors.ConnectClientException;
import io.github.connectclient.internal.config.TestSeams;
import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.Calls;
import io.github.connectclient.internal.http.TestTransports;
import io.github.connectclient.internal.http.Transport;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.testsupport.WorkerDispatcher;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connector configs hold passwords (issue 6, point 4). A config full of sensitive keys goes through
 * create, put, patch and validate, sync and async, while the worker answers with successes that
 * echo the config, errors that quote the secrets in every shape Connect uses (and some it might),
 * retries and dropped connections. With every logger at DEBUG, no secret value may appear in any
 * log line, exception (message, causes, stack trace), returned value's {@code toString()}, retry
 * event, or the client's and builder's {@code toString()}.
 */
class SecretsNeverLeakTest {

  /**
   * Sensitive keys (by the rule of Redaction) and their values, each unique enough to search for.
   */
  static final Map<String, String> SECRETS = secrets();

  /**
   * Credentials inside values of keys that say nothing (issue 16, point 6): connection strings and
   * URLs, each with a secret part unique enough to search for.
   */
  static final Map<String, String> EMBEDDED =
      Map.of(
          "connection.url", "jdbc:postgresql://app:EMB-PG-1313@db:5432/x",
          "mongodb.connection.uri",
              "mongodb://app:EMB-MONGO-1414@h1:27017,h2:27017/?authSource=admin",
          "elastic.url", "https://elastic:EMB-ES-1515@es:9200",
          "sqlserver.url", "jdbc:sqlserver://db:1433;user=app;password=EMB-SQL-1616;");

  static final List<String> EMBEDDED_SECRETS =
      List.of("EMB-PG-1313", "EMB-MONGO-1414", "EMB-ES-1515", "EMB-SQL-1616");

  private MockWebServer server;
  private CapturedLogs logs;
  private final List<RetryEvent> events = new CopyOnWriteArrayList<>();
  private final List<AttemptEvent> attempts = new CopyOnWriteArrayList<>();
  private final List<String> seen = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    // answers GET / (the version probe before a gated call) like a real worker
    server.setDispatcher(new WorkerDispatcher());
    server.start(InetAddress.getLoopbackAddress(), 0);
    logs = CapturedLogs.capture();
  }

  @AfterEach
  void stop() {
    logs.close();
    server.close();
  }

  private static Map<String, String> secrets() {
    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put("database.password", "pw-ALPHA-1111");
    secrets.put("ssl.key.password", "KEYPW-2222");
    secrets.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"JAAS-3333\";");
    secrets.put("aws.secret.access.key", "AWS/SECRET+4444");
    secrets.put("api.token", "tok_5555_live");
    secrets.put("basic.auth.user.info", "user:UI-6666");
    secrets.put("client.secret", "CS Q7777Z with spaces");
    secrets.put("my.credentials", "CRED-8888");
    secrets.put("encryption_key", "ENC9999");
    secrets.put(
        "consumer.override.sasl.jaas.config", "PlainLoginModule required password=\"OVR-1010\";");
    return secrets;
  }

  private static Map<String, String> config() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("connector.class", "io.example.JdbcSource");
    config.put("tasks.max", "1");
    config.putAll(new java.util.TreeMap<>(EMBEDDED));
    config.put("provider.password", "${file:/etc/secrets.properties:db.password}");
    config.putAll(SECRETS);
    return config;
  }

  // ---- what a worker answers: the config echoed back, and errors quoting it
  // ----------------------

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String configJson() {
    StringBuilder out = new StringBuilder("{");
    config()
        .forEach(
            (k, v) ->
                out.append(out.length() > 1 ? "," : "")
                    .append(json(k))
                    .append(':')
                    .append(json(v)));
    return out.append('}').toString();
  }

  private static MockResponse ok(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static MockResponse error(int status, String message) {
    return ok(status, "{\"error_code\":" + status + ",\"message\":" + json(message) + "}");
  }

  private static String infoJson() {
    return "{\"name\":\"jdbc\",\"config\":"
        + configJson()
        + ",\"tasks\":[{\"connector\":\"jdbc\",\"task\":0}],"
        + "\"type\":\"source\"}";
  }

  private static String validationJson() {
    StringBuilder configs = new StringBuilder();
    SECRETS.forEach(
        (k, v) ->
            configs
                .append(configs.length() > 0 ? "," : "")
                .append("{\"definition\":{\"name\":")
                .append(json(k))
                .append(",\"type\":\"STRING\",\"required\":false,")
                .append("\"default_value\":")
                .append(json(v))
                .append(",\"importance\":\"HIGH\",\"documentation\":\"d\",")
                .append("\"group\":null,\"width\":\"NONE\",\"display_name\":")
                .append(json(k))
                .append(",\"dependents\":[],\"order\":1},\"value\":{\"name\":")
                .append(json(k))
                .append(",\"value\":")
                .append(json(v))
                .append(",\"recommended_values\":[")
                .append(json(v))
                .append("],\"errors\":[")
                .append(json("Invalid value " + v + " for configuration " + k))
                .append("],\"visible\":true}}"));
    return "{\"name\":\"io.example.JdbcSource\",\"error_count\":"
        + SECRETS.size()
        + ",\"groups\":[\"Common\"],\"configs\":["
        + configs
        + "]}";
  }

  /** Error answers that quote the secrets: each shape is one scenario. */
  private static List<MockResponse> hostileErrors() {
    List<MockResponse> answers = new ArrayList<>();
    String pairs =
        SECRETS.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();
    // Connect's own: the execution exception with the whole config as key=value
    answers.add(
        error(
            500,
            "org.apache.kafka.connect.runtime.rest.errors.BadRequestException: Connector config {"
                + "connector.class=io.example.JdbcSource, "
                + pairs
                + "} contains no connector type"));
    // ConfigException: "Invalid value X for configuration K"
    StringBuilder invalid =
        new StringBuilder(
            "Connector configuration is invalid and contains the following "
                + SECRETS.size()
                + " error(s):\n");
    SECRETS.forEach(
        (k, v) ->
            invalid
                .append("Invalid value ")
                .append(v)
                .append(" for configuration ")
                .append(k)
                .append(": Invalid format\n"));
    answers.add(
        error(
            400,
            invalid
                + "You can also find the above list of errors at the endpoint "
                + "`/connector-plugins/{connectorType}/config/validate`"));
    // Jackson echoing the request JSON
    answers.add(
        error(
            500,
            "Unrecognized field \"x\" (class CreateConnectorRequest) at [Source: "
                + configJson()
                + "]"));
    // a proxy's or Jetty's HTML page quoting the body
    answers.add(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body(
                "<html><head><title>Bad gateway "
                    + SECRETS.get("database.password")
                    + "</title></head><body>"
                    + configJson()
                    + "</body></html>")
            .build());
    // the basic-auth extension's plain text, here quoting a value
    answers.add(
        new MockResponse.Builder()
            .code(401)
            .addHeader("Content-Type", "application/json")
            .body("User cannot access the resource. " + SECRETS.get("api.token"))
            .build());
    // a rebalance conflict and a timeout, both retried, then a 409 quoting values
    answers.add(
        error(409, "Cannot complete request momentarily due to stale configuration " + pairs));
    answers.add(error(500, "Request timed out " + SECRETS.get("client.secret")));
    answers.add(error(409, "Connector jdbc already exists; config " + configJson()));
    // a success whose body is malformed right at a secret
    answers.add(
        ok(
            200,
            "{\"name\":\"jdbc\",\"config\":"
                + configJson()
                + ",\"tasks\":[{\"connector\":\"jdbc\","
                + "\"task\":"
                + json(SECRETS.get("encryption_key"))
                + "}],\"type\":\"source\"}"));
    answers.add(
        ok(
            200,
            "{\"name\":\"jdbc\",\"config\":"
                + configJson()
                + ",\"tasks\":[],\"type\":"
                + json(SECRETS.get("my.credentials"))
                + "}"));
    // the connection dropped while the body arrives
    answers.add(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(infoJson())
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    return answers;
  }

  // ---- the calls that carry the config ------------------------------------------------------

  private static List<Function<Calls, ApiCall<?>>> callsWithTheConfig() {
    return List.of(
        calls -> calls.createConnector("jdbc", config()),
        calls ->
            calls.createConnector(NewConnector.builder().name("jdbc").config(config()).build()),
        calls -> calls.putConnectorConfig("jdbc", config()),
        calls -> calls.patchConnectorConfig("jdbc", SECRETS),
        calls -> calls.validateConnectorConfig("io.example.JdbcSource", config()),
        calls -> calls.validateConnectorConfig("io.example.JdbcSource", "1.0", config()),
        // the escape hatch: the secrets of a raw JSON body, at any depth, are masked the same
        calls -> calls.request(RawRequest.put("connectors", "jdbc", "config").body(configJson())),
        calls ->
            calls.request(
                RawRequest.post("connectors")
                    .body("{\"name\":\"jdbc\",\"config\":" + configJson() + "}")));
  }

  @Test
  void successes_echoingTheConfig_returnValuesWhoseToStringMasksEverySecret() throws Exception {
    try (ConnectClient client = client()) {
      server.enqueue(ok(201, infoJson()));
      io.github.connectclient.model.ConnectorInfo created =
          client.createConnector("jdbc", config());
      seen.add(created.toString());
      seen.add(created.config().toString());
      server.enqueue(ok(200, infoJson()));
      seen.add(client.putConnectorConfig("jdbc", config()).toString());
      server.enqueue(ok(200, infoJson()));
      seen.add(client.patchConnectorConfig("jdbc", SECRETS).toString());
      server.enqueue(ok(200, validationJson()));
      seen.add(client.validateConnectorConfig("io.example.JdbcSource", config()).toString());
      server.enqueue(ok(200, configJson()));
      seen.add(client.getConnectorConfig("jdbc").toString());
      server.enqueue(
          ok(
              200,
              "["
                  + "{\"id\":{\"connector\":\"jdbc\",\"task\":0},\"config\":"
                  + configJson()
                  + "}]"));
      seen.add(client.getConnectorTasks("jdbc").toString());
      server.enqueue(ok(200, "{\"jdbc\":{\"info\":" + infoJson() + "}}"));
      seen.add(client.listConnectorsExpanded().toString());
      seen.add(NewConnector.builder().name("jdbc").config(config()).build().toString());
      seen.add(NewConnector.builder().name("jdbc").config(config()).build().config().toString());
      assertThat(created.config())
          .as("equal to the plain map despite the masking toString")
          .isEqualTo(new java.util.HashMap<>(created.config()));
    }
    assertThat(seen).allSatisfy(text -> assertThat(text).contains("[hidden]"));
    assertNoSecretIn(seen);
  }

  @Test
  void errorsRetriesAndDroppedConnections_neverShowASecret_syncAndAsync() throws Exception {
    int failures = 0;
    try (ConnectClient client = client()) {
      Transport transport =
          new TestTransports()
              .url(server.url("/").toString())
              .retryPolicy(retries())
              .retryListener(events::add)
              .clientListener(attempts::add)
              .noWaiting()
              .transport();
      Calls calls = new Calls();
      for (Function<Calls, ApiCall<?>> call : callsWithTheConfig()) {
        for (MockResponse answer : hostileErrors()) {
          for (boolean async : new boolean[] {false, true}) {
            server.enqueue(answer);
            server.enqueue(answer); // a retried answer meets the same again
            server.enqueue(
                error(404, "HTTP 404 Not Found")); // ends the retries, or answers a create check
            Throwable failure = run(transport, calls, call, async);
            seen.add(Secrets.describe(failure));
            if (failure != null) {
              failures++;
              assertThat(failure).isInstanceOf(ConnectClientException.class);
            }
            drain();
          }
        }
      }
      transport.close();
      seen.add(client.toString());
    }
    seen.addAll(logs.lines());
    events.forEach(event -> seen.add(event.toString()));
    attempts.forEach(attempt -> seen.add(attempt.toString()));
    assertThat(failures).as("failures examined").isGreaterThan(100);
    assertThat(events).as("retries happened").isNotEmpty();
    assertThat(attempts).as("attempts reported").hasSizeGreaterThan(failures);
    assertThat(logs.lines())
        .as("DEBUG lines were captured")
        .anyMatch(line -> line.startsWith("DEBUG "));
    assertNoSecretIn(seen);
  }

  @Test
  void builderClientAndTransportConfig_toStrings_showNoCredentialOrHeaderValue() {
    TestTransports builder =
        new TestTransports()
            .url("http://w:8083")
            .basicAuth("alice", SECRETS.get("ssl.key.password"))
            .header("X-Api-Key", SECRETS.get("api.token"));
    try (Transport transport = builder.transport();
        ConnectClient client =
            ConnectClient.builder()
                .url("http://w:8083")
                .bearerToken(() -> SECRETS.get("api.token"))
                .header("X-Secret", SECRETS.get("client.secret"))
                .build()) {
      seen.add(builder.toString());
      seen.add(transport.config().toString());
      seen.add(client.toString());
    }
    assertThat(seen.get(1)).contains("X-Api-Key").contains("authorization=[hidden]");
    assertNoSecretIn(seen);
  }

  // ------------------------------------------------------------------------------------------

  private Throwable run(
      Transport transport, Calls calls, Function<Calls, ApiCall<?>> call, boolean async) {
    try {
      ApiCall<?> apiCall = call.apply(calls);
      Object value =
          async
              ? transport.executeAsync(apiCall).get(10, TimeUnit.SECONDS)
              : transport.execute(apiCall);
      seen.add(String.valueOf(value));
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
  }

  private void drain() throws InterruptedException {
    while (server.takeRequest(1, TimeUnit.MILLISECONDS) != null) {
      // the requests are not what this test looks at
    }
    // answers a scenario did not use must not spill into the next one
    server.close();
    server = new MockWebServer();
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private ConnectClient client() {
    return TestSeams.noWaiting(
            ConnectClient.builder()
                .url(server.url("/").toString())
                .retryPolicy(retries())
                .retryListener(events::add)
                .clientListener(attempts::add))
        .build();
  }

  private static RetryPolicy retries() {
    return RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build();
  }

  private static void assertNoSecretIn(List<String> texts) {
    for (String text : texts) {
      for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
        assertThat(text).as("value of %s", secret.getKey()).doesNotContain(secret.getValue());
        for (String fragment : fragments(secret.getValue())) {
          assertThat(text).as("part of the value of %s", secret.getKey()).doesNotContain(fragment);
        }
      }
      for (String embedded : EMBEDDED_SECRETS) {
        assertThat(text).as("a credential inside a connection string").doesNotContain(embedded);
      }
    }
  }

  /** The distinctive parts of a value: "JAAS-3333" of a JAAS line, "pw-ALPHA-1111" itself. */
  private static List<String> fragments(String value) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split("[\\s\"=;:]+")) {
      if (part.matches(".*\\d{4}.*")) {
        parts.add(part);
      }
    }
    return parts;
  }
}
