package io.github.connectclient.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A record's JSON members and constructor, found by reflection once per record class. */
final class RecordShape {
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
  private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

  final String recordName;
  final int componentCount;
  final Member[] members;
  final Member[] primitives;
  final JsonReader.Options names;
  private final MethodHandle constructor;

  private RecordShape(
      Class<?> type, int componentCount, List<Member> members, MethodHandle constructor) {
    this.recordName = type.getSimpleName();
    this.componentCount = componentCount;
    this.members = members.toArray(new Member[0]);
    List<Member> primitive = new ArrayList<>();
    String[] jsonNames = new String[members.size()];
    for (int i = 0; i < jsonNames.length; i++) {
      jsonNames[i] = members.get(i).jsonName();
      if (members.get(i).primitive()) {
        primitive.add(members.get(i));
      }
    }
    this.primitives = primitive.toArray(new Member[0]); // loops, not streams: less to load
    this.names = JsonReader.Options.of(jsonNames);
    this.constructor = constructor;
  }

  /** The shape of {@code type}, or {@code null} if Moshi's reflective adapter serves it. */
  static RecordShape of(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Set<String> omitted = ModelRecordAdapter.OMITTED_WHEN_NULL.getOrDefault(type, Set.of());
    Set<String> twins = new HashSet<>();
    for (RecordComponent component : components) {
      int twin = indexOf(components, twinName(component));
      if (component.getType().isEnum() && twin >= 0 && components[twin].getType() == String.class) {
        twins.add(components[twin].getName());
      }
    }
    if (twins.isEmpty() && omitted.isEmpty() && !ModelRecordAdapter.isModelRecord(type)) {
      return null;
    }
    List<Member> members = new ArrayList<>();
    Class<?>[] parameterTypes = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent component = components[i];
        parameterTypes[i] = component.getType();
        if (twins.contains(component.getName())) {
          continue; // Read and written as the member of its enum.
        }
        int source =
            twins.contains(twinName(component)) ? indexOf(components, twinName(component)) : i;
        members.add(
            new Member(
                component.getName(),
                jsonName(component),
                source == i ? component.getGenericType() : String.class,
                source,
                component.getType().isPrimitive(),
                omitted.contains(component.getName()),
                LOOKUP.unreflect(components[source].getAccessor()).asType(READER)));
      }
      MethodHandle constructor =
          LOOKUP
              .findConstructor(type, MethodType.methodType(void.class, parameterTypes))
              .asType(MethodType.genericMethodType(components.length))
              .asSpreader(Object[].class, components.length);
      return new RecordShape(type, components.length, members, constructor);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("Cannot map record " + type.getName(), e);
    }
  }

  Object construct(Object[] arguments) {
    try {
      return constructor.invokeExact(arguments);
    } catch (RuntimeException | Error e) {
      throw e; // A compact constructor's rejection, reported at the record's path.
    } catch (Throwable e) {
      throw new IllegalStateException(
          e); // Unreachable: a record constructor throws no checked exception.
    }
  }

  /** {@code state} gives {@code rawState}. */
  private static String twinName(RecordComponent component) {
    String name = component.getName();
    return "raw" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static int indexOf(RecordComponent[] components, String name) {
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Moshi's rule: {@link Json#name()} if set, else the component's name. */
  private static String jsonName(RecordComponent component) {
    Json json = component.getAnnotation(Json.class);
    return json == null || Json.UNSET_NAME.equals(json.name()) ? component.getName() : json.name();
  }

  /**
   * One JSON member: its name and type, the constructor argument it fills, and the accessor that
   * reads it back (for an enum with a raw twin: the twin's).
   */
  record Member(
      String componentName,
      String jsonName,
      Type jsonType,
      int argument,
      boolean primitive,
      boolean omittedWhenNull,
      MethodHandle accessor) {

    /** How Moshi names a missing member: {@code Required value 'x' (JSON name 'y')}. */
    String missingText() {
      return componentName.equals(jsonName)
          ? "Required value '" + jsonName + "'"
          : "Required value '" + componentName + "' (JSON name '" + jsonName + "')";
    }

    Object read(Object record) {
      try {
        return accessor.invokeExact(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e); // Unreachable: an accessor throws no checked exception.
      }
    }
  }
}
