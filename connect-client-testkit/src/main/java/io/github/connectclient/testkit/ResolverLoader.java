package io.github.connectclient.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The class loader of the testkit's Maven resolution: the resolver's jars, embedded in the testkit
 * jar and copied once into a cache directory, plus the testkit's own {@code resolver} package, on
 * top of the JDK's platform classes only. Neither the user's classpath (their slf4j, HttpClient,
 * Maven libraries) nor the testkit's other classes are visible inside, and none of its classes
 * reach the user's.
 */
final class ResolverLoader extends URLClassLoader {

  static final String BRIDGE_PACKAGE = "io.github.connectclient.testkit.resolver.";
  private static final String EMBEDDED = "/META-INF/connect-client-testkit/resolver/";

  static {
    registerAsParallelCapable();
  }

  private ResolverLoader(URL[] urls) {
    super("connect-testkit-resolver", urls, ClassLoader.getPlatformClassLoader());
  }

  /** A loader over the embedded jars, copied into {@code cacheRoot} if they are not there yet. */
  static ResolverLoader create(Path cacheRoot) {
    String index = new String(read(EMBEDDED + "index.txt"), StandardCharsets.UTF_8).strip();
    Path directory = cacheRoot.resolve("resolver-" + hash(index));
    List<URL> urls = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (String entry : index.split(",")) {
        String name = Path.of(entry.strip()).getFileName().toString();
        Path jar = directory.resolve(name);
        if (!Files.isRegularFile(jar)) {
          Path partial = Files.createTempFile(directory, name, ".part");
          Files.write(partial, read(EMBEDDED + name));
          Files.move(
              partial, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        urls.add(jar.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the resolver's jars to " + directory, e);
    }
    return new ResolverLoader(urls.toArray(URL[]::new));
  }

  /**
   * The bridge's classes come from the testkit's own jar, defined here so they see the resolver.
   */
  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    if (!name.startsWith(BRIDGE_PACKAGE)) {
      return super.findClass(name);
    }
    String resource = "/" + name.replace('.', '/') + ".class";
    try (InputStream in = ResolverLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = ResolverLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing from the testkit jar (was it built without its resolver?)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
