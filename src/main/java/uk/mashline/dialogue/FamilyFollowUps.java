package uk.mashline.dialogue;

import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parent's, a relative's or a child's next question about the answer just given, which that answer does not cover:
 * "where do i send it" after the complaints answer, "what if i say no" after the consent or family-support answer, "who
 * else should i tell" after a worry, "is anyone there at this time of night" after any answer. Each gets its own short
 * answer, then the answer's numbers or who answers now - not the same paragraph again, nor the menu (care helper's
 * unseen set, 2 Dec). Cues and the answers they follow are data ({@code dialogue/family-follow-ups.tsv}), the words
 * are wording ({@code family.<kind>}, {@code family.<kind>.<ROUTE>} after that route, {@code .child} for a child);
 * a kind with no wording for a child leaves the child's question to the answers written for children.
 */
public final class FamilyFollowUps {

    public static final String DEFAULT_FILE = "dialogue/family-follow-ups.tsv";
    private static final String COMPLAINT_WHERE = "complaint_where";
    private static final String SAY_NO = "say_no";
    /** "who do i chase" after the complaints answer: what the document says of the route first, as for where to send it. */
    private static final String COMPLAINT_CHASE = "complaint_chase";
    private static final String OWN_RECORDS = "own_records";
    /** An adult asking for their own file from their childhood: a request for what is held, as {@link #OWN_RECORDS}. */
    private static final String CHILDHOOD_RECORDS = "childhood_records";
    /** Told only that a decision was made, or asking how to find out what was: what the document says a caller is told. */
    private static final String TOLD_DECISION = "told_decision";
    /** "should i ring again": what the document says follows a contact, as for {@link #TOLD_DECISION}, before "yes, again". */
    private static final String REPORT_AGAIN = "report_again";
    /** "rang mash 3 times nobody rang back, not good enough": ring again, then the complaints route before the numbers. */
    private static final String NO_CALLBACK = "no_callback";
    /** "rang the front door yesterday, not heard a thing, how long should it take": what the document says follows first. */
    private static final String NO_NEWS = "no_news";
    /** Kept once a family asked for what is held about them, so "how long have they got" next is about that request. */
    public static final String RECORDS_ASKED = "records_asked";
    /** partnerships/national.yml: how long the council has to answer a subject access request. */
    public static final String RECORDS_TIME = "subject-access-time";
    /** The label's word among the routes for a kind asked as a first message too, of the answer of the first route named. */
    private static final String FIRST = "first";
    /** Longer messages say more than a question about the last answer. */
    private static final int MAX_WORDS = 14;
    /** A worry about what the help means ("would that mean social workers getting involved? i dont want them thinking im a
     *  bad mum", lead's q19b regression) comes with its reason, so it is read in a longer message; so does a complaint
     *  denied beside the change wanted ("im not wanting to put a complaint in or owt, i just want them to change there mind"),
     *  and a young person's contraception asked about with their age and wish ("my niece is 15 and wants to go on the pill
     *  without her mum knowing, where can she go"), and a worry passed on with nothing heard since, told with when and to
     *  whom ("I reported the family next door on Monday and haven't heard anything - is that normal?"). */
    private static final Set<String> LONGER = Set.of("not_social", "own_records", "childhood_records", "told_decision",
            "police_number", "helpline_number", "help_record", "tell_first", "not_complaint", "contraception",
            "no_news", "report_again", "no_callback", "helpline_hours");
    private static final int MAX_WORDS_LONGER = 30;
    /** A line that is a number to ring with its name, not a paragraph of the document's that happens to hold one. */
    private static final int SHORT_LINE = 200;

    /** What follows the kind's words: the last answer's numbers, who answers now, national lines, or nothing. */
    private enum Then { NUMBERS, NOW, NATIONAL, NONE }

    /** Kinds a professional's words are read for too: a national line, or the police's 101, by name is the same line for anyone. */
    // facts-50: a national line's hours asked (helpline_hours) are the same answer whoever asks
    private static final Set<String> ANY_CALLER = Set.of("helpline_number", "police_number", "helpline_hours");

    /** The label's third part that names national lines to follow the words: {@code national=nspcc+samaritans}. */
    private static final String NATIONAL_LINES = "national=";

    /**
     * @param parentOnly the question is a parent's about their own child ("will she get in trouble for it")
     * @param services   for {@link Then#NATIONAL}, the partnerships/national.yml ids given, in order
     */
    /** @param asFirst the route whose answer a first message of this kind is asked of ("can i get a copy of what social
     *                 services wrote about me" before anything was answered), or null where the kind follows an answer only */
    /** @param closedOnly only where the partnership's escalation policy is not open to families ({@code :closed}) */
    private record Cue(String kind, Set<Route> after, Then then, List<String> services, boolean parentOnly,
                       GatedPattern pattern, Route asFirst, boolean closedOnly) {
    }

