package io.github.connectclient;

import java.util.Objects;

/**
 * Told about every attempt the client makes, whatever its outcome: the hook for metrics, tracing or
 * logs of your own ({@code connect-client-micrometer} binds it to Micrometer). Set it with {@link
 * ClientBuilder#clientListener(ClientListener)}; both the sync and the async client report through
 * it.
 *
 * <p>Called once per attempt, after the client decided what follows it and before any wait, on the
 * thread that handled the attempt: the caller's for {@link ConnectClient}, an OkHttp thread for the
 * async client. Keep it fast and never block; an exception thrown from it is logged and ignored.
 * Events carry no secret: no body, no header, no server message (see {@link AttemptEvent}).
 *
 * <p>{@link RetryListener} stays as it is: it hears only the retry decisions, with the server's
 * reason; this listener hears every attempt, successes included.
 */
@FunctionalInterface
public interface ClientListener {

  /** A listener that does nothing (the default). */
  ClientListener NONE = event -> {};

  /**
   * Called once per attempt.
   *
   * @param event what the attempt got and what the client does next
   */
  void onAttempt(AttemptEvent event);

  /**
   * {@return a listener that tells this listener, then {@code next}} An exception from this one
   * does not keep {@code next} from hearing the event.
   *
   * @param next the listener told second
   */
  default ClientListener andThen(ClientListener next) {
    Objects.requireNonNull(next, "next == null");
    return event -> {
      try {
        onAttempt(event);
      } finally {
        next.onAttempt(event);
      }
    };
  }
}
