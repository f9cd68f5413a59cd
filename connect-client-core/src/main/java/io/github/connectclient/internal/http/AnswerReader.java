package io.github.connectclient.internal.http;

import io.github.connectclient.errors.MalformedResponseException;
import io.github.connectclient.internal.endpoint.Exchange;
import io.github.connectclient.internal.endpoint.PreparedCall;
import io.github.connectclient.internal.endpoint.SecretMasking;
import io.github.connectclient.internal.json.JsonCodec;
import io.github.connectclient.internal.json.JsonDecodeException;
import io.github.connectclient.internal.retry.RetryAfter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an answer: a success (or a status the endpoint reads as a result) goes to the endpoint's
 * reader with the body capped at the size limit; anything else becomes the typed exception of its
 * meaning ({@link ErrorMapper}), from at most {@value #ERROR_BODY_LIMIT} bytes of its body.
 */
final class AnswerReader {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.http");
  private static final long ERROR_BODY_LIMIT = 256 * 1024;

  private final JsonCodec codec;
  private final ErrorMapper errors;
  private final long maxResponseBytes;
  private final Clock clock;

  AnswerReader(JsonCodec codec, long maxResponseBytes, Clock clock) {
    this.codec = codec;
    this.errors = new ErrorMapper(codec);
    this.maxResponseBytes = maxResponseBytes;
    this.clock = clock;
  }

  /**
   * The result of {@code call}'s attempt {@code attempt} at {@code worker}, or its typed failure.
   */
  <T> T read(PreparedCall<T> call, int attempt, Response response, HttpUrl worker)
      throws IOException {
    int status = response.code();
    if (LOG.isDebugEnabled()) { // else no varargs array and no boxed status on every answer
      LOG.debug(
          "{} {} at {} attempt {} -> {}",
          call.method(),
          call.encodedPath(),
          worker,
          attempt,
          status);
    }
    if (response.isSuccessful()
        || (call.endpoint().acceptsStatus(status)
            && errors.isResultBody(response.peekBody(ERROR_BODY_LIMIT).string()))) {
      return call.endpoint().reader().read(new HttpExchange(call, response));
    }
    String body = errorText(response.body());
    throw errors.map(
        call,
        status,
        body,
        worker.toString(),
        attempt,
        RetryAfter.parse(response.header("Retry-After"), clock));
  }

  private static String errorText(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    long limit = ERROR_BODY_LIMIT;
    while (buffer.size() < limit && source.read(buffer, limit - buffer.size()) != -1) {
      // read at most the limit; an error body longer than that is cut
    }
    return buffer.readString(StandardCharsets.UTF_8);
  }

  /** A successful answer, as an endpoint's reader sees it. */
  private final class HttpExchange implements Exchange {
    private final PreparedCall<?> call;
    private final Response response;

    HttpExchange(PreparedCall<?> call, Response response) {
      this.call = call;
      this.response = response;
    }

    @Override
    public int status() {
      return response.code();
    }

    @Override
    public PreparedCall<?> call() {
      return call;
    }

    @Override
    public <R> R decode(Type type) throws IOException {
      ResponseBody body = response.body();
      if (body.contentLength() > maxResponseBytes) {
        throw tooLarge(body.contentLength());
      }
      try {
        BufferedSource source = Okio.buffer(new LimitedSource(body.source(), maxResponseBytes));
        return codec.decode(source, type);
      } catch (JsonDecodeException e) {
        throw malformed(e.path(), e.getMessage(), e);
      } catch (LimitedSource.ResponseTooLargeException e) {
        throw malformed(null, e.getMessage(), e);
      }
    }

    @Override
    public Map<String, List<String>> headers() {
      return response.headers().toMultimap();
    }

    @Override
    public String text() throws IOException {
      ResponseBody body = response.body();
      if (body.contentLength() > maxResponseBytes) {
        throw tooLarge(body.contentLength());
      }
      try {
        return Okio.buffer(new LimitedSource(body.source(), maxResponseBytes)).readUtf8();
      } catch (LimitedSource.ResponseTooLargeException e) {
        throw malformed(null, e.getMessage(), e);
      }
    }

    private MalformedResponseException tooLarge(long length) {
      return malformed(
          null,
          "the body has " + length + " bytes, more than the limit of " + maxResponseBytes,
          null);
    }

    private MalformedResponseException malformed(String jsonPath, String detail, Throwable cause) {
      // A decoding message may quote a value ("Expected an int but was ..."): mask the secrets this
      // call sent, and drop the cause then, whose message would still show them.
      String masked = SecretMasking.mask(detail, call.secrets());
      return new MalformedResponseException(
          call.method(),
          call.encodedPath(),
          response.code(),
          jsonPath,
          masked,
          Objects.equals(masked, detail) ? cause : null);
    }
  }
}
