package io.github.connectclient.fuzz;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a decoded value against its declared generic type, so a value that would fail later in the
 * caller's code (a {@code Long} inside a {@code List<String>}, a null list element, a record whose
 * {@code toString()} throws) is caught here, where the body is known.
 */
final class ValueWalker {

  private ValueWalker() {}

  /**
   * Checks {@code value} against {@code type}; returns a description of the first problem, or null.
   */
  static String problem(Object value, Type type) {
    try {
      String found = walk(value, type, "$", true);
      if (found == null && value != null) {
        value.toString();
        value.hashCode();
        if (!value.equals(value)) {
          return "not equal to itself";
        }
      }
      return found;
    } catch (RuntimeException e) {
      return "walking threw " + e;
    }
  }

  private static String walk(Object value, Type type, String path, boolean nullable)
      throws RuntimeException {
    if (value == null) {
      return nullable ? null : "null at " + path;
    }
    if (type instanceof WildcardType || type == Object.class) {
      return null;
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (!raw.isInstance(value)) {
        return path + " is " + value.getClass().getName() + ", not " + raw.getName();
      }
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          String found = walk(list.get(i), arguments[0], path + "[" + i + "]", false);
          if (found != null) {
            return found;
          }
        }
      } else if (value instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          String found = walk(entry.getKey(), arguments[0], path + ".<key>", false);
          if (found == null) {
            found =
                walk(
                    entry.getValue(),
                    arguments[1],
                    path + "." + entry.getKey(),
                    !isModelType(arguments[1]));
          }
          if (found != null) {
            return found;
          }
        }
      } else if (value instanceof Optional<?> optional) {
        return optional.isPresent()
            ? walk(optional.get(), arguments[0], path + ".get()", false)
            : null;
      }
      return null;
    }
    Class<?> expected = (Class<?>) type;
    if (expected == Void.class) {
      return "a value for a Void endpoint at " + path;
    }
    if (!box(expected).isInstance(value)) {
      return path + " is " + value.getClass().getName() + ", not " + expected.getName();
    }
    if (expected.isRecord()) {
      for (RecordComponent component : expected.getRecordComponents()) {
        Object field;
        try {
          field = component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          return "cannot read " + path + "." + component.getName() + ": " + e;
        }
        String found =
            walk(field, component.getGenericType(), path + "." + component.getName(), true);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Whether values of this type in a map are model records, whose absence is never meaningful. */
  private static boolean isModelType(Type type) {
    return type instanceof Class<?> c && c.isRecord();
  }

  private static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return type == int.class
        ? Integer.class
        : type == long.class
            ? Long.class
            : type == boolean.class ? Boolean.class : type == double.class ? Double.class : type;
  }
}
