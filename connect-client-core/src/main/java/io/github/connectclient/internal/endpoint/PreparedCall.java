package io.github.connectclient.internal.endpoint;

import java.util.List;
import java.util.Map;

/**
 * A checked call, ready to send: its encoded path and query, its JSON body, the secrets its body
 * holds (masked wherever a message would echo them) and what it needs of the worker. Immutable;
 * made by {@link ApiCall#prepare}.
 *
 * @param <T> the result type
 */
public final class PreparedCall<T> {

  private final Endpoint<T> endpoint;
  private final List<String> pathArguments;
  private final Object bodyValue;
  private final byte[] body;
  private final List<String> secrets;
  private final List<Feature> requirements;
  private final String encodedPath;

  PreparedCall(
      Endpoint<T> endpoint,
      List<String> pathArguments,
      List<Map.Entry<String, String>> query,
      Object bodyValue,
      byte[] body,
      List<String> secrets,
      List<Feature> requirements) {
    this.endpoint = endpoint;
    this.pathArguments = List.copyOf(pathArguments);
    this.bodyValue = bodyValue;
    this.body = body;
    this.secrets = secrets;
    this.requirements = List.copyOf(requirements);
    this.encodedPath = encode(endpoint, pathArguments, query);
  }

  /** The endpoint called. */
  public Endpoint<T> endpoint() {
    return endpoint;
  }

  /** The HTTP method. */
  public String method() {
    return endpoint.method();
  }

  /** The percent-encoded path with its query string, e.g. {@code /connectors/a%20b?x=1}. */
  public String encodedPath() {
    return encodedPath;
  }

  /** The first path argument (the connector, plugin or logger name), or null if none. */
  public String subjectName() {
    return pathArguments.isEmpty() ? null : pathArguments.get(0);
  }

  /** The JSON body, or null for none. */
  public byte[] body() {
    return body;
  }

  /** The body as the client method took it (a {@code NewConnector}, a config...), or null. */
  public Object bodyValue() {
    return bodyValue;
  }

  /** The values of sensitive config keys this call sends (never logged or shown). */
  public List<String> secrets() {
    return secrets;
  }

  /**
   * What the call needs of the worker it goes to (the endpoint, then the options and fields it
   * sends that older workers lack), in that order; empty when every worker serves it.
   */
  public List<Feature> requirements() {
    return requirements;
  }

  private static String encode(
      Endpoint<?> endpoint, List<String> arguments, List<Map.Entry<String, String>> query) {
    StringBuilder path = new StringBuilder(64); // most paths fit: no copy as it grows
    int next = 0;
    for (String segment : endpoint.segments()) {
      path.append('/');
      path.append(segment.startsWith("{") ? PathSegments.encode(arguments.get(next++)) : segment);
    }
    if (path.length() == 0) {
      path.append('/');
    }
    char separator = '?';
    for (Map.Entry<String, String> parameter : query) {
      path.append(separator)
          .append(PathSegments.encode(parameter.getKey()))
          .append('=')
          .append(PathSegments.encode(parameter.getValue()));
      separator = '&';
    }
    return path.toString();
  }

  @Override
  public String toString() {
    return method() + " " + encodedPath;
  }
}
