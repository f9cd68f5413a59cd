package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code <java.io.tmpdir>/connect-testkit/}: what the testkit keeps between runs on a machine
 * (class-data archives, the resolver's jars, resolved closures, installed plugins). Everything in
 * it can be deleted at any time; it is made again.
 */
final class CacheDirectory {

  private CacheDirectory() {}

  /** The root, created if needed. */
  static Path root() {
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "connect-testkit");
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the testkit's cache directory " + root, e);
    }
    return root;
  }
}
