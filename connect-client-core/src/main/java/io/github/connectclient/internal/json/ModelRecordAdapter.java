package io.github.connectclient.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.connectclient.model.ConnectorState;
import io.github.connectclient.model.NewConnector;
import io.github.connectclient.model.PluginInfo;
import io.github.connectclient.model.TaskState;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes, in the server's shape, every record that Moshi's reflective record adapter
 * cannot map: one with an enum component and its raw string twin, or one with members the server
 * leaves out when unset.
 *
 * <p><b>Twins.</b> A record with an enum component {@code x} and a {@code String} component {@code
 * rawX} (decision 0001) has one JSON member for both, named after {@code x}. Decoding reads it as a
 * string into {@code rawX} and passes {@code null} for {@code x}, so the record's constructor
 * derives the constant with the enum's {@code fromString}: a value this client does not know
 * becomes {@code UNKNOWN} and stays reachable as {@code rawX}. Encoding writes {@code rawX} under
 * {@code x}'s name, so an unknown value goes back out as the server sent it.
 *
 * <p><b>Everything else</b> follows Moshi's record conventions: the member is named by {@link
 * Json#name()} or else the component name, is read and written with the adapter Moshi gives the
 * component's type, unknown members are skipped, an absent member is {@code null}, and an absent
 * primitive is an error reported at the record's path.
 *
 * <p>The record is inspected once per class ({@link #SHAPES}); decoding selects member names with
 * {@link JsonReader.Options} and fills the constructor's arguments directly.
 */
final class ModelRecordAdapter extends JsonAdapter<Object> {

  /**
   * Members (by component name) left out of the JSON when {@code null}, as the server leaves them
   * out: specific to these records, so listed here rather than discovered. Every other member is
   * written, {@code null} or not ({@code initial_state} breaks workers before Kafka 3.7.0).
   */
  private static final Map<Class<?>, Set<String>> OMITTED_WHEN_NULL =
      Map.of(
          ConnectorState.class, Set.of("trace", "version"),
          TaskState.class, Set.of("trace", "version"),
          PluginInfo.class, Set.of("version"),
          NewConnector.class, Set.of("initialState"));

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  /** Serves the records described in the class documentation, without qualifiers. */
  static final JsonAdapter.Factory FACTORY =
      (type, annotations, moshi) -> {
        if (!annotations.isEmpty() || !(type instanceof Class<?> raw) || !raw.isRecord()) {
          return null;
        }
        Shape shape = SHAPES.get(raw);
        return shape == null ? null : new ModelRecordAdapter(shape, moshi).nullSafe();
      };

  private final Shape shape;
  private final JsonAdapter<Object>[] adapters;

  @SuppressWarnings("unchecked")
  private ModelRecordAdapter(Shape shape, Moshi moshi) {
    this.shape = shape;
    this.adapters = new JsonAdapter[shape.members.length];
    for (int i = 0; i < adapters.length; i++) {
      adapters[i] = moshi.adapter(shape.members[i].jsonType());
    }
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    String path = shape.primitives.length == 0 ? null : reader.getPath();
    Object[] arguments = new Object[shape.componentCount];
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(shape.names);
      if (index < 0) {
        reader.skipName();
        reader.skipValue();
      } else {
        arguments[shape.members[index].argument()] = adapters[index].fromJson(reader);
      }
    }
    reader.endObject();
    for (Member member : shape.primitives) {
      if (arguments[member.argument()] == null) {
        throw new JsonDecodeException(
            "Required value '" + member.jsonName() + "' missing at path " + path, path);
      }
    }
    return shape.construct(arguments);
  }

  @Override
  public void toJson(JsonWriter writer, Object value) throws IOException {
    writer.beginObject();
    for (int i = 0; i < adapters.length; i++) {
      Member member = shape.members[i];
      Object memberValue = member.read(value);
      if (memberValue != null || !member.omittedWhenNull()) {
        writer.name(member.jsonName());
        adapters[i].toJson(writer, memberValue);
      }
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + shape.recordName + ")";
  }

  /** A record's JSON members and constructor, found by reflection once per record class. */
  private static final class Shape {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
    private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

    final String recordName;
    final int componentCount;
    final Member[] members;
    final Member[] primitives;
    final JsonReader.Options names;
    private final MethodHandle constructor;

    private Shape(
        Class<?> type, int componentCount, List<Member> members, MethodHandle constructor) {
      this.recordName = type.getSimpleName();
      this.componentCount = componentCount;
      this.members = members.toArray(new Member[0]);
      this.primitives = members.stream().filter(Member::primitive).toArray(Member[]::new);
      this.names =
          JsonReader.Options.of(members.stream().map(Member::jsonName).toArray(String[]::new));
      this.constructor = constructor;
    }

    /** The shape of {@code type}, or {@code null} if Moshi's reflective adapter serves it. */
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Set<String> omitted = OMITTED_WHEN_NULL.getOrDefault(type, Set.of());
      Set<String> twins = new HashSet<>();
      for (RecordComponent component : components) {
        int twin = indexOf(components, twinName(component));
        if (component.getType().isEnum()
            && twin >= 0
            && components[twin].getType() == String.class) {
          twins.add(components[twin].getName());
        }
      }
      if (twins.isEmpty() && omitted.isEmpty()) {
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
        return new Shape(type, components.length, members, constructor);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("Cannot map record " + type.getName(), e);
      }
    }

    Object construct(Object[] arguments) {
      try {
        return constructor.invokeExact(arguments);
      } catch (RuntimeException | Error e) {
        throw e; // A compact constructor's rejection, reported by RecordConstructionGuard.
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
      return json == null || Json.UNSET_NAME.equals(json.name())
          ? component.getName()
          : json.name();
    }
  }

  /**
   * One JSON member: its name and type, the constructor argument it fills, and the accessor that
   * reads it back (for an enum with a raw twin: the twin's).
   */
  private record Member(
      String jsonName,
      Type jsonType,
      int argument,
      boolean primitive,
      boolean omittedWhenNull,
      MethodHandle accessor) {

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
