package io.github.connectclient.testkit;

import io.github.connectclient.testkit.internal.ChildMain;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Command lines for JVMs on the Kafka classpath, with the same {@code java} as this JVM.
 *
 * <p>Writes into the cluster directory: the {@link ChildMain} class file (alone in {@code launcher/}, so nothing
 * else of the testkit is on the children's classpath), an argument file holding the long classpath, and the log4j 2
 * configurations of the children and of the short-lived tools.
 */
final class KafkaJvm {

    /** Flags of the broker and the workers: about 670 MB RSS for a broker and two workers instead of ~890 MB. */
    static final List<String> DAEMON_FLAGS = List.of(
            "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    static final List<String> TOOL_FLAGS = List.of(
            "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final String CHILD_LOG4J = "log4j2-child.properties";
    private static final String TOOL_LOG4J = "log4j2-tool.properties";

    private final Path directory;
    private final String java;
    private final Path argFile;

    KafkaJvm(Path directory, List<Path> kafkaJars) {
        this.directory = directory;
        this.java = Path.of(System.getProperty("java.home"), "bin",
                File.separatorChar == '\\' ? "java.exe" : "java").toString();
        Path launcher = directory.resolve("launcher");
        copyResource("internal/ChildMain.class", launcher.resolve(ChildMain.class.getName().replace('.', '/') + ".class"));
        copyResource(CHILD_LOG4J, directory.resolve(CHILD_LOG4J));
        copyResource(TOOL_LOG4J, directory.resolve(TOOL_LOG4J));
        List<Path> classpath = new ArrayList<>();
        classpath.add(launcher);
        classpath.addAll(kafkaJars);
        this.argFile = directory.resolve("kafka-classpath.argfile");
        write(argFile, "-cp\n" + quote(classpath.stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator))) + "\n");
    }

    /**
     * A long-lived child: {@code ChildMain <mainClass> args}, so it exits when this JVM goes away.
     *
     * @param name marks the process ({@code -Dconnect.testkit.process=name}) for {@code ps}
     */
    List<String> daemon(String name, List<String> extraJvmArguments, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(DAEMON_FLAGS);
        command.add("-Dlog4j2.configurationFile=" + directory.resolve(CHILD_LOG4J));
        command.addAll(markers(name));
        command.addAll(extraJvmArguments);
        command.add("@" + argFile);
        command.add(ChildMain.class.getName());
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** A short-lived Kafka command-line tool, logging warnings to standard error. */
    List<String> tool(String name, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(TOOL_FLAGS);
        command.add("-Dlog4j2.configurationFile=" + directory.resolve(TOOL_LOG4J));
        command.addAll(markers(name));
        command.add("@" + argFile);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    private List<String> markers(String name) {
        return List.of("-Dconnect.testkit.cluster=" + directory, "-Dconnect.testkit.process=" + name,
                "-Dfile.encoding=UTF-8");
    }

    /** Quotes for a java {@code @argfile}: inside quotes a backslash escapes, so Windows paths need doubling. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void copyResource(String name, Path target) {
        try (InputStream in = KafkaJvm.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " missing next to " + KafkaJvm.class.getName());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
