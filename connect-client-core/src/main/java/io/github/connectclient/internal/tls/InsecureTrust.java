package io.github.connectclient.internal.tls;

import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts every certificate and every host name: what {@code insecureTrustAllCertificates()} asks
 * for, and nothing else ever uses.
 */
final class InsecureTrust implements X509TrustManager {

  static final InsecureTrust INSTANCE = new InsecureTrust();
  static final HostnameVerifier ANY_HOST = (host, session) -> true;

  private InsecureTrust() {}

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {
    // trusts everything, by explicit request
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {
    // trusts everything, by explicit request
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
