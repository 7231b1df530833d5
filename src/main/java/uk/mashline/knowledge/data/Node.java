package uk.mashline.knowledge.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A YAML mapping being read, which knows its file and its path so that every error names the
 * file and the field. {@link #finish()} rejects keys nobody read (usually a typo).
 */
final class Node {

    private final String file;
    private final String path;
    private final Map<String, Object> values;
    private final Set<String> read = new HashSet<>();

    private Node(String file, String path, Map<String, Object> values) {
        this.file = file;
        this.path = path;
        this.values = values;
    }

    static Node root(String file, Object parsed) {
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new PartnershipDataException(file, "", "the file must hold a YAML mapping at the top level");
        }
        return new Node(file, "", stringKeys(file, "", map));
    }

    String file() {
        return file;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    PartnershipDataException error(String key, String problem) {
        return new PartnershipDataException(file, key == null ? path : field(key), problem);
    }

    List<String> keys() {
        return List.copyOf(values.keySet());
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String text(String key) {
        String value = optionalText(key);
        if (value == null) {
            throw error(key, "is required");
        }
        return value;
    }

    String optionalText(String key) {
        read.add(key);
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw error(key, "must be text");
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            throw error(key, "must not be empty (leave it out or write null)");
        }
        return text;
    }

    Integer optionalInteger(String key) {
        read.add(key);
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer number)) {
            throw error(key, "must be a whole number, not '" + value + "'");
        }
        if (number < 0) {
            throw error(key, "must not be negative");
        }
        return number;
    }

    int integer(String key) {
        Integer value = optionalInteger(key);
        if (value == null) {
            throw error(key, "is required");
        }
        return value;
    }

    Boolean optionalBoolean(String key) {
        read.add(key);
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Boolean flag)) {
            throw error(key, "must be true, false or null, not '" + value + "'");
        }
        return flag;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String value = text(key);
        try {
            return Enum.valueOf(type, value.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw error(key, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    Node child(String key) {
        Node node = optionalChild(key);
        if (node == null) {
            throw error(key, "is required");
        }
        return node;
    }

    Node optionalChild(String key) {
        read.add(key);
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw error(key, "must be a mapping");
        }
        return new Node(file, field(key), stringKeys(file, field(key), map));
    }

    /** The raw value, for fields that accept more than one shape. */
    Object raw(String key) {
        read.add(key);
        return values.get(key);
    }

    List<Node> children(String key) {
        return list(key, (element, field) -> {
            if (!(element instanceof Map<?, ?> map)) {
                throw new PartnershipDataException(file, field, "must be a mapping");
            }
            return new Node(file, field, stringKeys(file, field, map));
        });
    }

    /**
     * Text items kept exactly as written ({@link #texts} strips them): a mention padded with a space (" iro ", " cc ") is a
     * whole word, and stripped it was found inside others ("cc" in "accept", "iro" in "environment": blind q41, a West Sussex "the MASH wont
     * accept my referral" was told who to copy in).
     */
    List<String> phrases(String key) {
        return list(key, (element, field) -> {
            if (element == null || element instanceof Map || element instanceof List
                    || String.valueOf(element).isBlank()) {
                throw new PartnershipDataException(file, field, "must be non-empty text");
            }
            return String.valueOf(element);
        });
    }

    List<String> texts(String key) {
        return phrases(key).stream().map(String::strip).toList();
    }

    private <T> List<T> list(String key, ElementReader<T> reader) {
        read.add(key);
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> elements)) {
            throw error(key, "must be a list");
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            result.add(reader.read(elements.get(i), field(key) + "[" + i + "]"));
        }
        return result;
    }

    <T> List<T> map(List<Node> nodes, Function<Node, T> reader) {
        List<T> result = new ArrayList<>();
        for (Node node : nodes) {
            result.add(reader.apply(node));
            node.finish();
        }
        return result;
    }

    /** Fails on any key that was never read: a misspelt field would otherwise be silently lost. */
    void finish() {
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                throw error(key, "is not a known field");
            }
        }
    }

    private interface ElementReader<T> {
        T read(Object element, String field);
    }

    private static Map<String, Object> stringKeys(String file, String path, Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String name)) {
                throw new PartnershipDataException(file, path, "key '" + key + "' must be text");
            }
            result.put(name, value);
        });
        return result;
    }
}
