package io.github.connectclient.internal.retry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ONE place where the client reads meaning out of the server's message text. Every string here
 * is one the Apache Kafka Connect runtime really sends (API reference §2.2, §4); the test next to
 * this class holds them verbatim. Calling code catches exception types instead.
 */
public final class ServerMessages {

  private static final String INVALID_CONFIG_HEAD =
      "Connector configuration is invalid and contains the following";
  private static final String INVALID_CONFIG_TAIL = "You can also find the above list of errors";

  private ServerMessages() {}

  /**
   * Whether the answer says a rebalance or a leader change stopped the request before the server
   * applied it: 409 {@code Cannot complete request ...} (stale configuration, no known leader URL,
   * conflicting operation), and the 500s {@code Request cannot be completed because a rebalance is
   * expected}, {@code IO Error trying to forward REST request}, {@code Error trying to forward REST
   * request} and {@code Failed to write to config topic}.
   */
  public static boolean isRebalance(int status, String message) {
    if (status == 409) {
      return message.startsWith("Cannot complete request");
    }
    if (status == 500) {
      return message.startsWith("Request cannot be completed because a rebalance is expected")
          || message.startsWith("IO Error trying to forward REST request")
          || message.startsWith("Error trying to forward REST request")
          || message.startsWith("Failed to write to config topic");
    }
    return false;
  }

  /**
   * Whether a 500 says the receiving worker failed to forward the request to the leader or owner
   * ({@code IO Error trying to forward REST request: ...}, {@code Error trying to forward REST
   * request: ...}). The forwarded request may have reached the leader before the failure.
   */
  public static boolean isForwardingFailure(int status, String message) {
    return status == 500
        && (message.startsWith("IO Error trying to forward REST request")
            || message.startsWith("Error trying to forward REST request"));
  }

  /**
   * Whether a forwarding failure says the receiving worker never reached the leader, so nothing was
   * forwarded: the text ends with the forwarding client's exception, e.g. {@code IO Error trying to
   * forward REST request: java.net.ConnectException: Connection refused} (what a survivor answers
   * for seconds after the leader was killed).
   */
  public static boolean isForwardingNeverConnected(int status, String message) {
    return isForwardingFailure(status, message)
        && (message.contains("java.net.ConnectException")
            || message.contains("Connection refused")
            || message.contains("java.net.NoRouteToHostException")
            || message.contains("java.net.UnknownHostException"));
  }

  /** Whether a 500 says the herder timed out ({@code Request timed out...}). */
  public static boolean isRequestTimeout(int status, String message) {
    return status == 500 && message.startsWith("Request timed out");
  }

  /** Whether a 409 says the connector already exists ({@code Connector x already exists}). */
  public static boolean isAlreadyExists(int status, String message) {
    return status == 409 && message.startsWith("Connector ") && message.endsWith(" already exists");
  }

  /**
   * Whether a 404 or 405 came from the JAX-RS router rather than from a lookup: the worker does not
   * serve this route at all ({@code HTTP 404 Not Found}, {@code HTTP 405 Method Not Allowed}).
   */
  public static boolean isUnknownRoute(int status, String message) {
    return (status == 404 && message.equals("HTTP 404 Not Found"))
        || (status == 405 && message.equals("HTTP 405 Method Not Allowed"));
  }

  /**
   * Whether an error came from the worker's Jetty instead of Connect's REST resources, which always
   * answer with {@code error_code}: what a worker answers for a moment while it starts or stops
   * gracefully. A 404 (its resources not, or no longer, serving: nothing was applied) or a 500 (a
   * request in flight when the resources stopped: it may have been applied), as Jetty's JSON error
   * {@code {"message":"Not Found","url":...,"status":"404"}} or an empty body.
   */
  public static boolean isWorkerNotServing(int status, Integer errorCode, String message) {
    if (errorCode != null) {
      return false;
    }
    return (status == 404 && (message.equals("Not Found") || message.isEmpty()))
        || (status == 500 && (message.equals("Internal Server Error") || message.isEmpty()));
  }

  /**
   * Whether a 404 on a task path is about the task rather than the connector ({@code Unknown task:
   * x-0}, {@code No status found for task x-0}).
   */
  public static boolean isTaskNotFound(String message) {
    return message.startsWith("Unknown task") || message.startsWith("No status found for task");
  }

  /** Whether a 400 lists connector config validation errors. */
  public static boolean isInvalidConfig(int status, String message) {
    return status == 400 && message.startsWith(INVALID_CONFIG_HEAD);
  }

  /**
   * The error lines of an invalid-config message: the lines between the head line and the {@code
   * You can also find ...} trailer.
   */
  public static List<String> invalidConfigErrors(String message) {
    String[] lines = message.split("\n");
    List<String> errors = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(INVALID_CONFIG_TAIL)) {
        break;
      }
      if (!line.isEmpty()) {
        errors.add(line);
      }
    }
    return errors;
  }

  /** A short readable text for a non-JSON error body: an HTML page's title, or its first line. */
  public static String excerpt(String body) {
    String text = body.strip();
    if (text.isEmpty()) {
      return "";
    }
    if (text.startsWith("<")) {
      String lower = text.toLowerCase(Locale.ROOT);
      int start = lower.indexOf("<title>");
      int end = lower.indexOf("</title>");
      if (start >= 0 && end > start) {
        text = text.substring(start + 7, end);
      } else {
        text = text.replaceAll("<[^>]*>", " ");
      }
      text = text.replaceAll("\\s+", " ").strip();
    }
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
