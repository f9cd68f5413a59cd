package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaClasspathTest {

  private static final byte[] JAR = "not really a jar".getBytes(StandardCharsets.UTF_8);

  @TempDir Path repository;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void serveOneJar() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/maven2/",
        exchange -> {
          requests.incrementAndGet();
          boolean known =
              exchange.getRequestURI().getPath().equals("/maven2/org/example/lib/1.0/lib-1.0.jar");
          exchange.sendResponseHeaders(known ? 200 : 404, known ? JAR.length : -1);
          try (OutputStream body = exchange.getResponseBody()) {
            if (known) {
              body.write(JAR);
            }
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void recorded_holdsKafkasClosureAndNothingOfTheTestkits() {
    List<String> coordinates =
        KafkaClasspath.recorded().stream().map(MavenArtifact::toString).toList();

    assertThat(coordinates)
        .contains(
            "org.apache.kafka:kafka_2.13:4.3.1",
            "org.apache.kafka:connect-runtime:4.3.1",
            "org.apache.kafka:connect-json:4.3.1",
            "org.apache.kafka:connect-transforms:4.3.1",
            "org.apache.kafka:connect-file:4.3.1",
            "org.apache.kafka:connect-mirror:4.3.1",
            "org.apache.kafka:connect-basic-auth-extension:4.3.1",
            "org.apache.kafka:kafka-tools:4.3.1");
    assertThat(coordinates)
        .anyMatch(c -> c.startsWith("org.apache.logging.log4j:log4j-slf4j-impl:"));
    assertThat(coordinates)
        .noneMatch(
            c ->
                c.startsWith("org.junit")
                    || c.startsWith("org.assertj")
                    || c.startsWith("io.github.connectclient"));
  }

  @Test
  void resolve_whenTheJarIsInTheLocalRepository_usesItWithoutDownloading() throws Exception {
    Path jar = repository.resolve("org/example/lib/1.0/lib-1.0.jar");
    Files.createDirectories(jar.getParent());
    Files.write(jar, JAR);

    List<Path> files =
        KafkaClasspath.resolve(List.of(artifact(sha1(JAR))), repository, downloader());

    assertThat(files).containsExactly(jar);
    assertThat(requests).hasValue(0);
  }

  @Test
  void resolve_whenTheJarIsMissing_downloadsItIntoTheLocalRepository() throws Exception {
    List<Path> files =
        KafkaClasspath.resolve(List.of(artifact(sha1(JAR))), repository, downloader());

    assertThat(files).hasSize(1);
    assertThat(Files.readAllBytes(files.get(0))).isEqualTo(JAR);
    assertThat(files.get(0)).isEqualTo(repository.resolve("org/example/lib/1.0/lib-1.0.jar"));
  }

  @Test
  void resolve_whenTheDownloadHasAnotherSha1_refusesItAndLeavesNoFile() {
    MavenArtifact tampered = artifact("0000000000000000000000000000000000000000");

    assertThatThrownBy(() -> KafkaClasspath.resolve(List.of(tampered), repository, downloader()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("org.example:lib:1.0")
        .hasRootCauseMessage(
            "SHA-1 mismatch for "
                + url()
                + "org/example/lib/1.0/lib-1.0.jar: got "
                + sha1(JAR)
                + ", expected 0000000000000000000000000000000000000000");
    assertThat(repository.resolve("org/example/lib/1.0")).isEmptyDirectory();
  }

  private static MavenArtifact artifact(String sha1) {
    return new MavenArtifact("org.example", "lib", "1.0", null, sha1);
  }

  private ArtifactDownloader downloader() {
    return new ArtifactDownloader(URI.create(url()));
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/maven2/";
  }

  private static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
