package io.github.connectclient.async;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** A server dispatcher that answers every request at once with what {@code answers} says. */
final class AlwaysDispatcher extends Dispatcher {

  private final Function<RecordedRequest, MockResponse> answers;
  private final AtomicInteger answered = new AtomicInteger();

  AlwaysDispatcher(Function<RecordedRequest, MockResponse> answers) {
    this.answers = answers;
  }

  /** Answers every request with {@code response}. */
  static AlwaysDispatcher always(MockResponse response) {
    return new AlwaysDispatcher(request -> response);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    answered.incrementAndGet();
    return answers.apply(request);
  }

  /** How many requests were answered. */
  int answered() {
    return answered.get();
  }
}
