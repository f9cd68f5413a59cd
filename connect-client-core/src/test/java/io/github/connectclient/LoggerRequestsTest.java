package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertJsonBody;
import static io.github.connectclient.RequestAssertions.assertNoBody;
import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.LoggerLevel;
import io.github.connectclient.testsupport.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /admin/loggers}. */
class LoggerRequestsTest {

  @RegisterExtension final ConnectServer connect = new ConnectServer();

  @Test
  void listLoggers_sendsGetAdminLoggers_andDecodesEveryLogger() throws Exception {
    connect.enqueue(Answers.captured("loggers"));

    Map<String, LoggerLevel> loggers = connect.client().listLoggers();

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/admin/loggers"));
    assertThat(loggers)
        .hasSize(((Map<?, ?>) Fixtures.at("loggers")).size())
        .containsEntry("root", new LoggerLevel("INFO", null))
        .containsKey("org.apache.kafka.connect.runtime.Worker");
    assertThat(loggers.get("root").lastModifiedAt()).isEmpty();
  }

  @Test
  void listLoggers_afterALevelWasSet_decodesLastModified() {
    // not captured: the capture lists the loggers before it sets a level, so every last_modified is
    // null
    connect.enqueue(
        200,
        """
        {"root":{"level":"INFO","last_modified":null},\
        "org.apache.kafka.connect":{"level":"DEBUG","last_modified":1700000000000}}""");

    Map<String, LoggerLevel> loggers = connect.client().listLoggers();

    assertThat(loggers)
        .containsOnly(
            Map.entry("root", new LoggerLevel("INFO", null)),
            Map.entry("org.apache.kafka.connect", new LoggerLevel("DEBUG", 1700000000000L)));
    assertThat(loggers.get("org.apache.kafka.connect").lastModifiedAt())
        .contains(Instant.ofEpochMilli(1700000000000L));
    assertThat(loggers.get("root").lastModifiedAt()).isEmpty();
  }

  @Test
  void listLoggers_fromAWorkerBefore3_7_hasNoLastModified() {
    // an older-version shape: last_modified arrived in 3.7
    connect.enqueue(200, "{\"root\":{\"level\":\"INFO\"}}");

    assertThat(connect.client().listLoggers())
        .containsExactly(Map.entry("root", new LoggerLevel("INFO", null)));
  }

  @Test
  void getLogger_sendsGetOfTheLogger_andDecodesItsLevel() throws Exception {
    connect.enqueue(Answers.captured("logger"));

    LoggerLevel level = connect.client().getLogger("root");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/admin/loggers/root"));
    assertThat(level).isEqualTo(new LoggerLevel("INFO", null));
  }

  @Test
  void setLoggerLevel_putsTheLevelWithoutScope_andReturnsTheChangedLoggers() throws Exception {
    connect.enqueue(Answers.captured("logger-set"));

    List<String> changed =
        connect.client().setLoggerLevel("org.apache.kafka.connect.file", "DEBUG");

    RecordedRequest request =
        assertSent(connect.takeRequest(), "PUT", "/admin/loggers/org.apache.kafka.connect.file");
    assertJsonBody(request, "{\"level\":\"DEBUG\"}");
    // the logger and every logger below it
    assertThat(changed)
        .contains(
            "org.apache.kafka.connect.file", "org.apache.kafka.connect.file.FileStreamSourceTask")
        .allSatisfy(name -> assertThat(name).startsWith("org.apache.kafka.connect.file"));
  }

  @Test
  void setClusterLoggerLevel_putsTheLevelWithClusterScope() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().setClusterLoggerLevel("org.apache.kafka.connect", "TRACE");

    RecordedRequest request =
        assertSent(
            connect.takeRequest(), "PUT", "/admin/loggers/org.apache.kafka.connect?scope=cluster");
    assertJsonBody(request, "{\"level\":\"TRACE\"}");
  }

  @Test
  void setClusterLoggerLevel_onAWorkerBefore3_7_whichAnswers200WithTheList_succeeds() {
    // a worker before 3.7 ignores scope=cluster and answers as for one worker
    connect.enqueue(Answers.captured("logger-set"));

    connect.client().setClusterLoggerLevel("org.apache.kafka.connect.file", "DEBUG");

    assertThat(connect.requestCount()).isEqualTo(1);
  }
}
