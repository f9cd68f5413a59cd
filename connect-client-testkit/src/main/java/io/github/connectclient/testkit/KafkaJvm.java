package io.github.connectclient.testkit;

import io.github.connectclient.testkit.internal.ChildMain;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

/**
 * Command lines for JVMs on the Kafka classpath, with the same {@code java} as this JVM.
 *
 * <p>The classpath is {@code launcher.jar} (nothing but {@link ChildMain}, so nothing else of the
 * testkit reaches the children) followed by Kafka's jars; it lives in a cache directory keyed by
 * the JDK and that classpath, next to the class-data archives ({@link ClassDataSharing}). The
 * cluster directory gets an argument file holding the long classpath and the log4j 2 configurations
 * of the children and of the short-lived tools.
 */
final class KafkaJvm {

  /** Flags of the broker and the workers: about 450 MB RSS for a broker and two workers. */
  static final List<String> DAEMON_FLAGS =
      List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  static final List<String> TOOL_FLAGS =
      List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  private static final String CHILD_LOG4J = "log4j2-child.properties";
  private static final String TOOL_LOG4J = "log4j2-tool.properties";
  private static final String CHILD_LOG4J1 = "log4j-child.properties";
  private static final String TOOL_LOG4J1 = "log4j-tool.properties";

  private final Path directory;
  private final String java;
  private final Path argFile;
  private final ClassDataSharing sharing;
  private final KafkaDistribution distribution;
  private final KafkaMainClasses mainClasses;

