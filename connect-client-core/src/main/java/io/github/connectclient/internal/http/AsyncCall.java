package io.github.connectclient.internal.http;

import io.github.connectclient.internal.retry.CallState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import okhttp3.Call;

/** One async call's mutable state: the result, the in-flight HTTP call, the next retry. */
final class AsyncCall<T> {
  final CallState<T> state;
  final CompletableFuture<T> result = new CompletableFuture<>();
  volatile Call inFlight;
  volatile Call hedge;
  volatile boolean hedgeWon;
  volatile ScheduledFuture<?> scheduled;

  AsyncCall(CallState<T> state) {
    this.state = state;
  }

  void cancelHedge() {
    Call call = hedge;
    if (call != null) {
      call.cancel();
    }
  }

  void cancel() {
    Call call = inFlight;
    if (call != null) {
      call.cancel();
    }
    ScheduledFuture<?> next = scheduled;
    if (next != null) {
      next.cancel(false);
    }
  }
}
