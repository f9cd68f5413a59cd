package io.github.connectclient.internal.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM files ({@code -----BEGIN X-----} base64 {@code -----END X-----}) with the JDK only.
 * Text around the blocks (such as the {@code subject=} lines openssl writes) is ignored.
 */
final class PemFiles {

  private static final Pattern BLOCK =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]+)-----\\s*(?:[A-Za-z-]+:[^\\n]*\\n\\s*)*([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

  private PemFiles() {}

  /** One PEM block: its label (e.g. {@code CERTIFICATE}) and its decoded bytes. */
  record Block(String label, byte[] der) {}

  /** Every PEM block of {@code file}, in order. */
  static List<Block> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(text);
    while (matcher.find()) {
      byte[] der;
      try {
        der = Base64.getMimeDecoder().decode(matcher.group(2));
      } catch (IllegalArgumentException e) {
        throw new IOException("a " + matcher.group(1) + " block is not valid base64", e);
      }
      blocks.add(new Block(matcher.group(1), der));
    }
    return blocks;
  }

  /**
   * The X.509 certificates of {@code file}, in order.
   *
   * @throws IOException if the file cannot be read or holds no certificate
   * @throws CertificateException if a certificate block does not parse
   */
  static List<X509Certificate> certificates(Path file)
      throws IOException, GeneralSecurityException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> certificates = new ArrayList<>();
    for (Block block : read(file)) {
      if (block.label().equals("CERTIFICATE")
          || block.label().equals("X509 CERTIFICATE")
          || block.label().equals("TRUSTED CERTIFICATE")) {
        certificates.add(
            (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
      }
    }
    if (certificates.isEmpty()) {
      throw new IOException("it holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
    }
    return certificates;
  }
}
