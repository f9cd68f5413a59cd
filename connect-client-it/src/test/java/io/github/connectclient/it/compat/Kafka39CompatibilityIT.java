package io.github.connectclient.it.compat;

import io.github.connectclient.testkit.ConnectClusterTest;

/** The client against Kafka 3.9.1, the last 3.x (log4j 1, ZooKeeper still possible). */
@ConnectClusterTest(workers = 2, kafkaVersion = "3.9.1", pluginsFromClasspath = ClientCalls.PLUGIN)
class Kafka39CompatibilityIT extends CompatibilityIT {}
