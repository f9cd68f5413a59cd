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
import java.util.ArrayList;
import java.util.List;
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
    copyClass(ExitingTool.class);
    copyClass(ExitingMain.class);
    copyClass(org.apache.kafka.common.utils.Exit.class);
    copyClass(org.apache.kafka.common.utils.Exit.Procedure.class);
  }

  @Test
  void first_runsTheToolInTheSameJvmThenTheMainClass() throws Exception {
    Path output = dir.resolve("child.log");
    Process child = launch(output, "--first", ExitingTool.class.getName(), "1", "0");
    try {
      assertThat(Poll.until(Duration.ofSeconds(20), () -> read(output).contains("sleeping")))
          .as(read(output))
          .isTrue();
      assertThat(read(output)).contains("tool ran with 0").doesNotContain("exit returned");

      assertExitsCleanlyOnEndOfStandardInput(child, output);
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void first_whenTheToolExitsNonZero_endsTheChildWithItsCodeWithoutTheMainClass() throws Exception {
    Path output = dir.resolve("child.log");
    Process child = launch(output, "--first", ExitingTool.class.getName(), "1", "3");
    try {
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).as(read(output)).isTrue();
      assertThat(child.exitValue()).isEqualTo(3);
      assertThat(read(output))
          .contains("tool ran with 3", "ExitingTool exited with 3")
          .doesNotContain("sleeping");
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void first_afterTheTool_kafkasExitOfTheMainClassStillExitsTheJvm() throws Exception {
    Path output = dir.resolve("child.log");
    Process child =
        launch(
            output,
            List.of("--first", ExitingTool.class.getName(), "1", "0"),
            ExitingMain.class.getName());
    try {
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).as(read(output)).isTrue();
      assertThat(child.exitValue()).isEqualTo(5);
      assertThat(read(output)).contains("main ran");
    } finally {
      child.destroyForcibly();
    }
  }

  private static void assertExitsCleanlyOnEndOfStandardInput(Process child, Path output)
      throws Exception {
    child.getOutputStream().close();

    assertThat(child.waitFor(20, TimeUnit.SECONDS)).as(read(output)).isTrue();
    assertThat(child.exitValue()).isZero();
  }

  private Process launch(Path output, String... launcherOptions) throws Exception {
    return launch(output, List.of(launcherOptions), SleepingMain.class.getName());
  }

  private Process launch(Path output, List<String> launcherOptions, String mainClass)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.addAll(List.of(JAVA, "-cp", launcher.toString(), ChildMain.class.getName()));
    command.addAll(launcherOptions);
    command.add(mainClass);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }

  @Test
  void whenStandardInputCloses_exitsRunningTheShutdownHooks() throws Exception {
    Path output = dir.resolve("child.log");
    Process child = launch(output);
    try {
      assertThat(Poll.until(Duration.ofSeconds(20), () -> read(output).contains("sleeping")))
          .isTrue();

      assertExitsCleanlyOnEndOfStandardInput(child, output);
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
    String simpleName = type.getName().substring(type.getName().lastIndexOf('.') + 1);
    try (InputStream in = type.getResourceAsStream(simpleName + ".class")) {
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