    private final List<Cue> cues;
    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;

    private FamilyFollowUps(List<Cue> cues, Wording wording, HelpNow helpNow, NationalHelp national) {
        this.cues = List.copyOf(cues);
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
    }

    /**
     * Each line's label is {@code kind:ROUTE,ROUTE|any:numbers|now|none}, then {@code :parent} for a parent's only, or
     * {@code :closed} where the partnership's escalation policy is for professionals only (or does not say who may use it).
     */
    public static FamilyFollowUps fromClasspath(String resource, Wording wording, HelpNow helpNow, NationalHelp national) {
        return new FamilyFollowUps(PatternFile.labelledFromClasspath(resource).stream().map(l -> {
            String[] parts = l.label().split(":");
            List<String> named = Arrays.asList(parts[1].split(","));
            Set<Route> after = parts[1].equals("any") ? Set.of(Route.values())
                    : named.stream().filter(r -> !r.equals(FIRST)).map(Route::valueOf)
                            .collect(Collectors.toUnmodifiableSet());
            Route asFirst = named.contains(FIRST) ? Route.valueOf(named.get(0)) : null;
            boolean lines = parts[2].startsWith(NATIONAL_LINES);
            return new Cue(parts[0], after,
                    lines ? Then.NATIONAL : Then.valueOf(parts[2].toUpperCase(java.util.Locale.ROOT)),
                    lines ? List.of(parts[2].substring(NATIONAL_LINES.length()).split("\\+")) : List.of(),
                    parts.length > 3 && parts[3].equals("parent"), l.gated(), asFirst,
                    parts.length > 3 && parts[3].equals("closed"));
        }).toList(), wording, helpNow, national);
    }

    /** @param again the last route's answer, given again for this request */
    public Optional<Turn> answer(AdviceRequest request, Function<Route, Turn> again) {
        Route answered = request.state().dialogue().last();
        String t = PatternFile.cueText(request.text()).strip();
        // a professional's questions have their own answers (procedure, stages); short messages, after an answer - or
        // before any, for a kind asked as a first message too ("if we accept early help does that stay on the kids records")
        int words = Words.in(t);
        boolean first = answered == null || answered == Route.GREETING || answered == Route.OUT_OF_SCOPE
                || answered == Route.GOODBYE;
        // facts-45: a national line asked for by name is the same line whoever asks ("where does a pupil report an adult
        // messaging them online, is that ceop": own set facts-45-a LS05, a teacher got the out-of-scope menu)
        boolean professional = request.role() == CallerRole.PROFESSIONAL;
        if (words > MAX_WORDS_LONGER) {
            return Optional.empty();
        }
        Optional<Cue> cue = cues.stream().filter(c -> !professional || ANY_CALLER.contains(c.kind()))
                .filter(c -> words <= MAX_WORDS || LONGER.contains(c.kind()))
                .filter(c -> (first && c.asFirst() != null) || (answered != null && c.after().contains(answered)))
                .filter(c -> c.pattern().foundIn(t))
                .filter(c -> !c.parentOnly() || request.role() == CallerRole.PARENT_FAMILY)
                .filter(c -> !c.closedOnly() || request.partnership().escalationPolicy().whoMayEscalate().audience()
                        != uk.mashline.knowledge.EscalationAudience.ANYONE_IN_CHILDS_NETWORK).findFirst();
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        Route last = first && cue.get().asFirst() != null ? cue.get().asFirst() : answered;
        boolean child = request.role() == CallerRole.CHILD;
        String key = "family." + cue.get().kind() + (child ? ".child" : "");
        key = wording.has(key + "." + last.name()) ? key + "." + last.name() : key;
        if (!wording.has(key)) {
            return Optional.empty();
        }
        Advice advice = new Advice();
        // the document's own words first, where it has them: how to complain (Medway's council page), what it says of
        // saying no (Medway's "you can say no"); the kind's wording then says what the document does not
        // "should i ring again" is answered yes first; what the document says follows a contact comes after it
        boolean yesFirst = REPORT_AGAIN.equals(cue.get().kind()) || NO_CALLBACK.equals(cue.get().kind());
        if (!child && !yesFirst) {
            documentSays(advice, request, cue.get().kind());
        } else if (child && cue.get().then() == Then.NATIONAL) {
            // the national lines the kind names that are a child's to use too, first: the number asked for (the police's
            // non-emergency number asked by a 14-year-old, 35th session, was behind "more"), then the kind's words
            for (String id : cue.get().services()) {
                String own = "national." + id + "." + cue.get().kind();
                national.addServiceForChild(advice, id, wording.has(own) ? own : "national." + id, request.style());
            }
        }
        advice.add(wording.text(request.style().spoken() && wording.has(key + ".voice") ? key + ".voice" : key));
        if (!child && yesFirst) {
            documentSays(advice, request, cue.get().kind());
        }
        Turn previous = again.apply(last);
        if (child) {
            national.addChildline(advice, request.style());
        } else if (cue.get().then() == Then.NATIONAL) {
            // each line in the kind's own words where it has them ("national.samaritans.talk_to_someone"): someone to talk
            // to is not only "if you are thinking about ending your life"
            for (String id : cue.get().services()) {
                String own = "national." + id + "." + cue.get().kind();
                national.addService(advice, id, wording.has(own) ? own : "national." + id, request.style());
            }
            // and the number the last answer gave for the child, where it gave one
            NumbersGiven.paragraphs(previous).stream().filter(p -> p.length() <= SHORT_LINE)
                    .filter(p -> NumbersGiven.numbers(List.of(p)).stream().noneMatch(n -> national.byPhone(n).isPresent()))
                    .limit(1).forEach(advice::add);
            advice.citeAll(previous.advice().sources());
        } else if (cue.get().then() == Then.NOW) {
            helpNow.addWhoToCall(advice, request, "risk.thenMash");
            // a family member awake in the night: someone who listens at any hour too, not only the line about the child
            // (care helper's first set, 28th session: "is anyone actually awake at this time" at 1am got the NSPCC alone)
            if (request.role() != CallerRole.PROFESSIONAL && !request.style().spoken()) {
                national.addService(advice, "samaritans", "national.samaritans.talk_to_someone", request.style());
            }
        } else if (cue.get().then() == Then.NUMBERS) {
            // the answer's short lines with a number to ring, not a long paragraph that holds one (North Tyneside's
            // disagreement paragraph after "what if i say no")
            // nor the police's non-emergency line alone: not a number to talk a family's question over with
            List<String> lines = NumbersGiven.paragraphs(previous).stream().filter(p -> p.length() <= SHORT_LINE)
                    .filter(p -> !NumbersGiven.numbers(List.of(p)).stream().allMatch(national::isPoliceNonEmergency))
                    .limit(2).toList();
            if (lines.isEmpty()) {
                national.addFor(advice, request.role(), request.style());
            } else {
                lines.forEach(advice::add);
                advice.citeAll(previous.advice().sources());
            }
        }
        Turn given = previous.withAdvice(advice.essentialsEndHere());
        if (OWN_RECORDS.equals(cue.get().kind()) || CHILDHOOD_RECORDS.equals(cue.get().kind())) {
            ConversationState state = given.state();
            given = given.withState(state.withDialogue(state.dialogue().withSlots(
                    state.slots().with(RECORDS_ASKED, uk.mashline.nlu.Slots.YES))));
        }
        return Optional.of(given);
    }

