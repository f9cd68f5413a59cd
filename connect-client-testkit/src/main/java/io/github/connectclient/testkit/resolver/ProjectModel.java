package io.github.connectclient.testkit.resolver;

import eu.maveniverse.maven.mima.context.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.artifact.DefaultArtifactType;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * The effective model of a project's {@code pom.xml}, built by Maven's own model builder (parents
 * by relative path or from repositories, properties, imported BOMs, dependency management), and the
 * dependencies it puts on its runtime classpath.
 */
final class ProjectModel {

  private final Model model;

  private ProjectModel(Model model) {
    this.model = model;
  }

  static ProjectModel read(Context context, Path pom) {
    DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
    request.setPomFile(pom.toAbsolutePath().toFile());
    request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
    request.setProcessPlugins(false);
    request.setTwoPhaseBuilding(false);
    Properties system = new Properties();
    system.putAll(context.contextOverrides().getSystemProperties());
    request.setSystemProperties(system);
    request.setModelResolver(
        new RepositoryModelResolver(context, new ArrayList<>(context.remoteRepositories())));
    try {
      return new ProjectModel(
          new DefaultModelBuilderFactory().newInstance().build(request).getEffectiveModel());
    } catch (ModelBuildingException e) {
      throw new IllegalStateException(
          "Cannot read the project model of " + pom + ": " + e.getMessage());
    }
  }

  String coordinates() {
    return model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion();
  }

  /**
   * {@code base} followed by the project's own repositories, with the settings' mirrors applied.
   */
  List<RemoteRepository> repositories(Context context, List<RemoteRepository> base) {
    List<RemoteRepository> own = new ArrayList<>();
    for (Repository repository : model.getRepositories()) {
      own.add(RepositoryModelResolver.toRemote(repository));
    }
    List<RemoteRepository> all = new ArrayList<>(base);
    all.addAll(
        context
            .repositorySystem()
            .newResolutionRepositories(context.repositorySystemSession(), own));
    return all;
  }

  /**
   * The project's compile and runtime dependencies that are not optional, each with its exclusions,
   * versions already managed by the effective model.
   */
  List<Dependency> runtimeDependencies(Context context) {
    List<Dependency> dependencies = new ArrayList<>();
    for (org.apache.maven.model.Dependency d : model.getDependencies()) {
      String scope = d.getScope() == null ? "compile" : d.getScope();
      if (d.isOptional() || !(scope.equals("compile") || scope.equals("runtime"))) {
        continue;
      }
      List<Exclusion> exclusions = new ArrayList<>();
      d.getExclusions()
          .forEach(e -> exclusions.add(new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*")));
      ArtifactType type =
          context.repositorySystemSession().getArtifactTypeRegistry().get(d.getType());
      if (type == null) {
        type = new DefaultArtifactType(d.getType());
      }
      DefaultArtifact artifact =
          new DefaultArtifact(
              d.getGroupId(),
              d.getArtifactId(),
              d.getClassifier() != null ? d.getClassifier() : type.getClassifier(),
              type.getExtension(),
              d.getVersion(),
              type);
      dependencies.add(new Dependency(artifact, scope, false, exclusions));
    }
    return dependencies;
  }
}
