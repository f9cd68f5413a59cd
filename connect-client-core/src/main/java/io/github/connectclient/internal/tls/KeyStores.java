package io.github.connectclient.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;

/** Loads JKS and PKCS12 key and trust stores. */
final class KeyStores {

  private KeyStores() {}

  /**
   * The type to load {@code file} as: {@code PKCS12} for {@code .p12}/{@code .pfx}, {@code JKS} for
   * {@code .jks}, else the JDK's default ({@code PKCS12}). The JDK's stores read both formats
   * whatever the type, so a wrong guess still loads.
   */
  static String typeOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jks")) {
      return "JKS";
    }
    if (name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".pkcs12")) {
      return "PKCS12";
    }
    return KeyStore.getDefaultType();
  }

  /**
   * Loads {@code file}.
   *
   * @param type {@code JKS}, {@code PKCS12}, or null to decide by {@link #typeOf(Path)}
   * @param password the store password; null skips the integrity check (trust stores only)
   */
  static KeyStore load(Path file, String type, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance(type != null ? type : typeOf(file));
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    } catch (IOException e) {
      if (e.getCause() instanceof java.security.UnrecoverableKeyException || isPasswordProblem(e)) {
        throw new IOException("wrong password, or not a " + store.getType() + " store", e);
      }
      throw e;
    }
    return store;
  }

  private static boolean isPasswordProblem(IOException e) {
    String message = e.getMessage();
    return message != null && (message.contains("password") || message.contains("Integrity check"));
  }
}
