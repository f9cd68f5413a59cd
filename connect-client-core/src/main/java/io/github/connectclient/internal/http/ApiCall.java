package io.github.connectclient.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One call of an {@link Endpoint}: its path arguments (raw, encoded when the URL is built), its
 * query parameters and its JSON body. Immutable.
 *
 * @param <T> the result type
 */
public final class ApiCall<T> {

  private final Endpoint<T> endpoint;
  private final List<String> pathArguments;
  private final List<Map.Entry<String, String>> query;
  private final byte[] body;
  private final String encodedPath;
  private final List<String> secrets;

  ApiCall(
      Endpoint<T> endpoint,
      List<String> pathArguments,
      List<Map.Entry<String, String>> query,
      byte[] body) {
    this(endpoint, pathArguments, query, body, List.of());
  }

  private ApiCall(
      Endpoint<T> endpoint,
      List<String> pathArguments,
      List<Map.Entry<String, String>> query,
      byte[] body,
      List<String> secrets) {
    this.endpoint = endpoint;
    this.pathArguments = pathArguments;
    this.query = query;
    this.body = body;
    this.secrets = secrets;
    this.encodedPath = buildPath(endpoint, pathArguments, query);
  }

  /** The same call with one more query parameter (parameters may repeat). */
  public ApiCall<T> query(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(query);
    more.add(Map.entry(name, value));
    return new ApiCall<>(endpoint, pathArguments, List.copyOf(more), body, secrets);
  }

  /** The same call with a JSON body. */
  public ApiCall<T> body(byte[] json) {
    return new ApiCall<>(endpoint, pathArguments, query, json, secrets);
  }

  /**
   * The same call, remembering the values of the sensitive keys of the config it sends: an error
   * message that echoes one of them, in whatever form, shows {@code [hidden]} instead.
   */
  public ApiCall<T> secrets(Map<String, String> config) {
    return new ApiCall<>(endpoint, pathArguments, query, body, SecretMasking.sensitiveValues(config));
  }

  /** The values of sensitive config keys this call sends (never logged or shown). */
  List<String> secrets() {
    return secrets;
  }

  /** The endpoint called. */
  public Endpoint<T> endpoint() {
    return endpoint;
  }

  /** The raw (unencoded) path arguments, in template order. */
  public List<String> pathArguments() {
    return pathArguments;
  }

  /** The first path argument (the connector, plugin or logger name), or null if none. */
  public String subjectName() {
    return pathArguments.isEmpty() ? null : pathArguments.get(0);
  }

  /** The query parameters, in order. */
  public List<Map.Entry<String, String>> queryParameters() {
    return query;
  }

  /** The JSON body, or null for none. */
  public byte[] body() {
    return body;
  }

  /** The percent-encoded path with its query string, e.g. {@code /connectors/a%20b?x=1}. */
  public String encodedPath() {
    return encodedPath;
  }

  /** The HTTP method. */
  public String method() {
    return endpoint.method();
  }

  private static String buildPath(
      Endpoint<?> endpoint, List<String> arguments, List<Map.Entry<String, String>> query) {
    StringBuilder path = new StringBuilder();
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
}
