package io.github.connectclient.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An unmodifiable connector config whose {@link #toString()} masks the values of sensitive keys
 * ({@link Redaction}); equality and hash code are those of any map with the same entries. Returned
 * where the API hands out a bare config map, so logging it does not leak a password.
 *
 * <p>The copy is compact (decision 0019): the keys and values in two arrays in iteration order and
 * an open-addressing index of their positions, rather than a {@code LinkedHashMap} of one entry
 * object per key. Every record holding a config makes this copy, so its size is paid once per
 * connector of a listing.
 */
final class RedactedMap extends AbstractMap<String, String> {

  private final String[] keys;
  private final String[] values;

  /** Slot (hash of the key, linear probing) to position + 1; 0 is an empty slot. */
  private final int[] index;

  private RedactedMap(String[] keys, String[] values, int[] index) {
    this.keys = keys;
    this.values = values;
    this.index = index;
  }

  /** An unmodifiable copy of {@code config} (in its iteration order; null values kept). */
  static Map<String, String> of(Map<String, String> config) {
    if (config instanceof RedactedMap redacted) {
      return redacted;
    }
    int size = config.size();
    String[] keys = new String[size];
    String[] values = new String[size];
    int count = 0;
    for (Map.Entry<String, String> entry : config.entrySet()) {
      if (count == size) {
        throw new ConcurrentModificationException();
      }
      keys[count] = entry.getKey();
      values[count] = entry.getValue();
      count++;
    }
    if (count != size) {
      throw new ConcurrentModificationException();
    }
    int[] index = new int[Integer.highestOneBit(Math.max(2, size + size / 2) - 1) << 1];
    for (int position = 0; position < size; position++) {
      int slot = hash(keys[position]) & (index.length - 1);
      while (index[slot] != 0) {
        slot = (slot + 1) & (index.length - 1);
      }
      index[slot] = position + 1;
    }
    return new RedactedMap(keys, values, index);
  }

  private static int hash(Object key) {
    int h = key == null ? 0 : key.hashCode();
    return h ^ (h >>> 16);
  }

  private int positionOf(Object key) {
    int mask = index.length - 1;
    for (int slot = hash(key) & mask; index[slot] != 0; slot = (slot + 1) & mask) {
      int position = index[slot] - 1;
      if (Objects.equals(keys[position], key)) {
        return position;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            Entry<String, String> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
            next++;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  @Override
  public String get(Object key) {
    int position = positionOf(key);
    return position < 0 ? null : values[position];
  }

  @Override
  public String getOrDefault(Object key, String defaultValue) {
    int position = positionOf(key);
    return position < 0 ? defaultValue : values[position];
  }

  @Override
  public boolean containsKey(Object key) {
    return positionOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    Objects.requireNonNull(action);
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  // Every mutator throws, present key or not, as Collections.unmodifiableMap's do.

  @Override
  public String put(String key, String value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String remove(Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<? extends String, ? extends String> map) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super String, ? extends String> function) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String putIfAbsent(String key, String value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean replace(String key, String oldValue, String newValue) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String replace(String key, String value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String computeIfAbsent(String key, Function<? super String, ? extends String> function) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String computeIfPresent(
      String key, BiFunction<? super String, ? super String, ? extends String> function) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String compute(
      String key, BiFunction<? super String, ? super String, ? extends String> function) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String merge(
      String key, String value, BiFunction<? super String, ? super String, ? extends String> f) {
    throw new UnsupportedOperationException();
  }

  /** {@code {key=value, password=[hidden]}}. */
  @Override
  public String toString() {
    return Redaction.toString(this);
  }
}
