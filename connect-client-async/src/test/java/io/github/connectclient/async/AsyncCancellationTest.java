package io.github.connectclient.async;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.RetryPolicy;
import io.github.connectclient.internal.await.Await;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.State;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancelling a returned future cancels the HTTP call in flight and the scheduled retry or poll. */
class AsyncCancellationTest {

  private static final long BACKOFF_MILLIS = 1_000;

  @StartStop final MockWebServer server = new MockWebServer();

  private RecordingScheduler scheduler = new RecordingScheduler();
  private final Dispatcher okHttpDispatcher = new Dispatcher();
  private final CountDownLatch okHttpIdle = new CountDownLatch(1);
  private final OkHttpClient okHttp =
      new OkHttpClient.Builder().dispatcher(okHttpDispatcher).build();
  private GatedDispatcher gate;
  private AsyncConnectClient client;

  @AfterEach
  void tearDown() {
    if (gate != null) {
      gate.open();
    }
    client.close();
    scheduler.shutdownNow();
    okHttpDispatcher.executorService().shutdownNow();
  }

  private AsyncConnectClient client(RetryPolicy policy) {
    okHttpDispatcher.setIdleCallback(okHttpIdle::countDown);
    client =
        AsyncConnectClient.builder()
            .url(server.url("/").toString())
            .okHttpClient(okHttp)
            .scheduler(scheduler)
            .retryPolicy(policy)
            .build();
    return client;
  }

  private static RetryPolicy longBackoff() {
    return RetryPolicy.builder()
        .initialBackoff(Duration.ofMillis(BACKOFF_MILLIS))
        .maxBackoff(Duration.ofMillis(BACKOFF_MILLIS))
        .jitter(0)
        .build();
  }

  @Test
  void cancel_whileTheServerIsAnswering_cancelsTheHttpCallAndDoesNotRetry() throws Exception {
    gate = new GatedDispatcher(request -> statusAnswer(State.RUNNING));
    server.setDispatcher(gate);
    CompletableFuture<ConnectorStatus> status = client(longBackoff()).getConnectorStatus("a");
    assertThat(gate.awaitArrivals(1)).isTrue();

    assertThat(status.cancel(true)).isTrue();

    assertThat(okHttpIdle.await(5, TimeUnit.SECONDS)).as("the OkHttp call ended").isTrue();
    assertThat(okHttpDispatcher.runningCallsCount()).isZero();
    assertThat(okHttpDispatcher.queuedCallsCount()).isZero();
    assertThat(scheduler.untaken()).as("retries scheduled after the cancel").isZero();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(status).isCancelled();
  }

  @Test
  void orTimeout_onTheReturnedFuture_cancelsTheHttpCallToo() throws Exception {
    gate = new GatedDispatcher(request -> statusAnswer(State.RUNNING));
    server.setDispatcher(gate);
    CompletableFuture<ConnectorStatus> status = client(longBackoff()).getConnectorStatus("a");
    assertThat(gate.awaitArrivals(1)).isTrue();

    status.orTimeout(50, TimeUnit.MILLISECONDS);

    assertThat(okHttpIdle.await(5, TimeUnit.SECONDS)).as("the OkHttp call ended").isTrue();
    assertThat(AsyncErrors.unwrap(status)).isInstanceOf(TimeoutException.class);
    assertThat(scheduler.untaken()).as("retries scheduled after the timeout").isZero();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancel_duringTheBackoff_sendsNoRetry() throws Exception {
    server.enqueue(new MockResponse.Builder().code(409).body(Bodies.STALE_CONFIG_JSON).build());
    server.enqueue(statusAnswer(State.RUNNING));
    CompletableFuture<ConnectorStatus> status = client(longBackoff()).getConnectorStatus("a");
    RecordingScheduler.Task retry = scheduler.next();
    assertThat(retry.delayMillis()).isEqualTo(BACKOFF_MILLIS);

    assertThat(status.cancel(true)).isTrue();

    // The transport cancels the scheduled task, or (if the cancel lands while it is still being
    // scheduled) the task finds the call done and sends nothing: either way, one request.
    scheduler.runPast(BACKOFF_MILLIS + 200);
    assertThat(server.getRequestCount()).as("requests that reached the server").isEqualTo(1);
    assertThat(scheduler.untaken()).as("further retries scheduled").isZero();
    assertThat(status).isCancelled();
  }

  @Test
  void cancel_ofAnAwait_betweenPolls_cancelsTheNextPoll() throws Exception {
    server.setDispatcher(AlwaysDispatcher.always(statusAnswer(State.UNASSIGNED)));
    scheduler.shutdownNow();
    scheduler = RecordingScheduler.holding();
    CompletableFuture<ConnectorStatus> running =
        client(longBackoff()).awaitConnectorState("a", State.RUNNING, Duration.ofMinutes(1));
    RecordingScheduler.Task nextPoll = scheduler.next();
    assertThat(nextPoll.delayMillis()).isEqualTo(Await.FIRST_PAUSE.toMillis());

    assertThat(running.cancel(true)).isTrue();

    assertThat(nextPoll.awaitCancelled()).as("the next poll was cancelled").isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.untaken()).isZero();
  }

  @Test
  void cancel_ofAnAwait_duringAPoll_cancelsThePollsHttpCall() throws Exception {
    gate = new GatedDispatcher(request -> statusAnswer(State.UNASSIGNED));
    server.setDispatcher(gate);
    CompletableFuture<ConnectorStatus> running =
        client(longBackoff()).awaitConnectorState("a", State.RUNNING, Duration.ofMinutes(1));
    assertThat(gate.awaitArrivals(1)).isTrue();

    assertThat(running.cancel(true)).isTrue();

    assertThat(okHttpIdle.await(5, TimeUnit.SECONDS)).as("the OkHttp call ended").isTrue();
    assertThat(okHttpDispatcher.runningCallsCount()).isZero();
    assertThat(scheduler.untaken()).as("polls or retries scheduled after the cancel").isZero();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static MockResponse statusAnswer(State state) {
    return new MockResponse.Builder().code(200).body(Bodies.statusJson("a", state)).build();
  }
}
