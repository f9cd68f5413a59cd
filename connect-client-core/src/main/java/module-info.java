/**
 * The Kafka Connect REST client: {@link io.github.connectclient.ConnectClient}, its models and its
 * exceptions. The {@code internal} packages are not exported, except to the async module, which
 * shares the one transport.
 */
module io.github.connectclient.core {
  requires transitive okhttp3;
  requires com.squareup.moshi;
  requires io.github.resilience4j.core;
  requires io.github.resilience4j.retry;
  requires org.slf4j;

  exports io.github.connectclient;
  exports io.github.connectclient.apply;
  exports io.github.connectclient.errors;
  exports io.github.connectclient.model;
  exports io.github.connectclient.internal.apply to
      io.github.connectclient.async;
  exports io.github.connectclient.internal.await to
      io.github.connectclient.async;
  exports io.github.connectclient.internal.config to
      io.github.connectclient.async;
  exports io.github.connectclient.internal.endpoint to
      io.github.connectclient.async;
  exports io.github.connectclient.internal.http to
      io.github.connectclient.async;

  // Moshi builds the adapters of the records it decodes reflectively.
  opens io.github.connectclient.model to
      com.squareup.moshi;
  opens io.github.connectclient.errors to
      com.squareup.moshi;
  opens io.github.connectclient.internal.endpoint to
      com.squareup.moshi;
  opens io.github.connectclient.internal.http to
      com.squareup.moshi;
}
