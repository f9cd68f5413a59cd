package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

  @TempDir Path cache;

  @Test
  void forRole_withoutAnArchive_dumpsOneAtExit_andPublishesItAfterAnOrderlyExit() throws Exception {
    JvmCommand.Sharing first = ClassDataSharing.in(cache).forRole("worker");
    Path dump = dumpPath(first);
    Files.write(dump, new byte[] {1, 2, 3});

    first.afterExit().accept(143);

    assertThat(cache.resolve("worker.jsa")).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(dump).doesNotExist();
    assertThat(ClassDataSharing.in(cache).forRole("worker").flags())
        .contains("-XX:SharedArchiveFile=" + cache.resolve("worker.jsa"));
  }

  @Test
  void afterExit_ofAKilledJvm_deletesItsPossiblyHalfWrittenDump() throws Exception {
    JvmCommand.Sharing killed = ClassDataSharing.in(cache).forRole("broker");
    Path dump = dumpPath(killed);
    Files.write(dump, new byte[] {1});

    killed.afterExit().accept(137);

    assertThat(cache.resolve("broker.jsa")).doesNotExist();
    assertThat(dump).doesNotExist();
  }

  @Test
  void forRole_whileAnotherChildDumpsTheArchive_addsNoFlags() {
    ClassDataSharing sharing = ClassDataSharing.in(cache);
    JvmCommand.Sharing dumper = sharing.forRole("worker");

    assertThat(sharing.forRole("worker").flags()).isEmpty();

    dumper.afterExit().accept(137);
    assertThat(sharing.forRole("worker").flags())
        .anyMatch(f -> f.startsWith("-XX:ArchiveClassesAtExit="));
  }

  private static Path dumpPath(JvmCommand.Sharing sharing) {
    String flag =
        sharing.flags().stream()
            .filter(f -> f.startsWith("-XX:ArchiveClassesAtExit="))
            .findFirst()
            .orElseThrow();
    return Path.of(flag.substring("-XX:ArchiveClassesAtExit=".length()));
  }
}
