package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.knowledge.NationalHelpline;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.TimeUnitKind;
import uk.mashline.knowledge.Timescale;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Questions about reaching the front door, asked of the last answer: its number and address ("what is the mash
 * number"), its hours ("are they open today"), its cost ("is that free?"), how long it takes to decide, Prevent's
 * contacts, a service the documents do not list, "can you text me that". Only what was asked, from the partnership's
 * data (partnerships/*.yml, national.yml); what a document does not give is said so, with a number to ring instead.
 * Each answer is added to {@code advice}, which may already hold the 999 line.
 */
final class FrontDoorAnswers {

    /** partnerships/*.yml timescale keys for what a person who contacts the MASH is told and when. */
    private static final List<String> DECISION_KEYS = List.of("decision", "acknowledgement", "outcome-in-writing");
    /** The same, when the referral's acknowledgement is what was asked ("how long before they acknowledge it"). */
    private static final List<String> ACKNOWLEDGEMENT_FIRST = List.of("acknowledgement", "decision", "outcome-in-writing");
    /** The ratings of a MASH enquiry a caller may name, each with its timescale under {@link #RATED} and the rating. */
    private static final Map<String, Pattern> RATINGS = Stream.of("red", "amber", "green").collect(Collectors.toMap(
            r -> r, r -> Pattern.compile("\\b" + r + "\\b"), (a, b) -> a, LinkedHashMap::new));
    private static final String RATED = "mash-enquiry-";
    /** The emergency number, looked up in partnerships/national.yml for whether it is free. */
    private static final String EMERGENCY = "999";

    /** care-45: the national early years entry an answer gave (partnerships/national.yml early-years-*), for "link?" after it. */
    static final String EARLY_YEARS_GIVEN = "early_years_given";
    /** "when will i get the outcome in writing" (dialogue/asked.tsv inWritingAsked): the written outcome's timescale first. */
    private static final List<String> IN_WRITING_FIRST = List.of("outcome-in-writing", "decision", "acknowledgement");

    private final Wording wording;
    private final NationalHelp national;
    /** Working days and bank holidays, for a timescale's date; empty where none was given (the due date is then left out). */
    private final Optional<WorkingDayCalendar> calendar;

    FrontDoorAnswers(Wording wording, NationalHelp national, Optional<WorkingDayCalendar> calendar) {
        this.wording = wording;
        this.national = national;
        this.calendar = calendar;
    }

    /**
     * "Are they open today": the numbers as the answer gave them, with their hours where the document gives them; the
     * answer's own number follows (ContextQuestions).
     */
    void hours(Advice advice, AdviceRequest request, Turn previous) {
        List<String> numbers = weeklyHoursFirst(lastGiven(NumbersGiven.paragraphs(previous), request), request);
        // the day asked of ("open on christmas day", "shut on a friday"): what kind of day it is, first (facts-40)
        String asked = request.text().toLowerCase(java.util.Locale.ROOT);
        Optional<AskedDay> days = calendar.map(c -> new AskedDay(wording, c));
        days.flatMap(d -> d.said(asked, request.now().toLocalDate())).ifPresent(advice::add);
        // facts-49: a national line the last reply gave beside the route's own numbers has its hours said first: the route's
        // answer, worked out again, holds only its own ("what are their hours" after the Family Rights Group's line), and a
        // second "are they open tomorrow" must find it again in this reply
        List<NationalHelpline> withHours = nationalWithHours(request, numbers);
        withHours.forEach(h -> advice.add(wording.format("context.hours.national", Map.of("name", h.name(),
                "phone", request.style().phone(h.phone()), "hours", h.hours()))));
        advice.citeAll(withHours.stream().map(h -> h.source().label()).toList());
        addNumbersAndHours(advice, request, numbers);
        // who answers when the front door is closed, where the answer did not give it (facts-40: with the Front Door's hours
        // published, the answer by day gives it alone, and "open on new years day" needs the out-of-hours line)
        request.partnership().contact(ContactKind.OUT_OF_HOURS).or(() -> request.partnership().contact(ContactKind.DUTY_TEAM))
                .filter(c -> !request.style().spoken() && c.phone() != null
                        && numbers.stream().noneMatch(n -> n.contains(c.phone())))
                .ifPresent(c -> advice.add(wording.format(c.hours().notStated() ? "context.hours.outOfHours.noHours"
                        : "context.hours.outOfHours", Map.of("name", c.name(), "phone", request.style().phone(c.phone()),
                        "hours", c.hours().description())), c.source()));
        // ... and, on a bank holiday, that the document does not say whether its teams open then (none says): after the
        // numbers, which the first screen must hold
        boolean ownNumbers = request.partnership().contacts().stream().anyMatch(c -> c.phone() != null
                && numbers.stream().anyMatch(n -> n.contains(c.phone())));
        if (ownNumbers && days.filter(d -> d.bankHoliday(asked, request.now().toLocalDate())).isPresent()
                && request.partnership().contacts().stream().noneMatch(c -> c.hours().kind() == OpeningHours.Kind.WEEKLY
                        && c.hours().openOnBankHolidays() != null)) {
            advice.add(wording.format("context.hours.day.silent", "partnership", request.partnership().name()));
        }
    }

    /**
     * facts-50: the route's numbers that the last reply gave, where it gave some of them ("what hours are they open" after the
     * Family Information Service's number alone, given for childcare: own set facts-50-a WS06 - both early help teams' 9am-5pm
     * first, which read as the service's hours); all of them where it gave none.
     */
    private static List<String> lastGiven(List<String> paragraphs, AdviceRequest request) {
        List<String> given = NumbersGiven.remembered(request.state());
        List<String> theirs = paragraphs.stream().filter(p -> given.stream().anyMatch(p::contains)).toList();
        return theirs.isEmpty() ? paragraphs : theirs;
    }

    /**
     * facts-49: the hours of a national line the last reply gave beside the route's own numbers ("are they open on a saturday",
     * "what are their hours" after the Family Rights Group's line: own set facts-49-a WA04, MA05, NA05 - only the MASH's hours),
     * as partnerships/national.yml publishes them; a line it gives no hours for is left out.
     */
    private List<NationalHelpline> nationalWithHours(AdviceRequest request, List<String> numbersAgain) {
        Set<String> said = new HashSet<>();
        return NumbersGiven.remembered(request.state()).stream().map(national::byPhone).flatMap(Optional::stream)
                .filter(h -> h.hours() != null && said.add(h.phone()))
                .filter(h -> numbersAgain.stream().noneMatch(p -> p.contains(h.phone()))).toList();
    }

    /**
     * facts-48: the numbers whose opening hours are published first ("what time do they open on monday" after the out-of-hours
     * line and the Front Door's "closed now, next opens Monday at 8:30am": own set facts-48-a NT01 - the answer behind "more"),
     * the others after, each in the order the answer gave them.
     */
    private static List<String> weeklyHoursFirst(List<String> numbers, AdviceRequest request) {
        List<String> weekly = request.partnership().contacts().stream()
                .filter(c -> c.phone() != null && c.hours().kind() == OpeningHours.Kind.WEEKLY).map(Contact::phone).toList();
        java.util.function.Predicate<String> open = p -> weekly.stream().anyMatch(p::contains);
        return java.util.stream.Stream.concat(numbers.stream().filter(open), numbers.stream().filter(open.negate())).toList();
    }

    private void addNumbersAndHours(Advice advice, AdviceRequest request, List<String> numbers) {
        // none of the partnership's own: the national line alone must not read as the MASH's hours (flows 9, A26);
        // the front door's silence on hours as its document words it, else that it gives none - said first
        // (facts audit: Sandwell, North Tyneside and the LSCB model were given NSPCC and 101 with no word of it)
        if (request.partnership().contacts().stream().noneMatch(c -> c.phone() != null
                && numbers.stream().anyMatch(n -> n.contains(c.phone())))) {
            // a professional is told of the document's silence; anyone else that the line has no hours for them
            advice.add(wording.format(professional(request) ? "context.hours.noneLocal"
                    : "context.hours.noneLocal.public", "partnership", request.partnership().name()));
            // a professional is told what the document says of its front door instead (Sandwell: a MARF the same working
            // day), as the answer to a worry tells them (facts-40: "is the mash open on new years day" from a DSL lost it)
            if (professional(request)) {
                request.partnership().contact(ContactKind.MASH).filter(door -> door.phone() == null && door.notes() != null)
                        .ifPresent(door -> advice.add(request.style().speakable(door.notes()), door.source()));
            } else if (!request.style().brief()) {
                // care-45: anyone else is told whom the document says to contact instead (not in a text or on a call, whose
                // first part must hold a number to ring: ReplyBudgetsTest) (Sandwell: the Trust or the council,
                // through their published details - "what time does the mash shut today? need to ring them about my sons dad",
                // own set care-45-a CS01: only the NSPCC and 101)
                request.partnership().guidance(GuidanceTopic.FRONT_DOOR, false, "").stream()
                        .filter(g -> g.mentions().isEmpty())
                        .forEach(g -> advice.add(request.style().speakable(g.text().text()), g.text().source()));
            }
            advice.add(wording.text("context.hours.others"));
        } else {
            // the numbers as the answer gave them, with their hours where the document gives them ("closed now")
            advice.add(wording.text("context.hours"));
        }
        numbers.forEach(advice::add);
        // a number whose hours the document does not give is said to have none given, not left looking open
        // (flows 8, F16: "what time does the mash shut" got numbers and no hours)
        Set<String> phones = new HashSet<>();
        request.partnership().contacts().stream()
                .filter(c -> c.phone() != null && numbers.stream().anyMatch(n -> n.contains(c.phone())))
                .filter(c -> phones.add(c.phone()) && c.hours().notStated())
                .forEach(c -> advice.add(c.hours().description(), c.source()));
    }

    /**
     * "Is that free?": the answer's numbers that partnerships/national.yml publishes as free, and that the document
     * does not say what its own cost (it never does); where none given was free, the free national line for this caller.
     */
    Turn cost(Advice advice, AdviceRequest request, Turn previous) {
        Set<String> free = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        // facts-49: and the numbers the last reply gave beside its route's own ("is it free" after Samaritans' line, given first
        // to a dad who could not cope: own set facts-49-a MA04 - only that the early help support's cost is not stated)
        Set<String> asked = new LinkedHashSet<>(NumbersGiven.numbers(NumbersGiven.paragraphs(previous)));
        asked.addAll(NumbersGiven.remembered(request.state()));
        for (String number : asked) {
            national.byPhone(number).filter(h -> Boolean.TRUE.equals(h.free()))
                    .ifPresentOrElse(h -> free.add(wording.format("context.cost.named", "name", h.name(),
                            "phone", number)), () -> unknown.add(number));
        }
        if (!free.isEmpty()) {
            advice.add(wording.format("context.cost.free", "numbers", String.join(", ", free)));
        }
        if (!unknown.isEmpty()) {
            advice.add(wording.format("context.cost.notStated", "numbers", String.join(", ", unknown)));
        }
        if (free.isEmpty()) {
            national.addFor(advice, request.role(), request.style());
        }
        national.byPhone(EMERGENCY).filter(h -> Boolean.TRUE.equals(h.free()))
                .ifPresent(h -> advice.add(wording.format("context.cost.emergency", "phone", h.phone())));
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /**
     * facts-49: the free national lines the last reply gave that its route's answer does not hold (Samaritans, given first to a
     * dad who could not cope, asked "is it free" on the family-support route: own set facts-49-a MA04), as "Free to call".
     */
    void freeNationalGiven(Advice advice, AdviceRequest request, Turn previous) {
        List<String> again = NumbersGiven.numbers(NumbersGiven.paragraphs(previous));
        Set<String> free = new LinkedHashSet<>();
        NumbersGiven.remembered(request.state()).stream().filter(n -> !again.contains(n)).forEach(n -> national.byPhone(n)
                .filter(h -> Boolean.TRUE.equals(h.free()))
                .ifPresent(h -> free.add(wording.format("context.cost.named", "name", h.name(), "phone", n))));
        if (!free.isEmpty()) {
            advice.add(wording.format("context.cost.free", "numbers", String.join(", ", free)));
        }
    }

    /** "Can you text me that number": this line cannot send one; the numbers again. */
    Turn sendMe(Advice advice, AdviceRequest request, Turn previous) {
        // the chat and a call cannot send a text or an email; a text conversation already is one
        advice.add(wording.text(switch (request.style().channel()) {
            case SMS -> "context.sendMe.sms";
            case VOICE -> "context.sendMe.voice";
            default -> "context.sendMe";
        }));
        NumbersGiven.paragraphs(previous).forEach(advice::add);
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /** "Can I do it online": the partnership's online form and its address, or that the document gives none; the numbers. */
    Turn online(Advice advice, AdviceRequest request, Turn previous) {
        Optional<Contact> form = request.partnership().contact(ContactKind.ONLINE_REFERRAL);
        // no form online, but a front door with no number whose document says how a professional refers (Sandwell's MARF):
        // that, to anyone who may be a professional (facts helper's own set, 39th session: "can i do it online" got only
        // "no online form" and the NSPCC)
        Optional<Contact> door = form.isPresent() || request.role() == CallerRole.CHILD || request.role().isFamilyOrPublic()
                ? Optional.empty()
                : request.partnership().contact(ContactKind.MASH).filter(c -> c.phone() == null && c.notes() != null);
        form.ifPresentOrElse(f -> advice.add(f.url() == null
                        ? wording.format("context.online.noUrl", "name", f.name())
                        : wording.format("context.online", "name", f.name(), "url", f.url()), f.source()),
                () -> advice.add(wording.format(door.isPresent() ? "context.online.noneDoor" : "context.online.none",
                        "partnership", request.partnership().name())));
        door.ifPresent(c -> advice.add(request.style().speakable(c.notes()), c.source()));
        NumbersGiven.paragraphs(previous).stream().limit(1).forEach(advice::add);
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /**
     * "What is the mash number", "is there an email for the mash", "is there a food bank": only what was asked, from the
     * answer it belongs to (the worry's numbers, its address; for a service the documents do not list, the Family
     * Information Service), and what the document does not give said so, with a number to ring instead.
     */
    Turn frontDoor(Advice advice, AdviceRequest request, Turn previous, String kind) {
        String partnership = request.partnership().name();
        List<String> paragraphs = previous.advice().paragraphs();
        List<String> numbers = NumbersGiven.paragraphs(previous);
        Optional<Contact> door = request.partnership().contact(ContactKind.MASH);
        List<String> found = switch (kind) {
            case ContextQuestions.DOOR_EMAIL -> door.filter(c -> c.email() != null)
                    .map(c -> List.of(wording.format("context.doorEmail", "name", c.name(), "email", c.email())))
                    .orElse(List.of());
            case ContextQuestions.NOT_LISTED -> request.partnership().contacts(ContactKind.FAMILY_INFORMATION_SERVICE)
                    .stream().flatMap(fis -> paragraphs.stream().filter(p -> p.contains(fis.name()))).distinct().toList();
            // "whats the number": the front door's own first, then the rest as the answer gave them (facts-40: with the
            // Front Door closed, the out-of-hours line leads the answer to a worry, and the number asked for came second)
            // ... said as its number and published hours, not the answer's "closed now, next opens" again word for word
            // (typed-as-users-lead-22 L22 10: "whats the number please" in the evening got the last reply again)
            default -> door.filter(c -> c.phone() != null).map(c -> Stream.concat(numbers.stream()
                    .filter(n -> n.contains(c.phone())).map(n -> c.hours().kind() == OpeningHours.Kind.WEEKLY
                            ? wording.format("context.doorNumber.hours", Map.of("name", c.name(), "phone", request.style().phone(c.phone()),
                                    "hours", c.hours().description())) : n).limit(1),
                    numbers.stream().filter(n -> !n.contains(c.phone()))).toList()).orElse(numbers);
        };
        boolean email = kind.equals(ContextQuestions.DOOR_EMAIL);
        boolean notListed = kind.equals(ContextQuestions.NOT_LISTED);
        // a MASH the document names only for disagreeing with its decisions (North Tyneside): those details, said as such
        Optional<Contact> disagreeing = request.partnership().contact(ContactKind.DISAGREEMENT);
        boolean lacking = email ? found.isEmpty() : door.map(Contact::phone).isEmpty();
        if (!notListed && lacking && disagreeing.isPresent()) {
            Contact c = disagreeing.get();
            advice.add(wording.format("context.doorOnlyForDisagreeing", Map.of("partnership", partnership,
                    "name", c.name(), "details", details(c))), c.source());
        } else if (notListed) {
            advice.add(wording.format("context.notListed", "partnership", partnership));
        } else if (lacking) {
            // a professional is told where to ring instead, not only that there is no number (care helper, 2 Dec)
            // care-49: to anyone else, why there is none to give and the way to the council's ("why cant you just give me the
            // council number": own set care-49-a CL04 - "no phone number for its MASH" and the NSPCC alone)
            boolean family = !email && request.role() != CallerRole.PROFESSIONAL;
            advice.add(wording.format(email ? "context.noDoorEmail" : request.role() == CallerRole.PROFESSIONAL
                    ? "context.noDoorNumber.professional" : "context.noDoorNumber.council", "partnership", partnership));
            if (family) {
                national.addService(advice, "find-council", "national.find-council", request.style());
                advice.add(wording.text("context.noDoorNumber.others"));
            }
            // facts-46: what the document does say of reaching its front door, to a professional ("whats the number for sandwell
            // mash, im a teaching assistant": own set facts-46-a SS01 - no word of Sandwell's MARF the same working day); a note
            // that only says the document is silent ("Not stated: ...", the LSCB model's) would say the sentence above again
            if (!email && request.role() == CallerRole.PROFESSIONAL) {
                door.filter(c -> c.notes() != null && !c.notes().startsWith("Not stated"))
                        .ifPresent(c -> advice.add(c.notes(), c.source()));
            }
        }
        // no email, but an online form for referrals (Medway's): its address too (facts-40: "is there an email i can send
        // a referral to for first response" was given the numbers alone); facts-46: beside North Tyneside's address for
        // disagreements as well ("can i email them instead then": own set facts-46-a NT03 - the public's form never named)
        if (email && lacking && !notListed) {
            request.partnership().contact(ContactKind.ONLINE_REFERRAL).filter(f -> f.url() != null)
                    .ifPresent(f -> advice.add(wording.format("context.textInstead.form", Map.of("name", f.name(),
                            "url", f.url(), "notes", f.notes() == null ? "" : f.notes())), f.source()));
        }
        door.filter(c -> email).ifPresent(c -> advice.cite(c.source()));
        found.forEach(advice::add);
        // nothing to ring among what was found (no address, a service named without a number): the answer's first number
        if (found.stream().noneMatch(NumbersGiven::in)) {
            numbers.stream().filter(p -> !advice.paragraphs().contains(p)).findFirst().ifPresent(advice::add);
        }
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /**
     * "what do i need to do to start minding again", "need childcare for my 3 yr old" (care-39: the menu): childcare is not
     * this line's, so where to ask - the partnership's Family Information Service with its number, or that the document
     * prints none, or names none and the council's - and, for working as a childminder, GOV.UK's registration guide.
     */
    Turn childcare(Advice advice, AdviceRequest request, Turn previous, boolean minding) {
        String partnership = request.partnership().name();
        advice.add(wording.format("context.childcare", "partnership", partnership));
        List<Contact> services = request.partnership().contacts(ContactKind.FAMILY_INFORMATION_SERVICE);
        services.forEach(fis -> advice.add(fis.phone() == null
                ? wording.format("context.childcare.fisNoNumber", "name", fis.name(), "partnership", partnership)
                : wording.format("context.childcare.fis", "name", fis.name(), "phone", request.style().phone(fis.phone())),
                fis.source()));
        if (services.isEmpty()) {
            advice.add(wording.format("context.childcare.none", "partnership", partnership));
        }
        if (minding) {
            national.addService(advice, "childminder-registration", "national.childminder-registration", request.style());
        }
        return previous.withAdvice(advice.essentialsEndHere());
    }

    /**
     * care-45: a childminder's or nursery worker's practice question ("do i have to fill in an accident form", "can we give calpol
     * without a signed form", "how many under 2s am i allowed": own set care-45-a CS04, CM04, CL04 - the front door's referral
     * answer, or 999 from the model): none of the documents covers it, so that is said, then the national entry that answers it
     * (partnerships/national.yml, its id the question's kind), then where the setting's own way of doing it is written.
     */
    Turn earlyYears(Advice advice, AdviceRequest request, Turn previous, String nationalId) {
        // the rule asked about first: a web chat's first screen holds it (the document's silence alone was shown, the rule under "more")
        national.addService(advice, nationalId, "national." + nationalId, request.style());
        advice.add(wording.format("context.earlyYears", "partnership", request.partnership().name()));
        advice.add(wording.text("context.earlyYears.own"));
        // kept, so "where would i check that" next gets the rule's own address (own set care-45-a CM04: the early help page)
        Turn answered = previous.withAdvice(advice.essentialsEndHere());
        ConversationState state = answered.state();
        return answered.withState(state.withDialogue(state.dialogue().withSlots(state.slots().with(EARLY_YEARS_GIVEN,
                nationalId))));
    }

    /**
     * "who do i call" from a member of the public where the document prints no number for its front door (Sandwell, the
     * LSCB model; care helper's unseen set, sixteenth session: only the national lines again): who runs children's social
     * care there, as the document names it, or the council's children's services, through their published details - then
     * the numbers the answer gave.
     */
    Turn noDoorNumberForThePublic(Advice advice, AdviceRequest request, Turn previous) {
        List<Guidance> door = request.partnership().guidance(GuidanceTopic.FRONT_DOOR, false, request.text());
        List<String> numbers = NumbersGiven.paragraphs(previous).stream().filter(p -> !advice.paragraphs().contains(p))
                .toList();
        // in a text or on a call, where only the start is sent first, a number to ring comes first (on a call the answer's
        // numbers are spoken, so the national line for this caller is said again)
        if (request.style().brief()) {
            numbers.forEach(advice::add);
            if (numbers.isEmpty()) {
                national.addFor(advice, request.role(), request.style());
            }
        }
        if (door.isEmpty()) {
            advice.add(wording.text("context.noDoorNumber.public"));
        }
        door.forEach(g -> advice.add(g.text().text(), g.text().source()));
        if (!request.style().brief()) {
            numbers.forEach(advice::add);
        }
        return previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /** "How long does the mash take to decide": the decision time first, with the number to ring; the other times after. */
    Turn decisionTime(Advice advice, AdviceRequest request, Turn previous) {
        String partnership = request.partnership().name();
        // an enquiry's rating named ("how fast do first response deal with a red rated enquiry?", "n amber?": facts helper's
        // own set, 36th session - the menu): that rating's timescale first, where the document gives one (Medway's RAG);
        // every rating for "what does RAG mean" (37th session: out of scope)
        String asked = PatternFile.cueText(request.text());
        boolean every = AskedCues.asks(AskedCues.EVERY_RATING, asked);
        List<String> named = RATINGS.entrySet().stream().filter(r -> every || r.getValue().matcher(asked).find())
                .map(r -> RATED + r.getKey()).toList();
        List<Timescale> rated = named.stream().flatMap(k -> request.partnership().timescale(k).stream()).toList();
        // care-43: "do i get told what they decide" (own set care-43-a CM02, CL02: the decision's 24 hours first, or "does not
        // say how long the MASH takes to decide" - the time, not whether they are told): whether they are told is asked
        boolean told = AskedCues.asks(AskedCues.TOLD, asked);
        boolean inWriting = AskedCues.asks(AskedCues.IN_WRITING, asked);
        // care-43: whether they are told: the acknowledgement that tells the referrer its decision first (Medway, seed 002 line 453)
        List<String> keys = AskedCues.asks(AskedCues.ACKNOWLEDGED, asked) || told && !inWriting
                ? ACKNOWLEDGEMENT_FIRST : inWriting ? IN_WRITING_FIRST : DECISION_KEYS;
        // care-43: what the document says a caller like them is told (North Tyneside: that a decision was made, not what), first
        List<Guidance> toldSays = told ? AfterContactAnswers.toldLines(request.partnership(),
                request.role() == CallerRole.PROFESSIONAL, request.text()) : List.of();
        toldSays.forEach(g -> advice.add(g.text().text(), g.text().source()));
        List<Timescale> times = Stream.concat(rated.stream(), keys.stream()
                .flatMap(k -> request.partnership().timescale(k).stream())).toList();
        // a rating asked of a document that rates nothing (West Sussex's "does the mash rate referrals red amber green?"):
        // said so, before the times it does give, so they are not read as a red enquiry's
        if (!named.isEmpty() && rated.isEmpty()) {
            advice.add(wording.format("context.decisionTime.noRatings", "partnership", partnership));
        }
        int first = every ? Math.max(1, rated.size()) : 1;
        if (times.isEmpty() && told && toldSays.isEmpty()) {
            advice.add(wording.format("context.decisionTime.toldNotStated", "partnership", partnership));
        } else if (times.isEmpty() && !told) {
            // care-45: whether they are told, answered by the document's own words on it (toldSays), is not also told "how long
            // the MASH takes" (typed-as-users-care-43 R05, once the LSCB model's words on being told were added)
            advice.add(wording.format("context.decisionTime.notStated", "partnership", partnership));
        } else {
            times.stream().limit(first).forEach(t -> {
                advice.add(t.description(), t.source());
                dueFromToday(t, request, asked).ifPresent(advice::add);
            });
            // care-45: a practitioner who phoned the referral through is also told to follow it up in writing, where the document
            // asks it (West Sussex's 24 hours: own set care-45-b B10, the blind tester's kind 12 - the outcome's time alone)
            if (request.role() == CallerRole.PROFESSIONAL && AskedCues.asks(AskedCues.PHONED, asked)) {
                request.partnership().timescale("written-follow-up").filter(w -> !times.contains(w))
                        .ifPresent(w -> advice.add(w.description(), w.source()));
            }
        }
        NumbersGiven.paragraphs(previous).stream().filter(p -> !advice.paragraphs().contains(p)).findFirst()
                .ifPresent(advice::add);
        advice.citeAll(previous.advice().sources()).essentialsEndHere();
        times.stream().skip(first).forEach(t -> advice.add(t.description(), t.source()));
        return previous.withAdvice(advice);
    }

    /**
     * The date a working-days timescale runs to, counted from today (StageWording's date), where the message places the
     * contact today and the calendar covers it; weekends and bank holidays are skipped.
     */
    private Optional<String> dueFromToday(Timescale t, AdviceRequest request, String asked) {
        LocalDate today = request.now().toLocalDate();
        // care-50: the day the contact was made, where the message names one ("i did the online contact and referral form on the
        // 24th dec, when should first response get back to me", read on 28 December: the care brief's leftover - the 24 hours
        // first and no date): counted from that day, not from today
        Optional<LocalDate> madeOn = request.slots().date(Slots.RAISED_ON).filter(d -> d.isBefore(today));
        if (t.unit() != TimeUnitKind.WORKING_DAYS || t.amount() == null || t.amount() < 1
                // "i phoned a referral in to the mash this morning, when should i hear back" (care-39: "within one working day"
                // on Christmas Eve, and no day): the contact placed today (asked.tsv madeTodaySaid), so the timescale is dated
                || madeOn.isEmpty() && !AskedCues.asks(AskedCues.MADE_TODAY, asked)) {
            return Optional.empty();
        }
        LocalDate from = madeOn.orElse(today);
        return calendar.filter(c -> c.covers(from) && c.covers(from.plusDays(t.amount() + 14L)))
                .map(c -> madeOn.isEmpty()
                        ? wording.format("context.decisionTime.by", "date",
                                StageWording.DUE_DATE.format(c.addWorkingDays(from, t.amount())))
                        : wording.format("context.decisionTime.byFrom", Map.of("from", StageWording.DUE_DATE.format(from),
                                "date", StageWording.DUE_DATE.format(c.addWorkingDays(from, t.amount())))));
    }

    /** "Worried a lad is being radicalised": the partnership's Prevent contacts, or that its document gives none. */
    Turn prevent(Advice advice, AdviceRequest request, Turn previous) {
        List<Contact> prevent = request.partnership().contacts(ContactKind.PREVENT);
        // a practitioner: the document's own words on radicalisation where it has them (Medway: the designated
        // safeguarding lead first, then Prevent's numbers)
        var all = request.partnership().guidance(GuidanceTopic.REPORT_CONCERN, true, "");
        var onPrevent = professional(request) ? request.partnership().guidance(GuidanceTopic.REPORT_CONCERN, true,
                request.text()).stream().filter(g -> !all.contains(g)).toList() : List.<Guidance>of();
        if (!onPrevent.isEmpty()) {
            onPrevent.forEach(g -> advice.add(g.text().text(), g.text().source()));
            prevent = List.of();
        } else if (prevent.isEmpty()) {
            advice.add(wording.format("context.prevent.notStated", "partnership", request.partnership().name()));
        } else {
            advice.add(wording.format("context.prevent", Map.of("partnership",
                    request.partnership().name(), "contacts", prevent.stream().map(c -> c.name() + ": " + details(c))
                            .collect(Collectors.joining("; ")))));
            prevent.forEach(c -> advice.cite(c.source()));
        }
        // the worry's own number: a Prevent referral does not replace passing the worry on
        NumbersGiven.paragraphs(previous).stream().findFirst().ifPresent(advice::add);
        advice.citeAll(previous.advice().sources()).essentialsEndHere();
        prevent.stream().filter(c -> c.notes() != null).forEach(c -> advice.add(c.notes()));
        return previous.withAdvice(advice);
    }

    /** A contact's phone and email, those it has, as one line ("01234 567890, team@example.gov.uk"). */
    private static String details(Contact c) {
        return String.join(", ", Stream.of(c.phone(), c.email()).filter(Objects::nonNull).toList());
    }

    private static boolean professional(AdviceRequest request) {
        return request.role() == CallerRole.PROFESSIONAL;
    }
}
