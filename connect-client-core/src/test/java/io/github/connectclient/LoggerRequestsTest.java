package io.github.connectclient;

import static io.github.connectclient.RequestAssertions.assertJsonBody;
import static io.github.connectclient.RequestAssertions.assertNoBody;
import static io.github.connectclient.RequestAssertions.assertSent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.model.LoggerLevel;
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
  void listLoggers_sendsGetAdminLoggers_andDecodesLevelsAndLastModified() throws Exception {
    connect.enqueue(200, Answers.LOGGERS);

    Map<String, LoggerLevel> loggers = connect.client().listLoggers();

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/admin/loggers"));
    assertThat(loggers).containsOnly(
        Map.entry("root", new LoggerLevel("INFO", null)),
        Map.entry("org.apache.kafka.connect", new LoggerLevel("DEBUG", 1700000000000L)));
    assertThat(loggers.get("org.apache.kafka.connect").lastModifiedAt())
        .contains(Instant.ofEpochMilli(1700000000000L));
    assertThat(loggers.get("root").lastModifiedAt()).isEmpty();
  }

  @Test
  void listLoggers_fromAWorkerBefore3_7_hasNoLastModified() {
    connect.enqueue(200, "{\"root\":{\"level\":\"INFO\"}}");

    assertThat(connect.client().listLoggers()).containsExactly(Map.entry("root", new LoggerLevel("INFO", null)));
  }

  @Test
  void getLogger_sendsGetOfTheLogger_andDecodesItsLevel() throws Exception {
    connect.enqueue(200, Answers.LOGGER_LEVEL);

    LoggerLevel level = connect.client().getLogger("org.apache.kafka.connect.runtime.Worker");

    assertNoBody(assertSent(connect.takeRequest(), "GET", "/admin/loggers/org.apache.kafka.connect.runtime.Worker"));
    assertThat(level).isEqualTo(new LoggerLevel("INFO", null));
  }

  @Test
  void setLoggerLevel_putsTheLevelWithoutScope_andReturnsTheChangedLoggers() throws Exception {
    connect.enqueue(200, Answers.CHANGED_LOGGERS);

    List<String> changed = connect.client().setLoggerLevel("org.apache.kafka.connect", "DEBUG");

    RecordedRequest request = assertSent(connect.takeRequest(), "PUT", "/admin/loggers/org.apache.kafka.connect");
    assertJsonBody(request, "{\"level\":\"DEBUG\"}");
    assertThat(changed).containsExactly("org.apache.kafka.connect", "org.apache.kafka.connect.runtime.Worker");
  }

  @Test
  void setClusterLoggerLevel_putsTheLevelWithClusterScope() throws Exception {
    connect.enqueue(Answers.empty(204));

    connect.client().setClusterLoggerLevel("org.apache.kafka.connect", "TRACE");

    RecordedRequest request =
        assertSent(connect.takeRequest(), "PUT", "/admin/loggers/org.apache.kafka.connect?scope=cluster");
    assertJsonBody(request, "{\"level\":\"TRACE\"}");
  }

  @Test
  void setClusterLoggerLevel_onAWorkerBefore3_7_whichAnswers200WithTheList_succeeds() {
    connect.enqueue(200, Answers.CHANGED_LOGGERS);

    connect.client().setClusterLoggerLevel("org.apache.kafka.connect", "DEBUG");

    assertThat(connect.requestCount()).isEqualTo(1);
  }
}
