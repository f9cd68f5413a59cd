package io.github.connectclient.testkit.resolver;

import eu.maveniverse.maven.mima.context.Context;
import eu.maveniverse.maven.mima.context.ContextOverrides;
import eu.maveniverse.maven.mima.runtime.standalonestatic.StandaloneStaticRuntime;
import java.io.File;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuilder;
import org.apache.maven.settings.building.SettingsBuildingException;

/**
 * A MIMA context that behaves as Maven on this machine would: the user's {@code settings.xml}
 * (mirrors, servers with their credentials, proxies, profiles with repositories, the local
 * repository, {@code <offline>}), {@code -Dmaven.repo.local}, or the request's overrides.
 */
final class Contexts {

  private Contexts() {}

  static Context create(Request request) {
    ContextOverrides.Builder overrides =
        ContextOverrides.create()
            .withUserSettings(true)
            // Other JVMs (parallel test forks, the mvn that forked us) may write the same local
            // repository at the same time: lock across processes, as Maven does when told to.
            .configProperties(
                Map.of(
                    "aether.syncContext.named.factory", "file-lock",
                    "aether.syncContext.named.nameMapper", "file-gav"));
    if (request.settings() != null) {
      overrides.withUserSettingsXmlOverride(request.settings().toAbsolutePath());
    }
    if (request.localRepository() != null) {
      overrides.withLocalRepositoryOverride(request.localRepository().toAbsolutePath());
    }
    if (request.offline() != null) {
      overrides.offline(request.offline());
    }
    StandaloneStaticRuntime runtime = new StandaloneStaticRuntime();
    Context context = runtime.create(overrides.build());
    if (request.offline() == null && offlineInSettings(context)) {
      // MIMA reads mirrors and servers from the settings, but leaves <offline> to its caller.
      context.close();
      context = runtime.create(overrides.offline(true).build());
    }
    return context;
  }

  private static boolean offlineInSettings(Context context) {
    SettingsBuilder builder = context.lookup().lookup(SettingsBuilder.class).orElse(null);
    if (builder == null) {
      return false;
    }
    DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
    Properties system = new Properties();
    system.putAll(context.contextOverrides().getSystemProperties());
    request.setSystemProperties(system);
    File user = context.mavenUserHome().settingsXml().toFile();
    request.setUserSettingsFile(user);
    if (context.mavenSystemHome() != null) {
      request.setGlobalSettingsFile(context.mavenSystemHome().settingsXml().toFile());
    }
    try {
      return builder.build(request).getEffectiveSettings().isOffline();
    } catch (SettingsBuildingException e) {
      throw new IllegalStateException("Cannot read " + user + ": " + e.getMessage());
    }
  }
}
