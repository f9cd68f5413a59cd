package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginInstallerTest {

  @TempDir Path user;
  @TempDir Path cluster;

  @Test
  void install_givesEachPluginADirectoryOfItsOwn_andLeavesTheUsersFilesAlone() throws Exception {
    Path jar = Files.writeString(user.resolve("my-connector.jar"), "jar");
    Path dir = Files.createDirectories(user.resolve("other"));
    Files.writeString(dir.resolve("a.jar"), "a");
    Files.writeString(Files.createDirectories(dir.resolve("lib")).resolve("b.jar"), "b");

    Path root =
        new PluginInstaller(cluster.resolve("plugins"), null)
            .install(List.of(new PluginSource.Local(jar), new PluginSource.Local(dir)));

    assertThat(root.resolve("01-my-connector/my-connector.jar")).hasContent("jar");
    assertThat(root.resolve("02-other/a.jar")).hasContent("a");
    assertThat(root.resolve("02-other/lib/b.jar")).hasContent("b");
    assertThat(jar).hasContent("jar");
  }

  @Test
  void install_ofAConfluentHubZip_unpacksIt() throws Exception {
    Path zip =
        zip(
            user.resolve("acme-connector-1.0.zip"),
            Map.of(
                "acme-connector-1.0/manifest.json",
                "{}",
                "acme-connector-1.0/lib/acme.jar",
                "acme"));

    Path root =
        new PluginInstaller(cluster.resolve("plugins"), null)
            .install(List.of(new PluginSource.Local(zip)));

    assertThat(root.resolve("01-acme-connector-1.0/acme-connector-1.0/lib/acme.jar"))
        .hasContent("acme");
  }

  @Test
  void install_ofAZipEntryLeavingItsDirectory_refuses() throws Exception {
    Path zip = zip(user.resolve("evil.zip"), Map.of("../../escaped.jar", "x"));
    PluginInstaller installer = new PluginInstaller(cluster.resolve("plugins"), null);

    assertThatThrownBy(() -> installer.install(List.of(new PluginSource.Local(zip))))
        .isInstanceOf(ConnectClusterException.class)
        .hasMessageContaining("escaped.jar");
  }

  @Test
  void install_ofAPathThatDoesNotExist_namesIt() {
    PluginInstaller installer = new PluginInstaller(cluster.resolve("plugins"), null);
    Path missing = user.resolve("nope.jar");

    assertThatThrownBy(() -> installer.install(List.of(new PluginSource.Local(missing))))
        .isInstanceOf(ConnectClusterException.class)
        .hasMessageContaining(missing.toString());
  }

  private static Path zip(Path zip, Map<String, String> entries) throws Exception {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream stream = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        stream.putNextEntry(new ZipEntry(entry.getKey()));
        stream.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return zip;
  }
}
