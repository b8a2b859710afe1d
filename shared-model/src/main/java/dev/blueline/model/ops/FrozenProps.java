package dev.blueline.model.ops;

import dev.blueline.model.document.Value;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The properties of a {@link Put}: read-only, in the order they were given, kept in two arrays.
 * The host copies every object a batch of changes wrote, hundreds of thousands a second under
 * load; two arrays cost a fraction of a linked hash map's nodes to build and to collect.
 */
final class FrozenProps extends AbstractMap<String, Value> {
    /** Up to this many properties a lookup scans the keys; an element has about 25 properties in all. */
    private static final int SCAN_LIMIT = 16;

    private final String[] keys;
    private final Value[] values;
    /** Key → index, only for maps too big to scan (a hostile frame, before validation refuses it). */
    private final Map<String, Integer> index;

    private FrozenProps(String[] keys, Value[] values) {
        this.keys = keys;
        this.values = values;
        if (keys.length <= SCAN_LIMIT) {
            this.index = null;
        } else {
            this.index = HashMap.newHashMap(keys.length);
            for (int i = 0; i < keys.length; i++) index.put(keys[i], i);
        }
    }

    /** A frozen copy of {@code source} (or {@code source} itself when it is frozen already). */
    static FrozenProps copyOf(Map<String, Value> source) {
        if (source instanceof FrozenProps frozen) return frozen;
        int n = source.size();
        String[] keys = new String[n];
        Value[] values = new Value[n];
        int[] i = {0};
        source.forEach((k, v) -> {
            keys[i[0]] = Objects.requireNonNull(k, "a property name in set");
            values[i[0]++] = Objects.requireNonNull(v, "a value in set (use Value.NULL)");
        });
        return new FrozenProps(keys, values);
    }

    private int indexOf(Object key) {
        if (index != null) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) return i;
        }
        return -1;
    }

    @Override
    public Value get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Value> action) {
        for (int i = 0; i < keys.length; i++) action.accept(keys[i], values[i]);
    }

    @Override
    public Set<Entry<String, Value>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Value>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Value> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
