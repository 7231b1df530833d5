package uk.mashline.knowledge;

import java.util.Objects;

/**
 * A UK-wide number or service (999, Childline, the NSPCC Helpline...) that the line gives beside a
 * partnership's own numbers, or instead of them when a partnership's document publishes none.
 * It comes from a public page, not from the seed documents, so it carries that page as its source.
 *
 * @param id       stable key the dialogue asks for ("childline", "silent-solution")
 * @param phone    the number to ring, as published; null for a web-only service
 * @param url      the service's own address; null when it is only a number
 * @param email    null when none is published
 * @param purpose  what it is for, in the project's words
 * @param hours    as published ("24 hours"); null when the source gives none
 * @param free     whether calls are free; null when not published
 */
public record NationalHelpline(
        String id,
        String name,
        String phone,
        String url,
        String email,
        Audience audience,
        String purpose,
        String hours,
        Boolean free,
        PublicSource source) {

    /** Who a helpline is for: a child is never sent to an adults' line, nor an adult to Childline. */
    public enum Audience { CHILDREN, ADULTS, EVERYONE }

    public NationalHelpline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(source, "source");
        if (phone == null && url == null) {
            throw new IllegalArgumentException(id + ": a helpline needs a phone number or a web address");
        }
    }

    public boolean isFor(Audience who) {
        return audience == Audience.EVERYONE || audience == who;
    }
}
