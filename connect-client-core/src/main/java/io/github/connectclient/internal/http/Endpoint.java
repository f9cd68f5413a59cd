package io.github.connectclient.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One REST operation, described once as data: its method, path template, how safe it is to
 * retry, what its path names, the Kafka version that introduced it, and how to read its answer.
 *
 * @param <T> the result type
 */
public final class Endpoint<T> {

  private final String operation;
  private final String method;
  private final String template;
  private final List<String> segments;
  private final int placeholders;
  private final RetryClass retryClass;
  private final Subject subject;
  private final String since;
  private final ResponseReader<T> reader;
  private final Set<Integer> alsoAccepted;

  private Endpoint(
      String operation,
      String method,
      String template,
      RetryClass retryClass,
      Subject subject,
      String since,
      ResponseReader<T> reader,
      Set<Integer> alsoAccepted) {
    this.operation = operation;
    this.alsoAccepted = alsoAccepted;
    this.method = method;
    this.template = template;
    this.retryClass = retryClass;
    this.subject = subject;
    this.since = since;
    this.reader = reader;
    List<String> parsed = new ArrayList<>();
    int count = 0;
    for (String segment : template.split("/")) {
      if (!segment.isEmpty()) {
        parsed.add(segment);
        if (segment.startsWith("{")) {
          count++;
        }
      }
    }
    this.segments = List.copyOf(parsed);
    this.placeholders = count;
  }

  /**
   * Describes an endpoint.
   *
   * @param operation the client method's name, for messages
   * @param method HTTP method
   * @param template path template, placeholders in braces: {@code /connectors/{connector}/status}
   * @param retryClass how safe a repeat is
   * @param subject what the path names
   * @param since the Kafka version that introduced the endpoint
   * @param reader how to read a successful answer
   */
  public static <T> Endpoint<T> of(
      String operation,
      String method,
      String template,
      RetryClass retryClass,
      Subject subject,
      String since,
      ResponseReader<T> reader) {
    return new Endpoint<>(
        Objects.requireNonNull(operation),
        Objects.requireNonNull(method),
        Objects.requireNonNull(template),
        Objects.requireNonNull(retryClass),
        Objects.requireNonNull(subject),
        Objects.requireNonNull(since),
        Objects.requireNonNull(reader),
        Set.of());
  }

  /**
   * The same endpoint, reading answers with these non-2xx statuses as results rather than errors
   * ({@code GET /health} answers 503 "starting" and 500 "unhealthy" with a health body).
   */
  public Endpoint<T> acceptingStatuses(Integer... statuses) {
    return new Endpoint<>(operation, method, template, retryClass, subject, since, reader, Set.of(statuses));
  }

  /** Whether a non-2xx {@code status} is read as a result. */
  public boolean acceptsStatus(int status) {
    return alsoAccepted.contains(status);
  }

  /** A call of this endpoint with the path placeholders filled in order. */
  public ApiCall<T> call(String... pathArguments) {
    if (pathArguments.length != placeholders) {
      throw new IllegalArgumentException(
          template + " takes " + placeholders + " path arguments, got " + pathArguments.length);
    }
    return new ApiCall<>(this, List.of(pathArguments), List.of(), null);
  }

  /** The client method's name. */
  public String operation() {
    return operation;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path template. */
  public String template() {
    return template;
  }

  /** The template's segments, placeholders included. */
  List<String> segments() {
    return segments;
  }

  /** How safe a repeat is. */
  public RetryClass retryClass() {
    return retryClass;
  }

  /** What the path names. */
  public Subject subject() {
    return subject;
  }

  /** The Kafka version that introduced the endpoint. */
  public String since() {
    return since;
  }

  /** How to read a successful answer. */
  public ResponseReader<T> reader() {
    return reader;
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
