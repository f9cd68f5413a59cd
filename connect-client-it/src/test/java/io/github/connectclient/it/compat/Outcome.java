package io.github.connectclient.it.compat;

import io.github.connectclient.errors.ConnectServerException;

/**
 * What one call did: {@code ok}, {@code ok, this worker only} (a cluster-wide call that changed one
 * worker), or the exception's type and, when the server answered, its HTTP status.
 */
record Outcome(String text) {

  static final Outcome OK = new Outcome("ok");
  static final Outcome WORKER_SCOPE_ONLY = new Outcome("ok, this worker only");

  static Outcome of(ClientCalls.Call call) {
    try {
      call.run();
      return OK;
    } catch (ClusterScope.WorkerScopeOnly e) {
      return WORKER_SCOPE_ONLY;
    } catch (ConnectServerException e) {
      return new Outcome(e.getClass().getSimpleName() + " " + e.statusCode());
    } catch (AssertionError e) {
      return new Outcome("wrong answer: " + e.getMessage().strip().replaceAll("\\s+", " "));
    } catch (Exception e) {
      return new Outcome(e.getClass().getSimpleName());
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
