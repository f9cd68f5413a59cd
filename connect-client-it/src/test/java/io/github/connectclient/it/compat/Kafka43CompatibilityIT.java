package io.github.connectclient.it.compat;

import io.github.connectclient.testkit.ConnectClusterTest;

/** The client against Kafka 4.3.1, the testkit's default. */
@ConnectClusterTest(workers = 2, kafkaVersion = "4.3.1", pluginsFromClasspath = ClientCalls.PLUGIN)
class Kafka43CompatibilityIT extends CompatibilityIT {}
