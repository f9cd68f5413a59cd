package io.github.connectclient.testkit.resolver;

import eu.maveniverse.maven.mima.context.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * The testkit's only door to Apache Maven Resolver. It runs in a class loader of its own (the
 * resolver's jars are embedded in the testkit jar), so only JDK types cross: a request and an
 * answer are maps of string lists.
 *
 * <p>Request keys: {@code roots} and {@code optionalRoots} ({@code groupId:artifactId:version}), or
 * {@code project} (a {@code pom.xml} whose runtime dependencies are the roots); {@code excludes}
 * ({@code groupId:artifactId}, {@code *} as a wildcard) cut those artifacts and everything only
 * they bring; {@code settings}, {@code localRepository} and {@code offline} override what the
 * user's {@code settings.xml} says. Answer keys: {@code artifacts} ({@code coordinates|file} in
 * classpath order), {@code missing} ({@code coordinates|required or optional|reason}) when a root
 * cannot be resolved, {@code repositories} ({@code id url}), {@code project} (its coordinates).
 */
public final class ResolverBridge
    implements Function<Map<String, List<String>>, Map<String, List<String>>> {

  /** Instantiated reflectively by the testkit. */
  public ResolverBridge() {}

  @Override
  public Map<String, List<String>> apply(Map<String, List<String>> request) {
    Request r = new Request(request);
    Map<String, List<String>> answer = new LinkedHashMap<>();
    try (Context context = Contexts.create(r)) {
      List<RemoteRepository> repositories = new ArrayList<>(context.remoteRepositories());
      List<Dependency> roots = new ArrayList<>();
      if (r.project() != null) {
        ProjectModel project = ProjectModel.read(context, r.project());
        answer.put("project", List.of(project.coordinates()));
        repositories = project.repositories(context, repositories);
        for (Dependency dependency : project.runtimeDependencies(context)) {
          if (!r.excluded(dependency.getArtifact())) {
            roots.add(dependency.setExclusions(r.exclusions()));
          }
        }
      }
      List<String> missing = new ArrayList<>();
      for (Dependency root : present(context, r.roots(), repositories, true, missing)) {
        roots.add(root.setExclusions(r.exclusions()));
      }
      for (Dependency root : present(context, r.optionalRoots(), repositories, false, missing)) {
        roots.add(root.setExclusions(r.exclusions()));
      }
      answer.put("missing", missing);
      answer.put(
          "repositories", repositories.stream().map(x -> x.getId() + " " + x.getUrl()).toList());
      boolean requiredMissing = missing.stream().anyMatch(m -> m.contains("|required|"));
      answer.put(
          "artifacts",
          requiredMissing || roots.isEmpty() ? List.of() : closure(context, roots, repositories));
      return answer;
    }
  }

  /**
   * The roots whose jar resolves, as runtime dependencies; the others go to {@code missing} with
   * the resolver's reason.
   */
  private static List<Dependency> present(
      Context context,
      List<String> coordinates,
      List<RemoteRepository> repositories,
      boolean required,
      List<String> missing) {
    List<ArtifactRequest> requests = new ArrayList<>();
    for (String c : coordinates) {
      requests.add(new ArtifactRequest(new DefaultArtifact(c), repositories, null));
    }
    List<ArtifactResult> results;
    try {
      results =
          context.repositorySystem().resolveArtifacts(context.repositorySystemSession(), requests);
    } catch (ArtifactResolutionException e) {
      results = e.getResults();
    }
    List<Dependency> present = new ArrayList<>();
    for (ArtifactResult result : results) {
      Artifact artifact = result.getRequest().getArtifact();
      if (result.isResolved()) {
        present.add(new Dependency(artifact, JavaScopes.RUNTIME));
      } else {
        missing.add(
            artifact
                + "|"
                + (required ? "required" : "optional")
                + "|"
                + Messages.of(result.getExceptions()));
      }
    }
    return present;
  }

  /** The runtime closure of {@code roots} in Maven's classpath order. */
  private static List<String> closure(
      Context context, List<Dependency> roots, List<RemoteRepository> repositories) {
    CollectRequest collect = new CollectRequest();
    collect.setDependencies(roots);
    collect.setRepositories(repositories);
    DependencyRequest request =
        new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
    try {
      DependencyResult result =
          context
              .repositorySystem()
              .resolveDependencies(context.repositorySystemSession(), request);
      List<String> artifacts = new ArrayList<>();
      for (ArtifactResult artifact : result.getArtifactResults()) {
        Artifact a = artifact.getArtifact();
        artifacts.add(Coordinates.of(a) + "|" + a.getFile().getAbsolutePath());
      }
      return artifacts;
    } catch (DependencyResolutionException e) {
      throw new IllegalStateException(Messages.of(List.of(e)));
    }
  }
}
