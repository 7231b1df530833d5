package uk.mashline.knowledge;

import java.util.Objects;

/**
 * A published way to reach a service about a child. Phone, email and url are each optional
 * (a document may give only one); {@code notes} carries caveats the document states, such as
 * "cannot accept texts", and says which contact to use instead when the document is silent.
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
                      Source source) {

    public Contact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(source, "source");
    }

    /** True when the document gives at least one way to reach this contact. */
    public boolean reachable() {
        return phone != null || email != null || url != null;
    }
}
