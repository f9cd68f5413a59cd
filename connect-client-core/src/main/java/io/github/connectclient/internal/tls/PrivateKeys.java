package io.github.connectclient.internal.tls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads a PEM private key with {@code java.security} only: PKCS#8 ({@code BEGIN PRIVATE KEY}),
 * password-protected PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY}) and PKCS#1 RSA ({@code BEGIN RSA
 * PRIVATE KEY}, as cert-manager writes by default). Other formats get a message with the {@code
 * openssl} command that converts them.
 */
final class PrivateKeys {

  private static final List<String> ALGORITHMS =
      List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA");

  /** DER of the AlgorithmIdentifier {rsaEncryption, NULL}. */
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  private PrivateKeys() {}

  /**
   * The private key of {@code file}.
   *
   * @param password the password of an encrypted key, or null
   */
  static PrivateKey read(Path file, char[] password) throws IOException, GeneralSecurityException {
    List<PemFiles.Block> keys =
        PemFiles.read(file).stream()
            .filter(block -> block.label().endsWith("PRIVATE KEY"))
            .toList();
    if (keys.isEmpty()) {
      throw new IOException("it holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }
    if (keys.size() > 1) {
      throw new IOException(
          "it holds " + keys.size() + " private keys; give a file with exactly one");
    }
    PemFiles.Block key = keys.get(0);
    switch (key.label()) {
      case "PRIVATE KEY":
        return pkcs8(key.der());
      case "ENCRYPTED PRIVATE KEY":
        if (password == null) {
          throw new IOException("the private key is encrypted; pass its password");
        }
        return pkcs8(decrypt(key.der(), password));
      case "RSA PRIVATE KEY":
        return pkcs8(wrapPkcs1(key.der()));
      default:
        throw new IOException(
            "a '"
                + key.label()
                + "' block is not supported; convert it to PKCS#8 with"
                + " 'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'");
    }
  }

  /**
   * Checks that {@code key} belongs to {@code certificate} by signing with one and verifying with
   * the other, so a mismatch fails here and not as an obscure handshake failure.
   */
  static void requireMatch(PrivateKey key, X509Certificate certificate)
      throws GeneralSecurityException {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          case "DSA" -> "SHA256withDSA";
          case "RSASSA-PSS" -> null;
          default -> key.getAlgorithm();
        };
    if (algorithm == null) {
      return;
    }
    byte[] probe = "connect-client key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(key);
    signer.update(probe);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm);
    try {
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      if (verifier.verify(signature)) {
        return;
      }
    } catch (GeneralSecurityException differentKeyType) {
      // falls through to the mismatch below
    }
    throw new GeneralSecurityException(
        "the private key does not belong to the first certificate of the chain ("
            + certificate.getSubjectX500Principal().getName()
            + ")");
  }

  private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    for (String algorithm : ALGORITHMS) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException notThisOne) {
        // try the next algorithm
      }
    }
    throw new InvalidKeySpecException(
        "the private key is not an RSA, EC, EdDSA or DSA key in PKCS#8 form");
  }

  private static byte[] decrypt(byte[] der, char[] password)
      throws IOException, GeneralSecurityException {
    EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
    GeneralSecurityException unsupported = null;
    // PBES1 schemes are named by getAlgName(); for PBES2 (openssl's default) the parameters name
    // the scheme, e.g. PBEWithHmacSHA256AndAES_256.
    for (String algorithm :
        new String[] {info.getAlgName(), String.valueOf(info.getAlgParameters())}) {
      Cipher cipher;
      try {
        SecretKeyFactory factory = SecretKeyFactory.getInstance(algorithm);
        Key secret = factory.generateSecret(new PBEKeySpec(password));
        cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.DECRYPT_MODE, secret, info.getAlgParameters());
      } catch (GeneralSecurityException e) {
        unsupported = e;
        continue;
      }
      try {
        return info.getKeySpec(cipher).getEncoded();
      } catch (InvalidKeySpecException e) {
        throw new GeneralSecurityException(
            "the private key cannot be decrypted: wrong password?", e);
      }
    }
    throw new GeneralSecurityException(
        "the private key's encryption ("
            + info.getAlgName()
            + ") is not"
            + " supported by this JDK; re-encrypt it with 'openssl pkcs8 -topk8 -v2 aes-256-cbc'",
        unsupported);
  }

  /** PrivateKeyInfo ::= SEQUENCE { version 0, rsaEncryption, OCTET STRING pkcs1 }. */
  private static byte[] wrapPkcs1(byte[] pkcs1) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0x02, 0x01, 0x00});
    body.writeBytes(RSA_ALGORITHM);
    body.writeBytes(tlv(0x04, pkcs1));
    return tlv(0x30, body.toByteArray());
  }

  private static byte[] tlv(int tag, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = value.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = length > 0xFFFFFF ? 4 : length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(value);
    return out.toByteArray();
  }
}
