package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Fetches a jar that the local Maven repository lacks (a user who got the testkit from Maven
 * Central and never built Kafka) into that repository, refusing any file whose SHA-1 differs from
 * the one recorded at build time.
 */
final class ArtifactDownloader {

  /** System property naming another repository (a mirror) to download from. */
  static final String REPOSITORY_URL_PROPERTY = "connect.testkit.maven.url";

  static final String DEFAULT_REPOSITORY_URL = "https://repo1.maven.org/maven2/";

  private static final System.Logger LOG = System.getLogger(ArtifactDownloader.class.getName());

  private final URI repository;
  private HttpClient http;

  ArtifactDownloader(URI repository) {
    String base = repository.toString();
    this.repository = URI.create(base.endsWith("/") ? base : base + "/");
  }

  static ArtifactDownloader fromSystemProperties() {
    return new ArtifactDownloader(
        URI.create(System.getProperty(REPOSITORY_URL_PROPERTY, DEFAULT_REPOSITORY_URL)));
  }

  /**
   * Downloads {@code artifact} to {@code target} (atomically: a partial file never has the final
   * name).
   */
  void download(MavenArtifact artifact, Path target) {
    URI uri = repository.resolve(artifact.repositoryPath());
    LOG.log(Level.INFO, "Downloading {0} for the Kafka classpath", uri);
    try {
      Files.createDirectories(target.getParent());
      Path partial =
          Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
      try {
        HttpRequest request =
            HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET().build();
        HttpResponse<InputStream> response =
            http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        String sha1;
        try (InputStream body = response.body()) {
          if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + uri);
          }
          sha1 = copyAndDigest(body, partial);
        }
        if (!sha1.equals(artifact.sha1())) {
          throw new IOException(
              "SHA-1 mismatch for " + uri + ": got " + sha1 + ", expected " + artifact.sha1());
        }
        Files.move(
            partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot download "
              + artifact
              + " from "
              + repository
              + " (set -D"
              + REPOSITORY_URL_PROPERTY
              + "=<mirror> to use another repository)",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while downloading " + uri, e);
    }
  }

  /** Created on first use: building an HttpClient loads the TLS trust store, which costs ~1 s. */
  private synchronized HttpClient http() {
    if (http == null) {
      http =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(20))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return http;
  }

  private static String copyAndDigest(InputStream in, Path file) throws IOException {
    MessageDigest digest = sha1();
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
      in.transferTo(out);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-1", e);
    }
  }
}
