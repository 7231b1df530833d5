package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.WeeklyWindow;
import uk.mashline.knowledge.WorkingDayCalendar;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a partnership's numbers someone should ring at this moment, and how to say it:
 * the MASH while it is open, the out-of-hours emergency duty team when it is not.
 */
public final class HelpNow {

    private static final DateTimeFormatter NEXT_OPEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' h:mma", Locale.UK);

    private final Wording wording;
    private final WorkingDayCalendar calendar;
    private final WeeklyWindow officeHours;

    /**
     * @param officeHours only orders the numbers when a document states no hours (the one likelier
     *                    to answer first); it is never stated to the caller as a fact
     */
    public HelpNow(Wording wording, WorkingDayCalendar calendar, WeeklyWindow officeHours) {
        this.wording = wording;
        this.calendar = calendar;
        this.officeHours = officeHours;
    }

    public OpeningHours.Status status(Contact contact, ZonedDateTime now) {
        return contact.hours().statusAt(now, calendar);
    }

    public boolean isOpen(Contact contact, ZonedDateTime now) {
        return status(contact, now) == OpeningHours.Status.OPEN;
    }

    /** The front door: the MASH, or failing that the consultation line the partnership names. */
    public Optional<Contact> frontDoor(Partnership partnership) {
        return partnership.contact(ContactKind.MASH).or(() -> partnership.contact(ContactKind.CONSULTATION));
    }

    /** The number to put a caller through to now, if a person is likely to answer. */
    public Optional<Contact> transferTarget(Partnership partnership, ZonedDateTime now, boolean professional) {
        Optional<Contact> preferred = professional
                ? partnership.contact(ContactKind.CONSULTATION).or(() -> frontDoor(partnership))
                : frontDoor(partnership);
        return preferred.filter(c -> c.phone() != null && mayAnswer(c, now));
    }

    // Open, or hours not published and it is an ordinary working day: worth putting a caller
    // through (if nobody answers, the call goes on to the out-of-hours numbers).
    private boolean mayAnswer(Contact contact, ZonedDateTime now) {
        OpeningHours.Status status = status(contact, now);
        return status == OpeningHours.Status.OPEN || (status == OpeningHours.Status.UNKNOWN && !likelyOutOfHours(now));
    }

    /**
     * Adds who to ring now: the front door when open, otherwise the out-of-hours team and its
     * fallback, with any note such as "cannot accept texts". Where the document gives no number,
     * says so rather than inventing one.
     */
    public Advice addWhoToCall(Advice advice, Partnership partnership, ZonedDateTime now, ChannelStyle style,
                               String openKey) {
        Optional<Contact> door = frontDoor(partnership);
        if (door.isEmpty() || door.get().phone() == null) {
            return addNoNumber(advice, partnership);
        }
        Contact mash = door.get();
        Optional<Contact> outOfHours = partnership.contact(ContactKind.OUT_OF_HOURS);
        switch (status(mash, now)) {
            case OPEN -> advice.add(wording.format(openKey, describe(mash, now, style)), mash.source());
            case CLOSED -> {
                advice.add(wording.format(outOfHours.isPresent() ? "contact.closed" : "contact.closedNoOutOfHours",
                        describe(mash, now, style)), mash.source());
                addOutOfHours(advice, partnership, now, style);
            }
            default -> {
                // The document gives no hours, so both numbers go out; the one likelier to
                // answer at this time of day goes first.
                boolean evening = outOfHours.isPresent() && likelyOutOfHours(now);
                if (evening) {
                    addOutOfHours(advice, partnership, now, style);
                }
                advice.add(wording.format("contact.hoursNotStated", describe(mash, now, style)), mash.source());
                if (!evening) {
                    addOutOfHours(advice, partnership, now, style);
                }
            }
        }
        return advice;
    }

    private boolean likelyOutOfHours(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(OpeningHours.UK);
        return !calendar.covers(local.toLocalDate()) || !calendar.isWorkingDay(local.toLocalDate())
                || local.toLocalTime().isBefore(officeHours.opens()) || !local.toLocalTime().isBefore(officeHours.closes());
    }

    /** The out-of-hours team, its fallback number and their notes. */
    public Advice addOutOfHours(Advice advice, Partnership partnership, ZonedDateTime now, ChannelStyle style) {
        partnership.contact(ContactKind.OUT_OF_HOURS).ifPresent(ooh ->
                advice.add(wording.format("contact.outOfHours", describe(ooh, now, style)), ooh.source()));
        partnership.contact(ContactKind.OUT_OF_HOURS_FALLBACK).ifPresent(fallback ->
                advice.add(wording.format("contact.outOfHoursFallback", describe(fallback, now, style)),
                        fallback.source()));
        return advice;
    }

    /** The values a wording template may use to describe any contact: name, number, hours, notes. */
    public Map<String, String> describe(Contact contact, ZonedDateTime now, ChannelStyle style) {
        Map<String, String> values = new HashMap<>();
        values.put("name", contact.name());
        values.put("phone", contact.phone() == null ? wording.text("contact.noPhone") : style.phone(contact.phone()));
        values.put("email", contact.email() == null ? "" : contact.email());
        values.put("url", contact.url() == null ? "" : contact.url());
        values.put("hours", contact.hours().notStated() ? wording.text("contact.hoursUnknown")
                : contact.hours().description());
        values.put("notes", contact.notes() == null ? "" : contact.notes());
        values.put("texts", Boolean.FALSE.equals(contact.acceptsTexts()) ? wording.text("contact.noTexts") : "");
        values.put("nextOpen", contact.hours().nextOpening(now, calendar).map(NEXT_OPEN::format)
                .map(s -> s.replace("AM", "am").replace("PM", "pm")).orElse(wording.text("contact.nextOpenUnknown")));
        values.put("area", contact.area() == null ? "" : contact.area());
        values.put("nameArea", contact.area() == null || contact.area().isBlank() || contact.name().contains(contact.area())
                ? contact.name() : contact.name() + " (" + contact.area() + ")");
        values.put("hoursNow", contact.hours().notStated() ? wording.text("contact.hoursUnknown")
                : contact.hours().description() + ", " + wording.text("status." + status(contact, now).name()));
        return values;
    }

    private Advice addNoNumber(Advice advice, Partnership partnership) {
        var point = partnership.escalationPolicy().pointOfContact();
        advice.add(wording.format("contact.noNumber", "partnership", partnership.name()));
        if (point != null) {
            advice.add(point.text(), point.source());
        }
        return advice;
    }
}
