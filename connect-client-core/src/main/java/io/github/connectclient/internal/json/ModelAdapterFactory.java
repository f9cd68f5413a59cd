package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.connectclient.model.ConfigKeyInfo;
import io.github.connectclient.model.ConnectorInfo;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.ConnectorStatus;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.TaskState;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Serves the hand-written adapters for the models Moshi's reflective record support cannot map:
 * those where one JSON member feeds two components (an enum and its raw string), and {@link
 * NewConnector}, whose {@code initial_state} must be left out rather than written as null.
 */
final class ModelAdapterFactory implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == ConnectorInfo.class) {
      return new ConnectorInfoAdapter(moshi).nullSafe();
    }
    if (type == ConnectorStatus.class) {
      return new ConnectorStatusAdapter(moshi).nullSafe();
    }
    if (type == ConnectorState.class) {
      return new ConnectorStateAdapter().nullSafe();
    }
    if (type == TaskState.class) {
      return new TaskStateAdapter().nullSafe();
    }
    if (type == PluginInfo.class) {
      return new PluginInfoAdapter().nullSafe();
    }
    if (type == ConfigKeyInfo.class) {
      return new ConfigKeyInfoAdapter().nullSafe();
    }
    if (type == NewConnector.class) {
      return new NewConnectorAdapter(moshi).nullSafe();
    }
    return null;
  }
}
