package uk.mashline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The service's JVM options from {@code jvm.options} in the jar, a java @argfile with # comments. */
final class JvmOptions {

    private static final Pattern GC = Pattern.compile("-XX:[+-]Use\\w*GC");
    private static final Pattern HEAP_LIMIT = Pattern.compile("-Xmx.*|-XX:MaxHeapSize=.*|-XX:MaxRAM(Percentage)?=.*");
    private static final Pattern XX = Pattern.compile("-XX:[+-]?(\\w+).*");
    private static final Pattern X = Pattern.compile("(-X(ms|mn|ss)).*");

    private JvmOptions() {
    }

    /** The shipped options of which the command line set no option of the same kind. */
    static List<String> defaultsNotIn(List<String> given) {
        Set<String> kinds = given.stream().map(JvmOptions::kind).collect(Collectors.toSet());
        return shipped().stream().filter(o -> !kinds.contains(kind(o))).toList();
    }

    static List<String> shipped() {
        try (InputStream in = JvmOptions.class.getResourceAsStream("/jvm.options")) {
            return in == null ? List.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<String> parse(String argfile) {
        List<String> options = new ArrayList<>();
        for (String line : argfile.split("\\R")) {
            int comment = line.indexOf('#');
            String content = comment < 0 ? line : line.substring(0, comment);
            for (String option : content.trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    /** Options of one kind replace each other: any collector, any heap limit, the same -XX flag or -X size. */
    static String kind(String option) {
        if (GC.matcher(option).matches()) {
            return "gc";
        }
        if (HEAP_LIMIT.matcher(option).matches()) {
            return "heap-limit";
        }
        Matcher xx = XX.matcher(option);
        if (xx.matches()) {
            return "-XX:" + xx.group(1);
        }
        Matcher x = X.matcher(option);
        if (x.matches()) {
            return x.group(1);
        }
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq);
    }
}
