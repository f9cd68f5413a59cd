package io.github.connectclient.testkit;

/** One Connect worker of a cluster: its index, base URL (no trailing slash) and process. */
record Worker(int index, String url, ChildProcess process) {

  boolean isAlive() {
    return process.isAlive();
  }
}
