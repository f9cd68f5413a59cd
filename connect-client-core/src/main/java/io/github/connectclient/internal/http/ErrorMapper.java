package io.github.connectclient.internal.http;

import io.github.connectclient.errors.BadRequestException;
import io.github.connectclient.errors.ConnectServerException;
import io.github.connectclient.errors.ConnectorAlreadyExistsException;
import io.github.connectclient.errors.ConnectorNotFoundException;
import io.github.connectclient.errors.ErrorResponse;
import io.github.connectclient.errors.ForbiddenException;
import io.github.connectclient.errors.InvalidConfigException;
import io.github.connectclient.errors.NotFoundException;
import io.github.connectclient.errors.RebalanceInProgressException;
import io.github.connectclient.errors.RequestTimeoutException;
import io.github.connectclient.errors.ServerErrorException;
import io.github.connectclient.errors.UnauthorizedException;
import io.github.connectclient.errors.UnsupportedEndpointException;
import io.github.connectclient.internal.endpoint.Endpoint;
import io.github.connectclient.internal.endpoint.Feature;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.endpoint.SecretMasking;
import io.github.connectclient.internal.endpoint.Subject;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.internal.retry.ServerMessages;
import java.time.Duration;

/**
 * Turns an error answer into the typed exception for its meaning (docs/errors.md). The body may be
 * the JSON error shape, an HTML page (Jetty, a proxy), plain text labelled JSON (the basic-auth
 * extension) or empty: each still yields the right type with a readable message.
 */
final class ErrorMapper {

  private final JsonCodec codec;

  ErrorMapper(JsonCodec codec) {
    this.codec = codec;
  }

  /** What the worker meant by this error answer. */
  ConnectServerException map(
      PreparedCall<?> call,
      int status,
      String body,
      String workerUrl,
      int attempt,
      Duration retryAfter) {
    ErrorBody parsed = parse(body);
    String message =
        SecretMasking.mask(
            parsed != null && parsed.message() != null
                ? parsed.message()
                : ServerMessages.excerpt(body),
            call.secrets());
    Integer errorCode = parsed == null ? null : parsed.errorCode();
    ErrorResponse response =
        new ErrorResponse(
            call.method(),
            call.encodedPath(),
            status,
            errorCode,
            message,
            workerUrl,
            attempt,
            retryAfter);
    boolean json = parsed != null;
    return classify(call, response, json);
  }

  private static ConnectServerException classify(
      PreparedCall<?> call, ErrorResponse r, boolean json) {
    int status = r.statusCode();
    String message = r.serverMessage();
    Endpoint<?> endpoint = call.endpoint();
    if (ServerMessages.isRebalance(status, message)
        || (status == 404 && ServerMessages.isWorkerNotServing(status, r.errorCode(), message))) {
      return new RebalanceInProgressException(r);
    }
    if (json && ServerMessages.isUnknownRoute(status, message)) {
      return endpoint.since().equals(Feature.FIRST_VERSION)
          ? new NotFoundException(r)
          : new UnsupportedEndpointException(r, endpoint.toString(), endpoint.since(), null, null);
    }
    switch (status) {
      case 400:
        return ServerMessages.isInvalidConfig(status, message)
            ? new InvalidConfigException(r, ServerMessages.invalidConfigErrors(message))
            : new BadRequestException(r);
      case 401:
        return new UnauthorizedException(r);
      case 403:
        return new ForbiddenException(r);
      case 404:
        return notFound(call, r, json);
      case 409:
        return ServerMessages.isAlreadyExists(status, message)
            ? new ConnectorAlreadyExistsException(r)
            : new ConnectServerException(r);
      default:
        if (ServerMessages.isRequestTimeout(status, message)) {
          return new RequestTimeoutException(r);
        }
        return status >= 500 ? new ServerErrorException(r) : new ConnectServerException(r);
    }
  }

  private static ConnectServerException notFound(
      PreparedCall<?> call, ErrorResponse r, boolean json) {
    Subject subject = call.endpoint().subject();
    boolean aboutConnector =
        subject == Subject.CONNECTOR
            || (subject == Subject.TASK && !ServerMessages.isTaskNotFound(r.serverMessage()));
    if (json && aboutConnector) {
      return new ConnectorNotFoundException(r, call.subjectName());
    }
    return new NotFoundException(r);
  }

  /**
   * Whether a non-2xx answer that the endpoint reads as a result really carries one: a JSON object
   * without {@code error_code} ({@code GET /health} answers 503 and 500 with a health body).
   * Connect's error body (a 500 {@code Illegal base64 character} from the basic-auth filter), a
   * gateway's page or an empty body is still an error.
   */
  boolean isResultBody(String body) {
    ErrorBody parsed = parse(body);
    return parsed != null && parsed.errorCode() == null;
  }

  private ErrorBody parse(String body) {
    String text = body.strip();
    if (!text.startsWith("{")) {
      return null;
    }
    try {
      return codec.decode(text, ErrorBody.class);
    } catch (RuntimeException notTheErrorShape) {
      return null;
    }
  }
}
