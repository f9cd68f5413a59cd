package io.github.connectclient.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Turns a record constructor's rejection of decoded values, and an absent primitive component, into
 * a {@link JsonDecodeException} carrying the record's JSON path.
 *
 * <p>A compact constructor may throw (a blank connector name, for example). Moshi 1.15's reflective
 * record adapter wraps such an exception in an {@link AssertionError}, and the failure happens
 * after the object was read, when the reader's path no longer points at it. This factory wraps
 * every record adapter (hand-written or reflective), remembers the path where the record starts,
 * and reports the constructor's exception there. The model's own records are read by {@link
 * ModelRecordAdapter}, which reports such failures itself without building a path up front.
 */
final class RecordConstructionGuard implements JsonAdapter.Factory {

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (!annotations.isEmpty() || !raw.isRecord() || ModelRecordAdapter.isModelRecord(raw)) {
      return null; // the model's records are guarded by ModelRecordAdapter itself, lazily
    }
    JsonAdapter<Object> delegate = moshi.nextAdapter(this, type, annotations);
    return new Guarded(delegate, Types.getRawType(type).getSimpleName());
  }

  private static final class Guarded extends JsonAdapter<Object> {
    private final JsonAdapter<Object> delegate;
    private final String recordName;

    Guarded(JsonAdapter<Object> delegate, String recordName) {
      this.delegate = delegate;
      this.recordName = recordName;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      String path = reader.getPath();
      try {
        return delegate.fromJson(reader);
      } catch (JsonDecodeException e) {
        throw e;
      } catch (JsonDataException e) {
        throw relocateMissing(path, e);
      } catch (RuntimeException e) {
        throw rejected(path, e);
      } catch (AssertionError e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw rejected(path, cause);
        }
        throw e;
      }
    }

    /**
     * Moshi reports an absent primitive component ("Required value 'order' missing at $[1]") with
     * the reader's position after the object, which in an array is the next element; report it at
     * the record's own path instead. Other data errors are already positioned correctly.
     */
    private static RuntimeException relocateMissing(String path, JsonDataException e) {
      String message = e.getMessage();
      if (message == null || !message.startsWith("Required value '")) {
        return e;
      }
      int at = message.lastIndexOf(" missing at ");
      String what = at < 0 ? message : message.substring(0, at);
      return new JsonDecodeException(what + " missing at path " + path, path, e);
    }

    private JsonDecodeException rejected(String path, RuntimeException cause) {
      return new JsonDecodeException(
          "Invalid " + recordName + " at path " + path + ": " + cause.getMessage(), path, cause);
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      delegate.toJson(writer, value);
    }

    @Override
    public String toString() {
      return delegate + ".guarded()";
    }
  }
}