  KafkaJvm(Path directory, KafkaDistribution distribution) {
    this.distribution = distribution;
    List<Path> kafkaJars = distribution.jars();
    this.mainClasses = KafkaMainClasses.in(kafkaJars);
    this.directory = directory;
    this.java =
        Path.of(
                System.getProperty("java.home"),
                "bin",
                File.separatorChar == '\\' ? "java.exe" : "java")
            .toString();
    byte[] launcherClass = resource("internal/ChildMain.class");
    Path cache = cacheDirectory(launcherClass, kafkaJars);
    Path launcher = cache.resolve("launcher.jar");
    if (!Files.isRegularFile(launcher)) {
      writeLauncherJar(launcherClass, launcher);
    }
    this.sharing = ClassDataSharing.supported() ? ClassDataSharing.in(cache) : null;
    for (String log4j : List.of(CHILD_LOG4J, TOOL_LOG4J, CHILD_LOG4J1, TOOL_LOG4J1)) {
      write(directory.resolve(log4j), resource(log4j));
    }
    List<Path> classpath = new ArrayList<>();
    classpath.add(launcher);
    classpath.addAll(kafkaJars);
    this.argFile = directory.resolve("kafka-classpath.argfile");
    write(
        argFile,
        ("-cp\n"
                + quote(
                    classpath.stream()
                        .map(Path::toString)
                        .collect(Collectors.joining(File.pathSeparator)))
                + "\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A long-lived child: {@code ChildMain <mainClass> args}, so it exits when this JVM goes away.
   *
   * @param name marks the process ({@code -Dconnect.testkit.process=name}) for {@code ps}
   * @param role the class-data archive it shares with its peers: {@code broker} or {@code worker}
   */
  JvmCommand daemon(
      String name, String role, List<String> extraJvmArguments, String mainClass, String... args) {
    return daemon(name, role, extraJvmArguments, List.of(), mainClass, args);
  }

  /**
   * A long-lived child that first runs the Kafka tool {@code firstClass} with {@code firstArgs} in
   * its own JVM ({@code ChildMain --first}), then {@code mainClass}: one JVM start instead of two.
   */
  JvmCommand daemonAfterTool(
      String name,
      String role,
      String firstClass,
      List<String> firstArgs,
      String mainClass,
      String... args) {
    List<String> first = new ArrayList<>();
    first.add(ChildMain.FIRST);
    first.add(firstClass);
    first.add(Integer.toString(firstArgs.size()));
    first.addAll(firstArgs);
    return daemon(name, role, List.of(), first, mainClass, args);
  }

  private JvmCommand daemon(
      String name,
      String role,
      List<String> extraJvmArguments,
      List<String> launcherOptions,
      String mainClass,
      String... args) {
    JvmCommand.Sharing cds = sharing(role);
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(DAEMON_FLAGS);
    command.addAll(cds.flags());
    command.add(logConfiguration(CHILD_LOG4J, CHILD_LOG4J1));
    command.addAll(markers(name));
    command.addAll(extraJvmArguments);
    command.add("@" + argFile);
    command.add(ChildMain.class.getName());
    command.addAll(launcherOptions);
    command.add(mainClass);
    command.addAll(List.of(args));
    return new JvmCommand(command, cds.afterExit());
  }

  /**
   * A short-lived Kafka command-line tool, logging warnings to standard error. No class-data
   * sharing: dumping an archive at exit would cost a tool's first run more than later runs save.
   */
  JvmCommand tool(String name, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(TOOL_FLAGS);
    command.add(logConfiguration(TOOL_LOG4J, TOOL_LOG4J1));
    command.addAll(markers(name));
    command.add("@" + argFile);
    command.add(mainClass);
    command.addAll(args);
    return new JvmCommand(command, JvmCommand.Sharing.NONE.afterExit());
  }

  /** Kafka's release and jars. */
  KafkaDistribution distribution() {
    return distribution;
  }

  /** Where this release keeps the tools' main classes. */
  KafkaMainClasses mainClasses() {
    return mainClasses;
  }

  /** Kafka 3.x logs through log4j 1 (reload4j), 4.x through log4j 2. */
  private String logConfiguration(String log4j2, String log4j1) {
    return distribution.log4j1()
        ? "-Dlog4j.configuration=" + directory.resolve(log4j1).toUri()
        : "-Dlog4j2.configurationFile=" + directory.resolve(log4j2);
  }

  private JvmCommand.Sharing sharing(String role) {
    return sharing == null ? JvmCommand.Sharing.NONE : sharing.forRole(role);
  }

  private List<String> markers(String name) {
    return List.of(
        "-Dconnect.testkit.cluster=" + directory,
        "-Dconnect.testkit.process=" + name,
        "-Dfile.encoding=UTF-8");
  }

  /**
   * Quotes for a java {@code @argfile}: inside quotes a backslash escapes, so Windows paths need
   * doubling.
   */
  static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /**
   * {@code <tmp>/connect-testkit/<key>}, the key a hash of the JDK, the launcher and the Kafka
   * jars: whatever changes one of them gets fresh archives.
   */
  private static Path cacheDirectory(byte[] launcherClass, List<Path> kafkaJars) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (System.getProperty("java.home")
                  + "|"
                  + System.getProperty("java.vm.version")
                  + "|"
                  + kafkaJars)
              .getBytes(StandardCharsets.UTF_8));
      digest.update(launcherClass);
      String key = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
      Path cache = CacheDirectory.root().resolve(key);
      Files.createDirectories(cache);
      return cache;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the testkit's cache directory", e);
    }
  }

  /**
   * Written under a temporary name and renamed, so a concurrent test JVM never reads half a jar.
   */
  private static void writeLauncherJar(byte[] launcherClass, Path jar) {
    try {
      Path partial = Files.createTempFile(jar.getParent(), "launcher", ".part");
      try (OutputStream out = Files.newOutputStream(partial);
          JarOutputStream zip = new JarOutputStream(out)) {
        zip.putNextEntry(new JarEntry(ChildMain.class.getName().replace('.', '/') + ".class"));
        zip.write(launcherClass);
        zip.closeEntry();
      }
      Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + jar, e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = KafkaJvm.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Resource " + name + " missing next to " + KafkaJvm.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
