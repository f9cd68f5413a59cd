package io.github.connectclient.it.compat;

import io.github.connectclient.testkit.ConnectClusterTest;

/** The client against Kafka 3.6.2, the oldest release the testkit supports. */
@ConnectClusterTest(workers = 2, kafkaVersion = "3.6.2", pluginsFromClasspath = ClientCalls.PLUGIN)
class Kafka36CompatibilityIT extends CompatibilityIT {}
