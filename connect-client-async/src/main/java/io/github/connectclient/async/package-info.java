/**
 * The non-blocking client: {@link io.github.connectclient.async.AsyncConnectClient}, the methods of
 * {@link io.github.connectclient.ConnectClient} returning {@link
 * java.util.concurrent.CompletableFuture}s, over the same transport. See {@code docs/async.md}.
 */
package io.github.connectclient.async;
