package uk.mashline.knowledge;

import java.util.Objects;

/**
 * A published way to reach a service about a child. Phone, email and url are each optional
 * (a document may give only one); {@code notes} carries caveats the document states, such as
 * "cannot accept texts", and says which contact to use instead when the document is silent.
 * {@code covers} is the area it serves where the document splits a service by area (the districts it
 * names, and the towns in those districts), lower case; empty when the document makes no split.
 * {@code address} is where the service is, as its source prints it, or null where no source gives one (then the
 * line says so: "where are you based", "can i go in person" - facts-41).
 */
public record Contact(ContactKind kind,
                      String name,
                      String phone,
                      String email,
                      String url,
                      String area,
                      Boolean acceptsTexts,
                      String notes,
                      OpeningHours hours,
                      Source source,
                      java.util.List<String> covers,
                      String address) {

    /** A contact whose source prints no address. */
    public Contact(ContactKind kind, String name, String phone, String email, String url, String area, Boolean acceptsTexts,
                   String notes, OpeningHours hours, Source source, java.util.List<String> covers) {
        this(kind, name, phone, email, url, area, acceptsTexts, notes, hours, source, covers, null);
    }

    public Contact {
        covers = covers == null ? java.util.List.of() : java.util.List.copyOf(covers);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(source, "source");
    }

    /**
     * True when this contact serves {@code place} (a town or district, lower case, as the caller wrote it):
     * {@code covers} lists the districts the document names for it and the towns in them.
     */
    public boolean covers(String place) {
        return place != null && covers.contains(place.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** True when this contact serves {@code place} (a town or district, lower case, as the caller wrote it). */
    public boolean reachable() {
        return phone != null || email != null || url != null;
    }
}
