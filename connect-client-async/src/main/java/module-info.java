/** The {@code CompletableFuture} face of the Kafka Connect REST client, over core's transport. */
module io.github.connectclient.async {
  requires transitive io.github.connectclient.core;

  exports io.github.connectclient.async;
}
