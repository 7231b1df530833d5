package uk.mashline.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All partnerships the advice line knows, by id and by the inbound number a caller dialled or texted.
 * Immutable once built.
 */
public final class PartnershipDirectory {

    private final Map<String, Partnership> byId = new LinkedHashMap<>();
    private final Map<String, Partnership> byInboundNumber = new LinkedHashMap<>();

    public PartnershipDirectory(Collection<Partnership> partnerships) {
        for (Partnership partnership : partnerships) {
            if (byId.putIfAbsent(partnership.id(), partnership) != null) {
                throw new IllegalArgumentException("duplicate partnership id " + partnership.id());
            }
            for (String number : partnership.inboundNumbers()) {
                Partnership other = byInboundNumber.putIfAbsent(normalise(number), partnership);
                if (other != null) {
                    throw new IllegalArgumentException("inbound number " + number + " belongs to both "
                            + other.id() + " and " + partnership.id());
                }
            }
        }
    }

    public Optional<Partnership> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** The partnership whose inbound number was called or texted, e.g. "+447700900103". */
    public Optional<Partnership> findByInboundNumber(String e164) {
        return e164 == null ? Optional.empty() : Optional.ofNullable(byInboundNumber.get(normalise(e164)));
    }

    public List<Partnership> all() {
        return List.copyOf(byId.values());
    }

    // what replaceAll("[\\s()-]", "") gives, without compiling a regex for every text and call: a number as Twilio
    // sends it ("+447700900103") holds none of these and is its own key
    static String normalise(String number) {
        StringBuilder kept = null;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            boolean dropped = c == '(' || c == ')' || c == '-' || c == ' ' || (c >= '\t' && c <= '\r');
            if (dropped && kept == null) {
                kept = new StringBuilder(number.length()).append(number, 0, i);
            } else if (!dropped && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? number : kept.toString();
    }
}
