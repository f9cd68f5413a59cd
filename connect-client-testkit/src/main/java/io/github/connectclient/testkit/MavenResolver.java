package io.github.connectclient.testkit;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves Maven artifacts with Apache Maven Resolver, as Maven would on this machine: the user's
 * {@code settings.xml} (mirrors, server credentials, proxies, the local repository, offline mode),
 * {@code -Dmaven.repo.local}, {@code -Dconnect.testkit.maven.settings=<file>} for another settings
 * file, {@code -Dconnect.testkit.maven.offline=true}. The resolver runs in its own class loader
 * ({@link ResolverLoader}); answers are cached ({@link ResolutionCache}).
 */
final class MavenResolver {

  static final String SETTINGS_PROPERTY = "connect.testkit.maven.settings";
  static final String OFFLINE_PROPERTY = "connect.testkit.maven.offline";

  private static final System.Logger LOG = System.getLogger(MavenResolver.class.getName());
  private static MavenResolver shared;

  private final Path cacheRoot;
  private final ResolutionCache cache;
  private Function<Map<String, List<String>>, Map<String, List<String>>> bridge;

  MavenResolver(Path cacheRoot) {
    this.cacheRoot = cacheRoot;
    this.cache = new ResolutionCache(cacheRoot.resolve("resolutions"));
  }

  /** The JVM's resolver, caching under {@code <tmp>/connect-testkit/}. */
  static synchronized MavenResolver shared() {
    if (shared == null) {
      shared = new MavenResolver(CacheDirectory.root());
    }
    return shared;
  }

  /**
   * The answer to {@code request} (see {@code ResolverBridge} for its keys) with this JVM's
   * settings overrides added; from the cache when {@code cacheable} and every file it names is
   * still there.
   *
   * @throws ConnectClusterException if the resolver fails (message from Maven Resolver)
   */
  synchronized Resolution resolve(Map<String, List<String>> request, boolean cacheable) {
    Map<String, List<String>> full = new LinkedHashMap<>(request);
    String settings = System.getProperty(SETTINGS_PROPERTY);
    if (settings != null && !settings.isBlank()) {
      full.put("settings", List.of(Path.of(settings).toAbsolutePath().toString()));
    }
    String offline = System.getProperty(OFFLINE_PROPERTY);
    if (offline != null && !offline.isBlank()) {
      full.put("offline", List.of(offline));
    }
    if (cacheable) {
      Resolution cached = cache.get(full);
      if (cached != null) {
        return cached;
      }
    }
    long begin = System.nanoTime();
    Resolution resolution;
    try {
      resolution = new Resolution(call(full));
    } catch (RuntimeException e) {
      throw new ConnectClusterException("Maven resolution failed: " + e.getMessage());
    }
    LOG.log(
        resolution.artifacts().isEmpty() ? Level.DEBUG : Level.INFO,
        "Resolved {0} jars for {1} in {2} ms",
        resolution.artifacts().size(),
        request.getOrDefault("roots", request.getOrDefault("project", List.of())),
        (System.nanoTime() - begin) / 1_000_000);
    if (cacheable) {
      cache.put(full, resolution);
    }
    return resolution;
  }

  private Map<String, List<String>> call(Map<String, List<String>> request) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    Function<Map<String, List<String>>, Map<String, List<String>>> b = bridge();
    thread.setContextClassLoader(b.getClass().getClassLoader());
    try {
      return b.apply(request);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @SuppressWarnings("unchecked")
  private Function<Map<String, List<String>>, Map<String, List<String>>> bridge() {
    if (bridge == null) {
      try {
        ClassLoader loader = ResolverLoader.create(cacheRoot);
        bridge =
            (Function<Map<String, List<String>>, Map<String, List<String>>>)
                Class.forName(ResolverLoader.BRIDGE_PACKAGE + "ResolverBridge", true, loader)
                    .getConstructor()
                    .newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot load the testkit's resolver", e);
      }
    }
    return bridge;
  }
}
