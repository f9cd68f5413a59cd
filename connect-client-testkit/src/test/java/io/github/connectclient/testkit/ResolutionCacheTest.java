package io.github.connectclient.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionCacheTest {

  @TempDir Path directory;

  @Test
  void get_afterPut_inAnotherJvm_readsTheAnswerFromDisk() throws Exception {
    Path jar = Files.createFile(directory.resolve("a.jar"));
    Map<String, List<String>> request = Map.of("roots", List.of("g:a:1"));
    new ResolutionCache(directory.resolve("cache")).put(request, answer(jar, List.of()));

    Resolution cached = new ResolutionCache(directory.resolve("cache")).get(request);

    assertThat(cached.artifacts()).containsExactly(new Resolution.Artifact("g:a:1", jar));
  }

  @Test
  void get_whenAJarWasDeleted_isAMiss() throws Exception {
    Path jar = Files.createFile(directory.resolve("a.jar"));
    Map<String, List<String>> request = Map.of("roots", List.of("g:a:1"));
    ResolutionCache cache = new ResolutionCache(directory.resolve("cache"));
    cache.put(request, answer(jar, List.of()));
    Files.delete(jar);

    assertThat(cache.get(request)).isNull();
  }

  @Test
  void get_ofAnAnswerMissingOptionalRoots_isAMissOnceADayHasPassed() throws Exception {
    Path jar = Files.createFile(directory.resolve("a.jar"));
    Map<String, List<String>> request = Map.of("roots", List.of("g:a:1"));
    new ResolutionCache(directory.resolve("cache"))
        .put(request, answer(jar, List.of("g:b:1|optional|not found")));
    Path file = directory.resolve("cache").resolve(ResolutionCache.key(request) + ".txt");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(25 * 3600)));

    assertThat(new ResolutionCache(directory.resolve("cache")).get(request)).isNull();
  }

  @Test
  void key_dependsOnTheRequest_notOnTheOrderOfItsKeys() {
    assertThat(ResolutionCache.key(Map.of("a", List.of("1"), "b", List.of("2"))))
        .isEqualTo(ResolutionCache.key(Map.of("b", List.of("2"), "a", List.of("1"))))
        .isNotEqualTo(ResolutionCache.key(Map.of("a", List.of("1"))));
  }

  private static Resolution answer(Path jar, List<String> missing) {
    return new Resolution(Map.of("artifacts", List.of("g:a:1|" + jar), "missing", missing));
  }
}
