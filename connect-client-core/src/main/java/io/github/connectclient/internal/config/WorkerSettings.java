package io.github.connectclient.internal.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Where requests go: the workers, how long one that is down is avoided, and how redirects are
 * followed.
 *
 * @param urls base URLs of the workers, in preference order; at least one
 * @param cooldown how long an unreachable worker is avoided; not negative
 * @param maxRedirects how many 307/308 hops one attempt follows; not negative
 * @param authorizationAcrossHosts whether a redirect to another host keeps {@code Authorization}
 */
public record WorkerSettings(
    List<HttpUrl> urls, Duration cooldown, int maxRedirects, boolean authorizationAcrossHosts) {

  /** Checks and copies the values. */
  public WorkerSettings {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalStateException("url(...) or urls(...) is required");
    }
    Objects.requireNonNull(cooldown, "workerCooldown == null");
    if (cooldown.isNegative()) {
      throw new IllegalArgumentException("workerCooldown must not be negative");
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
  }

  /**
   * A worker URL as the builder accepts it: http or https, no query, fragment or credentials.
   *
   * @throws IllegalArgumentException naming what is wrong, with any credentials redacted
   */
  public static HttpUrl parseUrl(String url) {
    Objects.requireNonNull(url, "url == null");
    HttpUrl parsed = HttpUrl.parse(url.strip());
    if (parsed == null) {
      throw new IllegalArgumentException("not an http or https URL: " + url);
    }
    if (parsed.query() != null || parsed.fragment() != null) {
      throw new IllegalArgumentException(
          "a worker URL takes no query or fragment: " + parsed.redact());
    }
    if (parsed.username().length() > 0 || parsed.password().length() > 0) {
      throw new IllegalArgumentException(
          "put credentials in basicAuth(...), not in the URL: " + parsed.redact());
    }
    String scheme = parsed.scheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http or https URL: " + url);
    }
    return parsed;
  }
}
