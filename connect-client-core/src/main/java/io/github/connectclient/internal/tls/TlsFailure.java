package io.github.connectclient.internal.tls;

import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * An I/O failure that TLS caused, with a message that says so and what to check: {@code TLS
 * handshake failed: the worker's certificate is not trusted ...}. Its cause is the JDK's or
 * OkHttp's original exception. Being an {@link SSLException}, it is recognised as a TLS failure by
 * type too.
 */
public final class TlsFailure extends SSLException {

  private final boolean permanent;

  private TlsFailure(String message, IOException cause, boolean permanent) {
    super(message, cause);
    this.permanent = permanent;
  }

  /**
   * {@code e} described as a TLS failure when TLS caused it, else {@code e} itself. A {@code
   * TlsFailure} is returned as is.
   */
  public static IOException describe(IOException e) {
    if (e instanceof TlsFailure || !causedByTls(e)) {
      return e;
    }
    String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
    String text = String.valueOf(chainMessages(e)).toLowerCase(Locale.ROOT);
    if (e instanceof SSLPeerUnverifiedException && text.contains("hostname")) {
      return new TlsFailure(
          "TLS failed: the worker's certificate is not valid for the host name in the URL"
              + " (host name verification is always on; use the name or IP address the certificate lists) ("
              + detail
              + ")",
          e,
          true);
    }
    if (has(e, CertPathBuilderException.class)
        || has(e, CertPathValidatorException.class)
        || has(e, CertificateException.class)
        || text.contains("pkix")
        || text.contains("unable to find valid certification path")) {
      return new TlsFailure(
          "TLS handshake failed: the worker's certificate is not trusted (configure its CA"
              + " with trustedCertificates(...) or trustStore(...)) ("
              + detail
              + ")",
          e,
          true);
    }
    if (text.contains("bad_certificate")
        || text.contains("certificate_required")
        || text.contains("unknown_ca")
        || text.contains("certificate_unknown")
        || text.contains("access_denied")) {
      return new TlsFailure(
          "TLS handshake failed: the worker refused the client certificate, or requires one"
              + " (configure it with clientCertificate(...) or keyStore(...)) ("
              + detail
              + ")",
          e,
          true);
    }
    if (text.contains("unrecognized ssl message") || text.contains("plaintext connection")) {
      return new TlsFailure(
          "TLS handshake failed: the worker did not answer with TLS (is its listener http://?) ("
              + detail
              + ")",
          e,
          true);
    }
    if (text.contains("protocol_version")
        || text.contains("handshake_failure")
        || text.contains("no appropriate protocol")
        || text.contains("cipher suites")) {
      return new TlsFailure(
          "TLS handshake failed: the client and the worker share no TLS version or cipher"
              + " suite ("
              + detail
              + ")",
          e,
          true);
    }
    return new TlsFailure("TLS failed (" + detail + ")", e, false);
  }

  /** Whether retrying cannot help: a certificate or protocol problem, not a dropped connection. */
  public static boolean isPermanent(Throwable failure) {
    return failure instanceof TlsFailure tls && tls.permanent;
  }

  private static boolean causedByTls(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SSLException
          || t instanceof CertificateException
          || t instanceof CertPathValidatorException
          || t instanceof CertPathBuilderException) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static StringBuilder chainMessages(Throwable e) {
    StringBuilder text = new StringBuilder();
    int depth = 0;
    for (Throwable t = e; t != null && depth++ < 10; t = t.getCause() == t ? null : t.getCause()) {
      text.append(t.getMessage()).append(' ');
    }
    return text;
  }
}
