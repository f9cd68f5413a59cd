package io.github.connectclient.testkit.resolver;

import eu.maveniverse.maven.mima.context.Context;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;

/**
 * Finds the parent POMs and imported BOMs of a project through the resolver, as Maven's own
 * (package-private) {@code DefaultModelResolver} does.
 */
final class RepositoryModelResolver implements ModelResolver {

  private final Context context;
  private final List<RemoteRepository> repositories;

  RepositoryModelResolver(Context context, List<RemoteRepository> repositories) {
    this.context = context;
    this.repositories = repositories;
  }

  static RemoteRepository toRemote(Repository repository) {
    RemoteRepository.Builder builder =
        new RemoteRepository.Builder(repository.getId(), "default", repository.getUrl());
    if (repository.getReleases() != null) {
      builder.setReleasePolicy(
          new RepositoryPolicy(repository.getReleases().isEnabled(), null, null));
    }
    if (repository.getSnapshots() != null) {
      builder.setSnapshotPolicy(
          new RepositoryPolicy(repository.getSnapshots().isEnabled(), null, null));
    }
    return builder.build();
  }

  @Override
  public ModelSource resolveModel(String groupId, String artifactId, String version)
      throws UnresolvableModelException {
    DefaultArtifact pom = new DefaultArtifact(groupId, artifactId, "", "pom", version);
    try {
      File file =
          context
              .repositorySystem()
              .resolveArtifact(
                  context.repositorySystemSession(), new ArtifactRequest(pom, repositories, null))
              .getArtifact()
              .getFile();
      return new FileModelSource(file);
    } catch (ArtifactResolutionException e) {
      throw new UnresolvableModelException(e.getMessage(), groupId, artifactId, version, e);
    }
  }

  @Override
  public ModelSource resolveModel(Parent parent) throws UnresolvableModelException {
    parent.setVersion(highest(parent.getGroupId(), parent.getArtifactId(), parent.getVersion()));
    return resolveModel(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
  }

  @Override
  public ModelSource resolveModel(Dependency dependency) throws UnresolvableModelException {
    dependency.setVersion(
        highest(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion()));
    return resolveModel(
        dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
  }

  @Override
  public void addRepository(Repository repository) {
    addRepository(repository, false);
  }

  @Override
  public void addRepository(Repository repository, boolean replace) {
    List<RemoteRepository> added =
        context
            .repositorySystem()
            .newResolutionRepositories(
                context.repositorySystemSession(), List.of(toRemote(repository)));
    if (replace) {
      repositories.removeIf(r -> r.getId().equals(repository.getId()));
    } else if (repositories.stream().anyMatch(r -> r.getId().equals(repository.getId()))) {
      return;
    }
    repositories.addAll(added);
  }

  @Override
  public ModelResolver newCopy() {
    return new RepositoryModelResolver(context, new ArrayList<>(repositories));
  }

  /** {@code version} itself, or the highest version in it if it is a range. */
  private String highest(String groupId, String artifactId, String version)
      throws UnresolvableModelException {
    if (version == null || !(version.startsWith("[") || version.startsWith("("))) {
      return version;
    }
    VersionRangeRequest request =
        new VersionRangeRequest(
            new DefaultArtifact(groupId, artifactId, "", "pom", version), repositories, null);
    try {
      VersionRangeResult result =
          context
              .repositorySystem()
              .resolveVersionRange(context.repositorySystemSession(), request);
      if (result.getHighestVersion() == null) {
        throw new UnresolvableModelException(
            "No version in " + version, groupId, artifactId, version);
      }
      return result.getHighestVersion().toString();
    } catch (VersionRangeResolutionException e) {
      throw new UnresolvableModelException(e.getMessage(), groupId, artifactId, version, e);
    }
  }
}
