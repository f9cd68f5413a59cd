package io.github.connectclient.it;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Counts the requests a client sends, at the HTTP layer (an OkHttp interceptor), by method; a write
 * is any request but a GET and a config validation. Optionally runs a hook before each request.
 */
final class RequestCounter {

  private final Map<String, AtomicInteger> byMethod = new ConcurrentHashMap<>();
  private final AtomicInteger writes = new AtomicInteger();
  private final Consumer<Request> hook;

  RequestCounter() {
    this(request -> {});
  }

  RequestCounter(Consumer<Request> hook) {
    this.hook = hook;
  }

  /** An OkHttp client that counts; give it to the builder's {@code okHttpClient(...)}. */
  OkHttpClient client() {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain -> {
              Request request = chain.request();
              hook.accept(request);
              byMethod
                  .computeIfAbsent(request.method(), m -> new AtomicInteger())
                  .incrementAndGet();
              if (!request.method().equals("GET")
                  && !request.url().encodedPath().endsWith("/config/validate")) {
                writes.incrementAndGet();
              }
              return chain.proceed(request);
            })
        .build();
  }

  int writes() {
    return writes.get();
  }

  int total() {
    return byMethod.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  Map<String, Integer> byMethod() {
    Map<String, Integer> counts = new TreeMap<>();
    byMethod.forEach((method, count) -> counts.put(method, count.get()));
    return counts;
  }
}
