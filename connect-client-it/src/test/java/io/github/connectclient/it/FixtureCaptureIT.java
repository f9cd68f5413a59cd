package io.github.connectclient.it;

import static io.github.connectclient.testsupport.TempFiles.tempFile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.testsupport.Eventually;
import io.github.connectclient.testsupport.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Captures the response bodies that the unit tests replay ({@link Fixtures}), from the real
 * cluster, with plain {@code java.net.http} (no client code of ours in the loop). Every run writes
 * them to {@code target/captured-fixtures/} and checks the statuses; with {@code
 * -Dfixtures.update=true} they also replace those in {@code
 * connect-client-test-support/src/main/resources/fixtures/} ({@link Fixtures#SOURCE_FOLDER}):
 *
 * <pre>mvn -B verify -pl connect-client-it -am -Dit.test=FixtureCaptureIT -Dtest=none \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfixtures.update=true</pre>
 *
 * A fixture's file name is {@code <what>.<status>.json}.
 */
class FixtureCaptureIT extends SharedClusterIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> captured = new ArrayList<>();
  private Path out;

  @Test
  void captureEveryResponseShapeTheUnitTestsReplay() throws Exception {
    out = Files.createDirectories(Path.of("target", "captured-fixtures"));
    String base = cluster.workerUrl(1 - cluster.leaderIndex());
    String src = "fixture-source";
    String sink = "fixture-sink";
    String failing = "fixture-failing";
    Path input = tempFile("fixture-in");
    ConnectorLifecycleIT.writeLines(input, "alpha", "beta", "gamma");
    String topic = "fixture-topic";
    String sourceConfig =
        "{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"1\",\"file\":\""
            + input
            + "\",\"topic\":\""
            + topic
            + "\"}";

    captureProductionShapedListing(base, input);
    capture("server-info", 200, "GET", base + "/", null);
    capture("health", 200, "GET", base + "/health", null);
    capture("connector-plugins", 200, "GET", base + "/connector-plugins", null);
    capture("plugins-all", 200, "GET", base + "/connector-plugins?connectorsOnly=false", null);
    capture("plugin-config", 200, "GET", base + "/connector-plugins/FileStreamSource/config", null);
    capture(
        "validate-errors",
        200,
        "PUT",
        base + "/connector-plugins/FileStreamSource/config/validate",
        "{\"connector.class\":\"FileStreamSource\",\"name\":\"v\",\"tasks.max\":\"0\",\"topic\":\"t\","
            + "\"database.password\":\"s3cret\"}");

    capture(
        "connector-created",
        201,
        "POST",
        base + "/connectors",
        "{\"name\":\"" + src + "\",\"config\":" + sourceConfig + "}");
    capture(
        "error-already-exists",
        409,
        "POST",
        base + "/connectors",
        "{\"name\":\"" + src + "\",\"config\":" + sourceConfig + "}");
    capture("config-updated", 200, "PUT", base + "/connectors/" + src + "/config", sourceConfig);
    awaitBody(base + "/connectors/" + src + "/status", "\"state\":\"RUNNING\"", "\"id\":0");
    capture("connector-info", 200, "GET", base + "/connectors/" + src, null);
    capture("connector-config", 200, "GET", base + "/connectors/" + src + "/config", null);
    capture("connector-status", 200, "GET", base + "/connectors/" + src + "/status", null);
    capture("connector-tasks", 200, "GET", base + "/connectors/" + src + "/tasks", null);
    capture("task-status", 200, "GET", base + "/connectors/" + src + "/tasks/0/status", null);
    awaitBody(base + "/connectors/" + src + "/topics", topic);
    capture("connector-topics", 200, "GET", base + "/connectors/" + src + "/topics", null);
    capture("connectors", 200, "GET", base + "/connectors", null);
    capture(
        "connectors-expanded", 200, "GET", base + "/connectors?expand=status&expand=info", null);
    capture(
        "restart-planned",
        202,
        "POST",
        base + "/connectors/" + src + "/restart?includeTasks=true&onlyFailed=false",
        null);
    awaitBody(base + "/connectors/" + src + "/status", "\"state\":\"RUNNING\"", "\"id\":0");

    capture(
        "connector-created-failing",
        201,
        "POST",
        base + "/connectors",
        "{\"name\":\""
            + failing
            + "\",\"config\":{\"connector.class\":\"FileStreamSink\","
            + "\"tasks.max\":\"1\",\"topics\":\""
            + topic
            + "\",\"file\":\"/nonexistent-dir/out.txt\"}}");
    awaitBody(base + "/connectors/" + failing + "/status", "\"state\":\"FAILED\"");
    capture(
        "connector-status-failed-task",
        200,
        "GET",
        base + "/connectors/" + failing + "/status",
        null);

    awaitBody(base + "/connectors/" + src + "/offsets", "position");
    capture("offsets-source", 200, "GET", base + "/connectors/" + src + "/offsets", null);
    String rewind =
        "{\"offsets\":[{\"partition\":{\"filename\":\""
            + input
            + "\"},\"offset\":{\"position\":6}}]}";
    capture(
        "error-offsets-not-stopped",
        400,
        "PATCH",
        base + "/connectors/" + src + "/offsets",
        rewind);
    send("PUT", base + "/connectors/" + src + "/stop", null);
    awaitBody(base + "/connectors/" + src + "/status", "\"state\":\"STOPPED\"");
    capture("offsets-altered", 200, "PATCH", base + "/connectors/" + src + "/offsets", rewind);
    capture("offsets-reset", 200, "DELETE", base + "/connectors/" + src + "/offsets", null);

    capture(
        "connector-created-sink",
        201,
        "POST",
        base + "/connectors",
        "{\"name\":\""
            + sink
            + "\",\"config\":{\"connector.class\":\"FileStreamSink\",\"tasks.max\":\"1\","
            + "\"topics\":\""
            + topic
            + "\",\"file\":\""
            + tempFile("fixture-out")
            + "\"}}");
    awaitBody(base + "/connectors/" + sink + "/offsets", "kafka_offset");
    capture("offsets-sink", 200, "GET", base + "/connectors/" + sink + "/offsets", null);

    capture("loggers", 200, "GET", base + "/admin/loggers", null);
    capture("logger", 200, "GET", base + "/admin/loggers/root", null);
    capture(
        "logger-set",
        200,
        "PUT",
        base + "/admin/loggers/org.apache.kafka.connect.file",
        "{\"level\":\"DEBUG\"}");
    capture(
        "error-invalid-log-level",
        404,
        "PUT",
        base + "/admin/loggers/root",
        "{\"level\":\"LOUD\"}");

    capture("error-connector-not-found", 404, "GET", base + "/connectors/nope", null);
    capture("error-no-status", 404, "GET", base + "/connectors/nope/status", null);
    capture("error-unknown-route", 404, "GET", base + "/connectors/" + src + "/tasks-config", null);
    capture("error-method-not-allowed", 405, "DELETE", base + "/connector-plugins", null);
    capture(
        "error-invalid-config",
        400,
        "POST",
        base + "/connectors",
        "{\"name\":\"bad\",\"config\":{\"connector.class\":\"FileStreamSource\",\"tasks.max\":\"0\","
            + "\"topic\":\"t\"}}");
    capture("error-malformed-request", 500, "POST", base + "/connectors", "{bad json");
    capture("error-jetty-ambiguous-path", 400, "GET", base + "/connectors/a%2Fb", null);

    for (String name : List.of(src, sink, failing)) {
      send("DELETE", base + "/connectors/" + name, null);
    }
    assertThat(captured).doesNotHaveDuplicates();
    if (Boolean.getBoolean("fixtures.update")) {
      Path target = Path.of("..", Fixtures.SOURCE_FOLDER);
      Files.createDirectories(target);
      for (String file : captured) {
        Files.copy(
            out.resolve(file),
            target.resolve(file),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * The expanded listing of one connector whose config has the shape of a production one
   * (converters, transforms, error handling, topic creation, a producer override): the entry the
   * benchmarks repeat 2,000 times. Captured first, while it is the only connector, then deleted.
   */
  private void captureProductionShapedListing(String base, Path input) {
    String name = "fixture-production";
    String config =
        "{\"connector.class\":\"org.apache.kafka.connect.file.FileStreamSourceConnector\","
            + "\"tasks.max\":\"1\",\"file\":\""
            + input
            + "\",\"topic\":\"orders.raw.v1\","
            + "\"key.converter\":\"org.apache.kafka.connect.storage.StringConverter\","
            + "\"value.converter\":\"org.apache.kafka.connect.json.JsonConverter\","
            + "\"transforms\":\"addSource,route\","
            + "\"transforms.addSource.type\":\"org.apache.kafka.connect.transforms.InsertField$Value\","
            + "\"transforms.addSource.static.field\":\"source_system\","
            + "\"transforms.addSource.static.value\":\"orders-service-eu-west-1\","
            + "\"transforms.route.type\":\"org.apache.kafka.connect.transforms.RegexRouter\","
            + "\"transforms.route.regex\":\"orders\\\\.raw\\\\.(.*)\","
            + "\"transforms.route.replacement\":\"orders.clean.$1\","
            + "\"errors.tolerance\":\"all\",\"errors.log.enable\":\"true\","
            + "\"topic.creation.default.replication.factor\":\"1\","
            + "\"topic.creation.default.partitions\":\"6\","
            + "\"producer.override.compression.type\":\"lz4\"}";
    send("PUT", base + "/connectors/" + name + "/config", config);
    awaitBody(base + "/connectors/" + name + "/status", "\"RUNNING\"", "\"tasks\":[{");
    capture(
        "connectors-expanded-production",
        200,
        "GET",
        base + "/connectors?expand=status&expand=info",
        null);
    send("DELETE", base + "/connectors/" + name, null);
  }

  private void capture(String what, int status, String method, String url, String body) {
    HttpResponse<String> response = send(method, url, body);
    assertThat(response.statusCode())
        .as(what + ": " + method + " " + url + " -> " + response.body())
        .isEqualTo(status);
    String file = what + "." + status + ".json";
    try {
      Files.writeString(out.resolve(file), response.body(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    captured.add(file);
  }

  private HttpResponse<String> send(String method, String url, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(100));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitBody(String url, String... fragments) {
    Eventually.await(
        url + " contains " + List.of(fragments),
        WAIT,
        () -> send("GET", url, null).body(),
        text -> List.of(fragments).stream().allMatch(text::contains));
  }
}
