package io.github.connectclient.internal.http;

import static io.github.connectclient.Answers.error;
import static io.github.connectclient.Answers.json;
import static io.github.connectclient.internal.http.RetryAnswers.INFO;
import static io.github.connectclient.internal.http.RetryAnswers.NOT_FOUND;
import static io.github.connectclient.internal.http.RetryAnswers.dropped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.connectclient.errors.ConnectTransportException;
import io.github.connectclient.errors.CreateOutcomeUnknownException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A create that may have reached the server is never sent again: not after the connection died once
 * the request was sent, not after the answer stalled past the request timeout. A connection refused
 * before sending is safe to send elsewhere, even for a POST.
 */
class RetryNoReplayTest extends RetryTestSetup {

  private static final Map<String, String> CONFIG = Map.of("connector.class", "X");

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_whenTheConnectionDiesAfterTheRequestWasSent_isNotSentAgain(RetryMode mode) {
    RetryTestWorker worker = worker().on("POST", "/connectors", dropped(), json(201, INFO));
    worker.on("GET", "/connectors/src", error(404, NOT_FOUND));
    RetryTestClient client = client(worker.url(), deadUrl());

    CreateOutcomeUnknownException thrown =
        catchThrowableOfType(
            CreateOutcomeUnknownException.class,
            () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    assertThat(worker.count("POST", "/connectors")).isEqualTo(1);
    assertThat(thrown.getCause()).isInstanceOf(ConnectTransportException.class);
    assertThat(client.waits()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_whenTheAnswerStallsPastTheRequestTimeout_isNotSentAgain(RetryMode mode) {
    MockResponse stalled =
        new MockResponse.Builder().code(201).body(INFO).headersDelay(5, TimeUnit.SECONDS).build();
    RetryTestWorker worker = worker().on("POST", "/connectors", stalled, json(201, INFO));
    worker.on("GET", "/connectors/src", error(404, NOT_FOUND));
    RetryTestClient client = client(worker.url()).requestTimeout(Duration.ofSeconds(1));

    CreateOutcomeUnknownException thrown =
        catchThrowableOfType(
            CreateOutcomeUnknownException.class,
            () -> mode.run(client.transport(), calls.createConnector("src", CONFIG)));

    assertThat(worker.count("POST", "/connectors")).isEqualTo(1);
    assertThat(thrown.getCause()).isInstanceOf(ConnectTransportException.class);
    assertThat(thrown.getCause().getCause()).isInstanceOf(InterruptedIOException.class);
  }

  @ParameterizedTest
  @EnumSource(RetryMode.class)
  void createConnector_whenTheConnectionIsRefusedBeforeSending_isSentToTheNextWorker(
      RetryMode mode) {
    RetryTestWorker live = worker().on("POST", "/connectors", json(201, INFO));
    RetryTestClient client = client(deadUrl(), live.url());

    mode.run(client.transport(), calls.createConnector("src", CONFIG));

    assertThat(live.count("POST", "/connectors")).isEqualTo(1);
    assertThat(live.count("GET", "/connectors/src")).isZero();
  }
}
