package io.github.connectclient.internal.config;

import java.net.Proxy;
import java.util.Objects;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * The proxy a client goes through, and the credentials it answers a 407 with. {@link #toString()}
 * never shows the credentials.
 *
 * @param proxy the proxy ({@link Proxy#NO_PROXY} for a direct connection)
 * @param username the proxy user, or null for no proxy authentication
 * @param password the proxy password, or null
 */
public record ProxySettings(Proxy proxy, String username, String password) {

  /** Checks the arguments. */
  public ProxySettings {
    Objects.requireNonNull(proxy, "proxy == null");
    if ((username == null) != (password == null)) {
      throw new IllegalArgumentException("proxy username and password go together");
    }
  }

  /** Routes {@code builder} through the proxy, answering its 407s with the credentials. */
  public void applyTo(OkHttpClient.Builder builder) {
    builder.proxy(proxy);
    if (username != null) {
      String authorization = Credentials.basic(username, password);
      builder.proxyAuthenticator(proxyAuthenticator(authorization));
    }
  }

  private static Authenticator proxyAuthenticator(String authorization) {
    return (route, response) -> {
      if (response.request().header("Proxy-Authorization") != null) {
        return null; // these credentials were refused already; give up instead of looping
      }
      return response.request().newBuilder().header("Proxy-Authorization", authorization).build();
    };
  }

  @Override
  public String toString() {
    return "ProxySettings{"
        + proxy
        + (username == null ? "" : ", user=" + username + ", password=[hidden]")
        + "}";
  }
}
