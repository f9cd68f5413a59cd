package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMavenRepositoryTest {

  @TempDir Path home;

  @Test
  void locate_withMavenRepoLocal_usesIt() {
    assertThat(LocalMavenRepository.locate("/elsewhere/repo", home, Map.of()))
        .isEqualTo(Path.of("/elsewhere/repo"));
  }

  @Test
  void locate_withoutSettings_usesTheDefault() {
    assertThat(LocalMavenRepository.locate(null, home, Map.of()))
        .isEqualTo(home.resolve(".m2/repository"));
  }

  @Test
  void locate_withLocalRepositoryInSettings_expandsUserHomeAndEnvironment() throws Exception {
    settings("<settings><localRepository>${user.home}/${env.REPO}</localRepository></settings>");

    assertThat(LocalMavenRepository.locate(null, home, Map.of("REPO", "m2repo")))
        .isEqualTo(home.resolve("m2repo"));
  }

  @Test
  void locate_ignoresALocalRepositoryInAComment() throws Exception {
    settings(
        "<settings><!-- <localRepository>/path/to/local/repo</localRepository> --></settings>");

    assertThat(LocalMavenRepository.locate(null, home, Map.of()))
        .isEqualTo(home.resolve(".m2/repository"));
  }

  private void settings(String xml) throws Exception {
    Files.createDirectories(home.resolve(".m2"));
    Files.writeString(home.resolve(".m2/settings.xml"), xml);
  }
}