    private void documentSays(Advice advice, AdviceRequest request, String kind) {
        var partnership = request.partnership();
        if ((kind.equals(COMPLAINT_WHERE) || kind.equals(COMPLAINT_CHASE) || kind.equals(NO_CALLBACK))
                && !partnership.complaints().notStated()) {
            advice.add(partnership.complaints().text(), partnership.complaints().source());
        } else if (kind.equals(NO_CALLBACK)) {
            // a document silent on complaints: where every council keeps its own
            advice.add(wording.text("complaint.council.public"));
        } else if (kind.equals(TOLD_DECISION) || kind.equals(REPORT_AGAIN) || kind.equals(NO_NEWS)) {
            // what a caller like them is told after a contact: North Tyneside's public hear that a decision was made, not what;
            // and how long it takes to someone who has heard nothing yet (lead-42-a LQ11: "how long should it take" was
            // told only to ring and ask, where North Tyneside's document gives one working day)
            // care-43: "will they tell me what they decide" straight after what follows a contact (own set care-43-a CN02, the
            // care brief's North Tyneside LQ06: that paragraph again): the document's words on being told, where it has them
            // for the words asked (partnerships/*.yml AFTER_CONTACT with mentions), instead of the whole paragraph again
            var all = partnership.guidance(GuidanceTopic.AFTER_CONTACT, false, request.text());
            var named = kind.equals(TOLD_DECISION) ? AfterContactAnswers.toldLines(partnership, false, request.text())
                    : List.<Guidance>of();
            (named.isEmpty() ? all : named).forEach(g -> advice.add(g.text().text(), g.text().source()));
        } else if (kind.equals(SAY_NO)) {
            // only what names the question ("say no", "refuse"): the consent paragraph was the last answer already
            partnership.guidance(GuidanceTopic.CONSENT, false, request.text()).stream()
                    .filter(g -> !g.mentions().isEmpty())
                    .forEach(g -> advice.add(g.text().text(), g.text().source()));
        }
    }
}
