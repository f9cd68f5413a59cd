package io.github.connectclient.async;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A server dispatcher that holds every answer until {@link #open()} (or 10 s, so a failing test
 * never hangs the build), and lets a test wait for requests to arrive.
 */
final class GatedDispatcher extends Dispatcher {

  private final Function<RecordedRequest, MockResponse> answers;
  private final CountDownLatch gate = new CountDownLatch(1);
  private final Semaphore arrivals = new Semaphore(0);

  GatedDispatcher(Function<RecordedRequest, MockResponse> answers) {
    this.answers = answers;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    arrivals.release();
    gate.await(10, TimeUnit.SECONDS);
    return answers.apply(request);
  }

  /** Waits until {@code count} more requests have reached the server. */
  boolean awaitArrivals(int count) throws InterruptedException {
    return arrivals.tryAcquire(count, 5, TimeUnit.SECONDS);
  }

  /** Lets held and later answers go. */
  void open() {
    gate.countDown();
  }
}
