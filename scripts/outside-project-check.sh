#!/usr/bin/env bash
# A user's project outside this repository: its own pom.xml and settings.xml (a mirror of `*` pointing
# at Maven Central's URL, a fresh local repository), its own connector, and an integration test that
# uses the testkit (as installed in ~/.m2) on Kafka 3.9.1 with the connector's jar as a plugin.
#
#   scripts/outside-project-check.sh [work-dir]      (default: a new directory under /tmp)
#
# Installs the testkit (and core) into ~/.m2, writes the project, runs `mvn -s settings.xml verify`
# in it, and checks that Kafka's jars came through the mirror (_remote.repositories names it).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d /tmp/outside-project.XXXXXX)}"
project="$work/outside-connector"
m2="$work/m2-repository"
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -n 1)
mkdir -p "$project/src/main/java/com/example" "$project/src/test/java/com/example" "$m2"

echo "== install the testkit $version into ~/.m2"
(cd "$repo" && mvn -B -q install -pl connect-client-testkit -am -DskipTests -Dspotless.check.skip=true)

echo "== seed the project's fresh local repository with this project's artifacts (as from a company's repository)"
mkdir -p "$m2/io/github"
cp -r "$HOME/.m2/repository/io/github/connectclient" "$m2/io/github/"
find "$m2/io/github/connectclient" -name '_remote.repositories' -delete

cat > "$project/settings.xml" <<EOF
<settings>
  <localRepository>$m2</localRepository>
  <mirrors>
    <mirror>
      <id>corp-mirror</id>
      <name>Everything through the company mirror</name>
      <url>https://repo1.maven.org/maven2/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
EOF

cat > "$project/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>outside-connector</artifactId>
  <version>1.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>connect-api</artifactId>
      <version>3.9.1</version>
      <scope>provided</scope>
    </dependency>
    <dependency>
      <groupId>io.github.connectclient</groupId>
      <artifactId>connect-client-testkit</artifactId>
      <version>$version</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>io.github.connectclient</groupId>
      <artifactId>connect-client-core</artifactId>
      <version>$version</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>5.10.2</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      <plugin>
        <artifactId>maven-failsafe-plugin</artifactId>
        <version>3.5.4</version>
        <configuration>
          <systemPropertyVariables>
            <!-- The testkit resolves Kafka with the settings this build was given (-s settings.xml). -->
            <connect.testkit.maven.settings>\${session.request.userSettingsFile.path}</connect.testkit.maven.settings>
          </systemPropertyVariables>
        </configuration>
        <executions>
          <execution>
            <goals><goal>integration-test</goal><goal>verify</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF

cat > "$project/src/main/java/com/example/GreetingSourceConnector.java" <<'EOF'
package com.example;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

public class GreetingSourceConnector extends SourceConnector {
  private Map<String, String> config;

  @Override public void start(Map<String, String> props) { config = props; }
  @Override public Class<? extends Task> taskClass() { return GreetingSourceTask.class; }
  @Override public List<Map<String, String>> taskConfigs(int maxTasks) { return List.of(config); }
  @Override public void stop() {}
  @Override public ConfigDef config() {
    return new ConfigDef().define("topic", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "topic");
  }
  @Override public String version() { return "1.0"; }
}
EOF

cat > "$project/src/main/java/com/example/GreetingSourceTask.java" <<'EOF'
package com.example;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

public class GreetingSourceTask extends SourceTask {
  private String topic;
  private boolean sent;

  @Override public void start(Map<String, String> props) { topic = props.get("topic"); }
  @Override public List<SourceRecord> poll() throws InterruptedException {
    if (sent) { Thread.sleep(200); return null; }
    sent = true;
    return List.of(
        new SourceRecord(Map.of(), Map.of(), topic, Schema.STRING_SCHEMA, "hello"),
        new SourceRecord(Map.of(), Map.of(), topic, Schema.STRING_SCHEMA, "world"));
  }
  @Override public void stop() {}
  @Override public String version() { return "1.0"; }
}
EOF

cat > "$project/src/test/java/com/example/GreetingConnectorIT.java" <<'EOF'
package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.connectclient.ConnectClient;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.State;
import io.github.connectclient.testkit.ConnectCluster;
import io.github.connectclient.testkit.ConnectClusterTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ConnectClusterTest(workers = 2, kafkaVersion = "3.9.1", plugins = "target/outside-connector-1.0.jar")
class GreetingConnectorIT {

  @Test
  void greets(ConnectClient client, ConnectCluster cluster) {
    assertEquals("3.9.1", client.getServerInfo().version());
    assertTrue(client.listConnectorPlugins().stream()
        .map(PluginInfo::className).anyMatch("com.example.GreetingSourceConnector"::equals));

    client.createConnector("greetings", Map.of(
        "connector.class", "com.example.GreetingSourceConnector",
        "topic", "greetings",
        "value.converter", "org.apache.kafka.connect.storage.StringConverter"));
    client.awaitConnectorState("greetings", State.RUNNING, Duration.ofSeconds(60));

    assertEquals(List.of("hello", "world"), cluster.consume("greetings", 2, Duration.ofSeconds(30)));
  }
}
EOF

echo "== mvn -s settings.xml verify in $project"
start=$(date +%s)
(cd "$project" && mvn -B -s settings.xml verify) > "$work/build.log" 2>&1 || { tail -80 "$work/build.log"; echo "FAILED: see $work/build.log"; exit 1; }
end=$(date +%s)
grep -E "Tests run:|BUILD" "$work/build.log" | tail -3

remote="$m2/org/apache/kafka/kafka_2.13/3.9.1/_remote.repositories"
if grep -q "corp-mirror" "$remote"; then
  echo "Kafka 3.9.1 came through the mirror: $(grep '\.jar' "$remote")"
else
  echo "FAILED: $remote does not name corp-mirror"; exit 1
fi
echo "outside-project check passed in $((end - start)) s (project in $project)"
