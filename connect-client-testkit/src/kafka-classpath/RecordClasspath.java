import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Build-time step (run as a single-file source program by the kafka-classpath build): turns the
 * resolved Kafka classpath into the testkit's resource of coordinates and SHA-1s.
 *
 * <p>Arguments: local repository, output file, Kafka version, classpath (path-separated jar files,
 * all inside the local repository). Each output line is {@code
 * groupId:artifactId:version[:classifier] sha1}, in Maven's classpath order.
 */
public final class RecordClasspath {

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: RecordClasspath <localRepository> <outputFile> <kafkaVersion> <classpath>");
    }
    Path repository = Path.of(args[0]).toAbsolutePath().normalize();
    Path output = Path.of(args[1]);
    String kafkaVersion = args[2];

    List<String> lines = new ArrayList<>();
    lines.add(
        "# Kafka "
            + kafkaVersion
            + " runtime closure for connect-client-testkit child JVMs; generated at build time.");
    lines.add("# groupId:artifactId:version[:classifier] sha1");
    Map<String, String> versions = new HashMap<>();
    for (String entry : args[3].split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry).toAbsolutePath().normalize();
      if (!jar.startsWith(repository) || !jar.toString().endsWith(".jar")) {
        throw new IllegalStateException(
            "not a jar in the local repository " + repository + ": " + jar);
      }
      String coordinates = coordinates(repository.relativize(jar));
      String[] parts = coordinates.split(":");
      versions.put(parts[0] + ":" + parts[1], parts[2]);
      lines.add(coordinates + " " + sha1(jar));
    }

    require(versions, "org.apache.kafka:kafka_2.13", kafkaVersion);
    require(versions, "org.apache.kafka:connect-runtime", kafkaVersion);
    String log4j = versions.get("org.apache.logging.log4j:log4j-core");
    require(versions, "org.apache.logging.log4j:log4j-api", log4j);
    require(versions, "org.apache.logging.log4j:log4j-slf4j-impl", log4j);

    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.write(output, lines);
    System.out.println(
        "Recorded " + (lines.size() - 2) + " Kafka " + kafkaVersion + " artifacts in " + output);
  }

  /**
   * {@code org/apache/kafka/kafka_2.13/4.3.1/kafka_2.13-4.3.1.jar} to {@code
   * org.apache.kafka:kafka_2.13:4.3.1}.
   */
  static String coordinates(Path relative) {
    int n = relative.getNameCount();
    if (n < 4) {
      throw new IllegalStateException("unexpected repository layout: " + relative);
    }
    String version = relative.getName(n - 2).toString();
    String artifactId = relative.getName(n - 3).toString();
    String groupId =
        relative.subpath(0, n - 3).toString().replace(relative.getFileSystem().getSeparator(), ".");
    String file = relative.getFileName().toString();
    String base = artifactId + "-" + version;
    if (!file.startsWith(base)) {
      throw new IllegalStateException(
          "unexpected file name for " + artifactId + ":" + version + ": " + file);
    }
    String rest = file.substring(base.length(), file.length() - ".jar".length());
    if (rest.isEmpty()) {
      return groupId + ":" + artifactId + ":" + version;
    }
    if (!rest.startsWith("-")) {
      throw new IllegalStateException(
          "unexpected file name for " + artifactId + ":" + version + ": " + file);
    }
    return groupId + ":" + artifactId + ":" + version + ":" + rest.substring(1);
  }

  private static void require(Map<String, String> versions, String key, String expected) {
    String actual = versions.get(key);
    if (expected == null || !expected.equals(actual)) {
      throw new IllegalStateException(
          key + " is " + actual + " on the Kafka classpath, expected " + expected);
    }
  }

  private static String sha1(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
