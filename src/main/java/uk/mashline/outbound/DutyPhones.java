package uk.mashline.outbound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each partnership's on-duty phones, from {@code MASH_DUTY_ALERTS}:
 * {@code west-sussex=+447700900201,+447700900202;medway=+447700900203}. A setting that names a
 * partnership the line does not serve, or a number not in international form, stops the start-up with
 * a message saying which: a duty alert that silently goes nowhere is worse than none.
 */
public record DutyPhones(Map<String, List<String>> byPartnership) {

    public DutyPhones {
        byPartnership = Map.copyOf(byPartnership);
    }

    public List<String> of(String partnershipId) {
        return byPartnership.getOrDefault(partnershipId, List.of());
    }

    public static DutyPhones parse(String setting, Set<String> partnershipIds) {
        Map<String, List<String>> phones = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return new DutyPhones(phones);
        }
        for (String entry : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("MASH_DUTY_ALERTS: '" + entry.strip()
                        + "' is not partnership=+44...,+44...");
            }
            String partnership = entry.substring(0, equals).strip();
            if (!partnershipIds.contains(partnership)) {
                throw new IllegalArgumentException("MASH_DUTY_ALERTS: no partnership '" + partnership
                        + "' (known: " + String.join(", ", partnershipIds.stream().sorted().toList()) + ")");
            }
            List<String> numbers = List.of(entry.substring(equals + 1).split(",")).stream()
                    .map(String::strip).filter(n -> !n.isEmpty()).toList();
            for (String number : numbers) {
                if (!number.matches("\\+[1-9]\\d{6,14}")) {
                    throw new IllegalArgumentException("MASH_DUTY_ALERTS: a number for '" + partnership
                            + "' is not in international form (+44...)");
                }
            }
            if (numbers.isEmpty()) {
                throw new IllegalArgumentException("MASH_DUTY_ALERTS: no number for '" + partnership + "'");
            }
            phones.merge(partnership, numbers, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream())
                    .distinct().toList());
        }
        return new DutyPhones(phones);
    }
}
