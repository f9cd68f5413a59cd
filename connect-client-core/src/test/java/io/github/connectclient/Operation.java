package io.github.connectclient;

import io.github.connectclient.internal.endpoint.ApiCall;
import io.github.connectclient.internal.endpoint.Calls;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One client operation named as data, e.g. {@code getConnector("x")}. {@link Calls} mirrors every
 * {@link ConnectClient} method (same name, same parameters), so an operation can be run as the
 * client method (sync) or as its {@link ApiCall} through the transport (async).
 *
 * @param name the method name on {@link ConnectClient} and {@link Calls}
 * @param args its arguments
 */
record Operation(String name, Object... args) {

  static Operation of(String name, Object... args) {
    return new Operation(name, args);
  }

  /** Calls the {@link ConnectClient} method; exceptions it throws are rethrown unwrapped. */
  Object invoke(ConnectClient client) {
    return invoke(ConnectClient.class, client);
  }

  /** The {@link ApiCall} that {@link Calls} builds for this operation. */
  ApiCall<?> call(Calls calls) {
    return (ApiCall<?>) invoke(Calls.class, calls);
  }

  private Object invoke(Class<?> type, Object target) {
    Method method = find(type);
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new AssertionError(cause);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private Method find(Class<?> type) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && accepts(method.getParameterTypes())) {
        return method;
      }
    }
    throw new AssertionError(type.getSimpleName() + " has no method " + this);
  }

  private boolean accepts(Class<?>[] parameters) {
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      Class<?> parameter = parameters[i] == int.class ? Integer.class : parameters[i];
      if (args[i] != null && !parameter.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return name
        + Arrays.stream(args)
            .map(arg -> arg instanceof String text ? '"' + text + '"' : String.valueOf(arg))
            .collect(Collectors.joining(", ", "(", ")"));
  }
}
