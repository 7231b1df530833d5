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

    private static String normalise(String number) {
        return number.replaceAll("[\\s()-]", "");
    }
}
