package io.github.connectclient.internal.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link TlsSettings} to an OkHttp client with JDK APIs only: an {@link SSLContext} from
 * the trusted CAs (or the JDK's) and the client certificate. Host name verification stays OkHttp's
 * default unless certificate checks are turned off altogether.
 */
public final class TlsSetup {

  private static final Logger LOG = LoggerFactory.getLogger("io.github.connectclient.tls");

  private TlsSetup() {}

  /**
   * Configures {@code builder} for {@code settings}; leaves it alone when nothing is customized (a
   * user-supplied OkHttp client keeps its own TLS setup then). Logs a WARN for insecure settings.
   *
   * @throws IllegalStateException if the settings contradict each other or the JDK cannot build the
   *     TLS context
   */
  public static void apply(TlsSettings settings, OkHttpClient.Builder builder) {
    settings.validate();
    if (settings.isDeferred()) {
      // OkHttp builds its TLS context with the client unless no connection spec is TLS.
      builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
      return;
    }
    if (!settings.isCustomized()) {
      return;
    }
    X509TrustManager trustManager =
        settings.isInsecure() ? InsecureTrust.INSTANCE : trustManager(settings);
    KeyManager[] keyManagers =
        settings.keyManager() == null ? null : new KeyManager[] {settings.keyManager()};
    SSLContext context;
    try {
      context = SSLContext.getInstance("TLS");
      context.init(keyManagers, new TrustManager[] {trustManager}, null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot create the TLS context: " + e.getMessage(), e);
    }
    builder.sslSocketFactory(context.getSocketFactory(), trustManager);
    if (settings.isInsecure()) {
      builder.hostnameVerifier(InsecureTrust.ANY_HOST);
      LOG.warn(
          "TLS certificate and host name verification are OFF for this Connect client"
              + " (insecureTrustAllCertificates()): anyone on the network path can impersonate the workers and"
              + " read the credentials and configs sent to them. Trust the workers' CA with trustedCertificates(...)"
              + " or trustStore(...) instead.");
    }
  }

  /**
   * The client for {@code https} requests of a client built with {@linkplain
   * TlsSettings#isDeferred() deferred} TLS: the same client (dispatcher, connection pool, timeouts,
   * proxy) with OkHttp's default connection specs, so OkHttp sets up the JDK's default TLS as it
   * would have when {@code cleartext} was built.
   *
   * @param cleartext the client built by {@link #apply} with deferred settings
   * @return a client that also speaks TLS
   */
  public static OkHttpClient withTls(OkHttpClient cleartext) {
    return cleartext
        .newBuilder()
        .connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
        .build();
  }

  private static X509TrustManager trustManager(TlsSettings settings) {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      if (settings.trusted().isEmpty()) {
        factory.init((KeyStore) null);
      } else {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int i = 0;
        for (X509Certificate certificate : settings.trusted()) {
          store.setCertificateEntry("ca-" + i++, certificate);
        }
        factory.init(store);
      }
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("the JDK offers no X.509 trust manager");
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot create the TLS trust manager: " + e.getMessage(), e);
    }
  }
}
