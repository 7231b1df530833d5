package uk.mashline.language;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The languages the line can answer in, one data file each under {@code languages/}. A file that
 * is missing a line or a kind of danger cue stops the start, naming the file and the field.
 */
public final class LanguagePacks {

    /** Every language the line answers in; English first. */
    public static final List<String> SHIPPED = List.of("eng", "pol", "ron", "pan", "urd", "por", "spa", "ara", "ben",
            "guj", "ita", "lit", "fra", "tur", "rus", "ukr", "cym", "som", "tam", "zho", "fas", "deu");

    private final Map<Language, LanguagePack> byLanguage = new LinkedHashMap<>();

    public LanguagePacks(Collection<LanguagePack> packs) {
        for (LanguagePack pack : packs) {
            if (byLanguage.putIfAbsent(pack.language(), pack) != null) {
                throw new IllegalArgumentException("language " + pack.language() + " appears twice");
            }
        }
        if (!byLanguage.containsKey(Language.ENGLISH)) {
            throw new IllegalArgumentException("the English file (eng) is required");
        }
    }

    public static LanguagePacks fromClasspath() {
        List<LanguagePack> packs = new ArrayList<>();
        for (String code : SHIPPED) {
            String resource = "languages/" + code + ".yml";
            try (InputStream in = LanguagePacks.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("language file not found on the classpath: " + resource);
                }
                packs.add(read(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LanguagePacks(packs);
    }

    static LanguagePack read(String file, java.io.Reader reader) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": not a map of fields");
        }
        try {
            Map<?, ?> provenance = map(map, "provenance");
            Map<String, List<String>> cues = new LinkedHashMap<>();
            Map<?, ?> danger = map.containsKey("danger") ? map(map, "danger") : Map.of();
            danger.forEach((kind, list) -> cues.put(String.valueOf(kind), folded((List<?>) list, true)));
            Map<String, String> lines = new LinkedHashMap<>();
            map(map, "lines").forEach((k, v) -> lines.put(String.valueOf(k), String.valueOf(v).strip()));
            return new LanguagePack(Language.of(text(map, "code")), text(map, "name"), text(map, "nativeName"),
                    new LanguagePack.Provenance(Boolean.TRUE.equals(provenance.get("reviewed")),
                            text(provenance, "note")),
                    lines, new LinkedHashSet<>(folded(list(map, "words"), false)), cues,
                    "substring".equals(map.get("cueMatch")),
                    map.get("letters") == null ? "" : Folding.lower(String.valueOf(map.get("letters"))),
                    habit(map), map.containsKey("harmless") ? folded(list(map, "harmless"), true) : List.of(),
                    rules(list(map, "harmlessRules")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The file's {@code habit} block ({@link Habit}), folded as cues are; none where the file has none. */
    private static Habit habit(Map<?, ?> map) {
        if (!map.containsKey("habit")) {
            return Habit.NONE;
        }
        Map<?, ?> habit = map(map, "habit");
        // facts-48: hits and notNow are optional (a file may soften only being left alone)
        return new Habit(folded(list(habit, "often"), true), folded(list(habit, "now"), true),
                folded(list(habit, "alone"), true),
                habit.containsKey("hits") ? folded(list(habit, "hits"), true) : List.of(),
                habit.containsKey("notNow") ? folded(list(habit, "notNow"), true) : List.of());
    }

    /** facts-44: the file's {@code harmlessRules}, each a regular expression written as cues are (folded, lower case). */
    private static List<Pattern> rules(List<?> values) {
        List<Pattern> out = new ArrayList<>();
        for (Object v : values) {
            try {
                out.add(Pattern.compile(String.valueOf(v)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("harmlessRules: " + e.getDescription() + ": " + v, e);
            }
        }
        return out;
    }

    private static List<String> folded(List<?> values, boolean cue) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            String s = cue ? DangerCues.spaced(String.valueOf(v)) : Folding.fold(String.valueOf(v)).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static Map<?, ?> map(Map<?, ?> parent, String key) {
        if (parent.get(key) instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(key + " must be a map");
    }

    private static List<?> list(Map<?, ?> parent, String key) {
        Object v = parent.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException(key + " must be a list");
    }

    private static String text(Map<?, ?> parent, String key) {
        Object v = parent.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return String.valueOf(v).strip();
    }

    public Optional<LanguagePack> find(Language language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /**
     * The language other than English that {@code word} names, by its name in English ("arabic") or in itself ("polski"),
     * case and accents aside: "do you have an arabic speaker" asks for Arabic.
     */
    public Optional<LanguagePack> named(String word) {
        String w = Folding.fold(word).strip();
        return byLanguage.values().stream().filter(p -> !p.language().isEnglish())
                .filter(p -> Folding.fold(p.name()).equals(w) || Folding.fold(p.nativeName()).equals(w)).findFirst();
    }

    public LanguagePack english() {
        return byLanguage.get(Language.ENGLISH);
    }

    public Collection<LanguagePack> all() {
        return List.copyOf(byLanguage.values());
    }

    /** The languages other than English whose words are known, for short-text evidence. */
    public Set<Language> languages() {
        return Set.copyOf(byLanguage.keySet());
    }
}
