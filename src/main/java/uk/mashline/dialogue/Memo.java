package uk.mashline.dialogue;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function kept for their arguments, at most {@code limit} of them: when full it is
 * emptied and fills again with what is asked now, which for template output is the same few entries.
 * Cheaper than an eviction order, and a memory bound all the same. Values must be immutable.
 */
final class Memo<K, V> {

    private final int limit;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    Memo(int limit) {
        this.limit = limit;
    }

    V computeIfAbsent(K key, Function<K, V> compute) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        // computed outside the map's lock: two threads may both compute a new entry, with the same result
        V value = compute.apply(key);
        if (values.size() >= limit) {
            values.clear();
        }
        values.put(key, value);
        return value;
    }
}
