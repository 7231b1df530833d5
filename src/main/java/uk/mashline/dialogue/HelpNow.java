package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.NationalHelpline;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.WeeklyWindow;
import uk.mashline.knowledge.WorkingDayCalendar;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a partnership's numbers someone should ring at this moment, and how to say it:
 * the MASH while it is open, the out-of-hours emergency duty team when it is not. A line is only
 * called open or closed when its document publishes its hours; otherwise professionals are told
 * "hours not published" and everyone else just gets the number.
 */
public final class HelpNow {

    private static final DateTimeFormatter NEXT_OPEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' h:mma", Locale.UK);

    private final Wording wording;
    private final WorkingDayCalendar calendar;
    private final WeeklyWindow officeHours;
    private final NationalHelp national;

    /**
     * @param officeHours only orders the numbers when a document states no hours (the one likelier
     *                    to answer first); it is never stated to the caller as a fact
     */
    public HelpNow(Wording wording, WorkingDayCalendar calendar, WeeklyWindow officeHours, NationalHelp national) {
        this.national = national;
        this.wording = wording;
        this.calendar = calendar;
        this.officeHours = officeHours;
    }

    /** National service {@code id} (partnerships/national.yml) in the words of {@code key}, cited with its public source. */
    public Advice addNational(Advice advice, String id, String key, ChannelStyle style) {
        return national.addService(advice, id, key, style);
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

    /** The front door where it has a number to ring (Sandwell's and the LSCB model's documents print none). */
    public Optional<Contact> frontDoorWithPhone(Partnership partnership) {
        return frontDoor(partnership).filter(c -> c.phone() != null);
    }

    /**
     * Whether the partnership's own document prints a number for its front door. North Tyneside's policy prints none:
     * the Front Door's number is the council's published one (a contact cited to its page), which a worry is given, but
     * a disagreement with a MASH decision still goes where the policy sends it (0191 643 7366).
     */
    public boolean documentPrintsDoorNumber(Partnership partnership) {
        return frontDoorWithPhone(partnership).filter(door -> !door.source().fromPage()).isPresent();
    }

    /** The number to put a caller through to now, if a person is likely to answer. */
    public Optional<Contact> transferTarget(Partnership partnership, ZonedDateTime now, boolean professional) {
        Optional<Contact> preferred = professional
                ? partnership.contact(ContactKind.CONSULTATION).or(() -> frontDoor(partnership))
                : frontDoor(partnership);
        return preferred.filter(c -> c.phone() != null && mayAnswer(c, now));
    }

    /**
     * A person to put a caller through to, or send a writer to, now: the front door while someone is
     * likely to answer, otherwise the out-of-hours or duty team, otherwise the front door whatever the
     * hour; empty only when the partnership's document gives no number at all.
     */
    public Optional<Contact> personNow(Partnership partnership, ZonedDateTime now) {
        return transferTarget(partnership, now, false)
                .or(() -> partnership.contact(ContactKind.OUT_OF_HOURS).filter(c -> c.phone() != null))
                .or(() -> partnership.contact(ContactKind.DUTY_TEAM).filter(c -> c.phone() != null))
                .or(() -> frontDoorWithPhone(partnership));
    }

    // Open, or hours not published and it is an ordinary working day: worth putting a caller
    // through (if nobody answers, the call goes on to the out-of-hours numbers).
    private boolean mayAnswer(Contact contact, ZonedDateTime now) {
        OpeningHours.Status status = status(contact, now);
        return status == OpeningHours.Status.OPEN || (status == OpeningHours.Status.UNKNOWN && !likelyOutOfHours(now));
    }

    /** The national line for this caller alone (the NSPCC, or Childline for a child), where a document gives none. */
    /** The national services an answer gave the number of, that have a web address: see NationalHelp. */
    public List<NationalHelpline> nationalWithAddressGivenIn(List<String> paragraphs) {
        return national.withAddressGivenIn(paragraphs);
    }

    /** National service {@code id} in the words of {@code key}, even where its number was given already: see NationalHelp. */
    public Advice addNationalAgain(Advice advice, String id, String key, Map<String, String> extra, ChannelStyle style) {
        return national.addServiceAgain(advice, id, key, extra, style);
    }

    /** National service {@code id} in its own words ({@code national.<id>}), cited: Report Remove, CEOP. */
    public Advice addNationalService(Advice advice, String id, ChannelStyle style) {
        return national.addService(advice, id, "national." + id, style);
    }

    /** National service {@code id} in the words of {@code key} ({name}, {url}...), cited: an address asked for again (care-45). */
    public Advice addNationalService(Advice advice, String id, String key, ChannelStyle style) {
        return national.addService(advice, id, key, style);
    }

    public Advice addNational(Advice advice, AdviceRequest request) {
        return national.addFor(advice, request.role(), request.style());
    }

    /** {@link #addWhoToCall(Advice, Partnership, ZonedDateTime, ChannelStyle, String, CallerRole)} for this request's caller. */
    public Advice addWhoToCall(Advice advice, AdviceRequest request, String openKey) {
        // facts-43: "who do i ring tomorrow morning", "who do i call tomorrow when the office opens" at night or at the weekend
        // (own set facts-43-a FM01, FW01: the out-of-hours line first, as if now were asked of): where no hours are published,
        // the front door first, as for support; published hours still say closed now and when it opens
        boolean nextDay = AskedCues.asks(AskedCues.NEXT_DAY, request.text());
        return addWhoToCall(advice, request.partnership(), request.now(), request.style(), openKey, request.role(), nextDay);
    }


    /** As for a caller whose role is not known (a member of the public is the likelier). */
    public Advice addWhoToCall(Advice advice, Partnership partnership, ZonedDateTime now, ChannelStyle style,
                               String openKey) {
        return addWhoToCall(advice, partnership, now, style, openKey, CallerRole.UNKNOWN);
    }

    /**
     * Adds who to ring now: the front door when open, otherwise the out-of-hours team and its
     * fallback, with any note such as "cannot accept texts". Where the document gives no number,
     * says so rather than inventing one. {@code openKey} is used only when published hours say the
     * front door is open now.
     */
    public Advice addWhoToCall(Advice advice, Partnership partnership, ZonedDateTime now, ChannelStyle style,
                               String openKey, CallerRole role) {
        return addWhoToCall(advice, partnership, now, style, openKey, role, false);
    }

    /**
     * Who to ring about support for a family, not danger: where the document gives no hours, the front door first at any
     * hour and the out-of-hours line after it (blind tester's kind C5, 33rd session: a parent's evening question about help
     * with a toddler's nights opened with Medway's out-of-hours emergency line, every turn).
     */
    public Advice addWhoToCallForSupport(Advice advice, AdviceRequest request, String openKey) {
        return addWhoToCall(advice, request.partnership(), request.now(), request.style(), openKey, request.role(), true);
    }

    private Advice addWhoToCall(Advice advice, Partnership partnership, ZonedDateTime now, ChannelStyle style,
                                String openKey, CallerRole role, boolean support) {
        Optional<Contact> door = frontDoor(partnership);
        if (door.isEmpty() || door.get().phone() == null) {
            return addNoNumber(advice, partnership, style, role);
        }
        Contact mash = door.get();
        Optional<Contact> otherLine = partnership.contact(ContactKind.OUT_OF_HOURS)
                .or(() -> partnership.contact(ContactKind.DUTY_TEAM));
        switch (status(mash, now)) {
            // on a call, the number and "open now" without the week's hours, which pushed the number out of the first prompt
            // (facts-40: North Tyneside's Front Door has published hours; ReplyBudgetsTest)
            case OPEN -> advice.add(wording.format(style.spoken() ? "contact.openNow.voice" : openKey,
                    describe(mash, now, style, role)), mash.source());
            case CLOSED -> {
                Map<String, String> values = describe(mash, now, style, role);
                String key = otherLine.isPresent() ? "contact.closed" : "contact.closedNoOutOfHours";
                // who answers now first, then when the front door opens (facts-40: North Tyneside's Front Door has published
                // hours now, and "who do i ring on a sunday" opened with the closed Front Door, as the line did when no
                // hours were known: typed-as-users-facts-38 FN02)
                addOutOfHours(advice, partnership, now, style, role);
                advice.add(wording.format(values.get("nextOpen").isEmpty() ? key + ".noNext" : key, values),
                        mash.source());
            }
            default -> {
                // No published hours (or a bank holiday the document is silent about): both numbers
                // go out and neither is called open or closed; the usual office day only decides
                // which goes first.
                boolean evening = !support && otherLine.isPresent() && likelyOutOfHours(now);
                if (evening) {
                    addOutOfHours(advice, partnership, now, style, role);
                }
                advice.add(wording.format("contact.call", describe(mash, now, style, role)), mash.source());
                if (!evening) {
                    addOutOfHours(advice, partnership, now, style, role);
                }
            }
        }
        return advice;
    }

    /** Outside the usual office day (evening, night, weekend, bank holiday): who answers then matters to a caller. */
    public boolean outsideOfficeHours(ZonedDateTime now) {
        return likelyOutOfHours(now);
    }

    private boolean likelyOutOfHours(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(OpeningHours.UK);
        return !calendar.covers(local.toLocalDate()) || !calendar.isWorkingDay(local.toLocalDate())
                || local.toLocalTime().isBefore(officeHours.opens()) || !local.toLocalTime().isBefore(officeHours.closes());
    }

    public Advice addOutOfHours(Advice advice, Partnership partnership, ZonedDateTime now, ChannelStyle style) {
        return addOutOfHours(advice, partnership, now, style, CallerRole.UNKNOWN);
    }

    /**
     * The out-of-hours line (or a duty team whose hours the document does not give, which is never
     * called "out of hours"), its fallback number and their notes.
     */
    public Advice addOutOfHours(Advice advice, Partnership partnership, ZonedDateTime now, ChannelStyle style,
                                CallerRole role) {
        partnership.contact(ContactKind.OUT_OF_HOURS).ifPresent(ooh ->
                addNumber(advice, "contact.outOfHours", ooh, now, style, role));
        partnership.contact(ContactKind.DUTY_TEAM).ifPresent(duty ->
                addNumber(advice, "contact.dutyTeam", duty, now, style, role));
        // a child is given the out-of-hours line, Childline and 999; a duty worker's fallback mobile is an adult's
        partnership.contact(ContactKind.OUT_OF_HOURS_FALLBACK).filter(fallback -> role != CallerRole.CHILD)
                .ifPresent(fallback -> addNumber(advice, "contact.outOfHoursFallback", fallback, now, style, role));
        return advice;
    }

    // The numbers go first, one after another, and a number's notes ("cannot take texts", how it rings)
    // after everything else, where "more" reaches them: on every channel the first screen must hold
    // every number to ring, and a note such as "one ring, then an unobtainable tone" read before the
    // number it explains pushed the other numbers and the 999 line out of a web chat's first reply.
    private void addNumber(Advice advice, String key, Contact contact, ZonedDateTime now, ChannelStyle style,
                           CallerRole role) {
        Map<String, String> values = describe(contact, now, style, role);
        String notes = (values.get("texts") + " " + values.get("notes")).strip();
        values.put("texts", "");
        values.put("notes", "");
        advice.add(wording.format(key, values), contact.source());
        // a child reads the number and Childline; how an adult line rings or that it takes no texts is noise to them
        if (!notes.isEmpty() && role != CallerRole.CHILD) {
            advice.addLast(wording.format("contact.notesOf", "name", contact.name(), "notes", notes));
        }
    }

    public Map<String, String> describe(Contact contact, AdviceRequest request) {
        return describe(contact, request.now(), request.style(), request.role());
    }

    public Map<String, String> describe(Contact contact, ZonedDateTime now, ChannelStyle style) {
        return describe(contact, now, style, CallerRole.UNKNOWN);
    }

    /**
     * The values a wording template may use to describe any contact: name, number, hours, notes.
     * {@code hoursNote} and {@code hoursNow} come with their brackets, or are empty: where hours are
     * not published a professional reads "(hours not published)" and anyone else just the number.
     */
    public Map<String, String> describe(Contact contact, ZonedDateTime now, ChannelStyle style, CallerRole role) {
        Map<String, String> values = new HashMap<>();
        values.put("name", contact.name());
        values.put("phone", contact.phone() == null ? wording.text("contact.noPhone") : style.phone(contact.phone()));
        values.put("email", contact.email() == null ? "" : contact.email());
        values.put("url", contact.url() == null ? "" : contact.url());
        values.put("hours", contact.hours().notStated() ? wording.text("contact.hoursUnknown")
                : contact.hours().description());
        String unpublished = role == CallerRole.PROFESSIONAL ? "(" + wording.text("contact.hoursUnknown") + ")" : "";
        values.put("hoursNote", contact.hours().notStated() ? unpublished : "(" + contact.hours().description() + ")");
        values.put("notes", contact.notes() == null ? "" : contact.notes());
        // a document's own note about texts says it already: the same fact is not given twice
        boolean notesSayTexts = contact.notes() != null && contact.notes().toLowerCase(Locale.UK).contains("text");
        values.put("texts", Boolean.FALSE.equals(contact.acceptsTexts()) && !notesSayTexts
                ? wording.text("contact.noTexts") : "");
        boolean professional = role == CallerRole.PROFESSIONAL;
        // what a document leaves unclear (bank holidays) is a professional's to weigh; the public gets the hours
        values.put("nextOpen", contact.hours().nextOpening(now, calendar).map(NEXT_OPEN::format)
                .map(s -> s.replace("AM", "am").replace("PM", "pm"))
                .orElse(professional ? wording.text("contact.nextOpenUnknown") : ""));
        values.put("area", contact.area() == null ? "" : contact.area());
        values.put("nameArea", contact.area() == null || contact.area().isBlank() || contact.name().contains(contact.area())
                ? contact.name() : contact.name() + " (" + contact.area() + ")");
        OpeningHours.Status status = calendar.covers(now.toLocalDate()) ? status(contact, now) : OpeningHours.Status.UNKNOWN;
        // hours published only in words ("office hours") have no status to say: never open, closed or a bank holiday's unknown
        boolean statusToSay = !contact.hours().alwaysOpen() && contact.hours().kind() != OpeningHours.Kind.IN_WORDS
                && calendar.covers(now.toLocalDate())
                && (professional || status != OpeningHours.Status.UNKNOWN);
        values.put("hoursNow", contact.hours().notStated() ? unpublished : statusToSay
                ? "(" + contact.hours().description() + ", " + wording.text("status." + status.name()) + ")"
                : "(" + contact.hours().description() + ")");
        return values;
    }

    // No front door number in the data (Sandwell, the LSCB model): the right national one instead of "I cannot give you
    // one". A professional is also told what its document says of its front door; nobody else gets professional contacts.
    // The escalation policy's own contact is not a front door: North Tyneside prints 0191 643 7366 only for
    // disagreeing with a MASH decision, and does not say it takes new worries, so someone reporting a worry or a
    // child in danger is not sent there; they get the council's published Front Door (north-tyneside.yml, cited to its
    // page), and a disagreement's answers the policy's contact (addDisagreementContact).
    private Advice addNoNumber(Advice advice, Partnership partnership, ChannelStyle style, CallerRole role) {
        if (role != CallerRole.PROFESSIONAL) {
            national.addFor(advice, role, style);
            if (role != CallerRole.CHILD) {
                national.addPolice(advice, style);
            }
            return advice;
        }
        // what the document says of its front door (Sandwell: a MARF the same working day) first, so a professional who
        // asked how to refer reads it on the first screen (facts helper's own set, 39th session: behind "more", after the
        // NSPCC's line); not the escalation policy's templates or business unit, which the escalation answer gives
        frontDoor(partnership).filter(door -> door.notes() != null)
                .ifPresent(door -> advice.add(style.speakable(door.notes()), door.source()));
        national.addFor(advice, role, style);
        advice.add(wording.format("contact.noNumber.professional", "partnership", partnership.name()));
        return advice;
    }

    /**
     * For someone disagreeing with a decision where the document prints no front door number: its escalation
     * contact, when that is a number to ring (North Tyneside's 0191 643 7366), not templates or a business unit. (The
     * council's published Front Door number is for worries: the policy sends a disagreement to its own contact.)
     */
    public Advice addDisagreementContact(Advice advice, Partnership partnership, ChannelStyle style) {
        var point = partnership.escalationPolicy().pointOfContact();
        boolean noFrontDoorNumber = !documentPrintsDoorNumber(partnership);
        if (noFrontDoorNumber && point != null && PHONE_DIGITS.matcher(point.text()).find()) {
            advice.add(style.speakable(point.text()), point.source());
        }
        return advice;
    }

    private static final java.util.regex.Pattern PHONE_DIGITS = java.util.regex.Pattern.compile("\\d{4} ?\\d{3} ?\\d{3,4}");
}
