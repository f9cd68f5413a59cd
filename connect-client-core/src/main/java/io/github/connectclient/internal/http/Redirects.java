package io.github.connectclient.internal.http;

import io.github.connectclient.internal.config.WorkerSettings;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows 307 and 308 (method and body kept), never 301-303 (which would turn a POST into a GET);
 * drops {@code Authorization} on a hop to another origin unless told to keep it.
 */
final class Redirects {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.http");

  private final WorkerSettings settings;

  Redirects(WorkerSettings settings) {
    this.settings = settings;
  }

  /** The next request of a 307/308 redirect, or null when {@code response} is not one to follow. */
  Request next(Response response, int hop) {
    int status = response.code();
    String location = response.header("Location");
    if ((status != 307 && status != 308) || location == null || hop >= settings.maxRedirects()) {
      return null;
    }
    Request previous = response.request();
    HttpUrl next = previous.url().resolve(location);
    if (next == null) {
      return null;
    }
    Request.Builder builder = previous.newBuilder().url(next);
    boolean sameOrigin =
        next.host().equals(previous.url().host())
            && next.port() == previous.url().port()
            && next.scheme().equals(previous.url().scheme());
    if (!sameOrigin && !settings.authorizationAcrossHosts()) {
      builder.removeHeader("Authorization");
    }
    LOG.debug(
        "{} {} redirected ({}) to {}",
        previous.method(),
        previous.url().encodedPath(),
        status,
        next);
    return builder.build();
  }
}
