package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.connectclient.testkit.internal.ChildMain;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher of the broker and the workers, run the way the testkit runs it: from a directory
 * holding nothing but its own class file (plus the stand-in main class), so any dependency on
 * another testkit class would fail here.
 */
class ChildMainTest {

  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  private Path launcher;

  @BeforeEach
  void copyClassFiles() throws Exception {
    launcher = dir.resolve("launcher");
    copyClass(ChildMain.class);
    copyClass(SleepingMain.class);
  }

  @Test
  void whenStandardInputCloses_exitsRunningTheShutdownHooks() throws Exception {
    Path output = dir.resolve("child.log");
    Process child =
        new ProcessBuilder(
                JAVA,
                "-cp",
                launcher.toString(),
                ChildMain.class.getName(),
                SleepingMain.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      assertThat(Poll.until(Duration.ofSeconds(20), () -> read(output).contains("sleeping")))
          .isTrue();

      child.getOutputStream().close();

      assertThat(child.waitFor(20, TimeUnit.SECONDS)).as(read(output)).isTrue();
      assertThat(child.exitValue()).isZero();
      assertThat(read(output)).contains("standard input closed", "shutdown hook ran");
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void whenTheParentIsKilledWithSigkill_exitsToo() throws Exception {
    Path output = dir.resolve("child.log");
    Process parent =
        new ProcessBuilder(
                JAVA,
                "-cp",
                System.getProperty("java.class.path"),
                OrphanParent.class.getName(),
                launcher.toString(),
                output.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    long childPid;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
      childPid = Long.parseLong(out.readLine().trim());
    }
    Optional<ProcessHandle> child = ProcessHandle.of(childPid);
    try {
      assertThat(Poll.until(Duration.ofSeconds(20), () -> read(output).contains("sleeping")))
          .isTrue();

      parent.destroyForcibly().waitFor();

      assertThat(
              Poll.until(Duration.ofSeconds(20), () -> child.map(p -> !p.isAlive()).orElse(true)))
          .as(
              "child %d still alive after its parent was killed; its output: %s",
              childPid, read(output))
          .isTrue();
      assertThat(read(output)).contains("shutdown hook ran");
    } finally {
      child.ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private void copyClass(Class<?> type) throws Exception {
    Path target = launcher.resolve(type.getName().replace('.', '/') + ".class");
    Files.createDirectories(target.getParent());
    try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      Files.write(target, in.readAllBytes());
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (Exception e) {
      return "";
    }
  }
}
