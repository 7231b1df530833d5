package uk.mashline.dialogue;

import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourceDocument;
import uk.mashline.nlu.Slots;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * "ok", "link?", "what else should I do", "so is that a yes?": answered in the light of the last reply, as a
 * person on the line would, instead of being classified on their own. The phrases are data
 * ({@code dialogue/follow-ups.tsv}).
 */
public final class FollowUpAdvisor {

    public static final String DEFAULT_FILE = "dialogue/follow-ups.tsv";
    /**
     * Kept (yes) while the rest of the last answer has been given for "more" or "what else", so that the next such
     * request is told that was everything, with a person offered, not the same text again (lead's G22).
     */
    static final String REST_GIVEN = "rest_given";
    private static final String WHAT_ELSE = "what_else";
    /**
     * Kept (yes) for the one turn after an adult was asked "is the child safe now?", so that a bare "no" or "yes she's
     * with her mum" is the answer to it (999 first, or who to tell today), not the same check-in again (own probe, 1 Dec).
     */
    static final String ASKED_IF_SAFE = "asked_if_safe";

    /** Answers whose numbers a caller who could not reach someone can ring instead. */
    private static final Set<Route> UNREACHED_CONTEXT = Set.of(Route.IMMEDIATE_RISK, Route.REPORT_CONCERN,
            Route.CONSULTATION, Route.EARLY_HELP, Route.CONSENT_INFO_SHARING);
    /** Routes whose answer a follow-up can build on. */
    private static final Set<Route> CONTEXT = Set.of(Route.IMMEDIATE_RISK, Route.REPORT_CONCERN, Route.CONSULTATION,
            Route.ESCALATION, Route.EARLY_HELP, Route.CONSENT_INFO_SHARING, Route.COMPLAINT, Route.HUMAN_HANDOFF);
    /** A line of the file that selects paragraphs of an answer, not a kind of message ("@refusal"). */
    private static final String PARAGRAPH = "@";
    /** How the partnership files begin what a document leaves out ("Not stated: this policy gives no consent rules"). */
    private static final String NOT_STATED = "Not stated";
    private static final Pattern LIST_ITEM = Pattern.compile("^- ");
    private static final Pattern ADDRESS = Pattern.compile("https?://|www\\.|[\\w.]+@[\\w.]+|\\.(gov|org|co)\\.uk\\b");

    private record Cue(String kind, GatedPattern pattern) {
    }

    private final List<Cue> cues;
    private final Wording wording;
    private final DisclosureAdvisor disclosure;
    private final HelpNow helpNow;
    private final LastAsked<Optional<String>> kinds = new LastAsked<>(this::findKind);

    private FollowUpAdvisor(List<Cue> cues, Wording wording, DisclosureAdvisor disclosure, HelpNow helpNow) {
        this.cues = List.copyOf(cues);
        this.wording = wording;
        this.disclosure = disclosure;
        this.helpNow = helpNow;
    }

    public static FollowUpAdvisor fromClasspath(String resource, Wording wording, DisclosureAdvisor disclosure,
                                                HelpNow helpNow) {
        try (InputStream in = FollowUpAdvisor.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("follow-up phrases not found on the classpath: " + resource);
            }
            List<Cue> cues = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    if (parts.length != 2) {
                        throw new IllegalStateException(resource + ": expected KIND<TAB>regex, got: " + line);
                    }
                    cues.add(new Cue(parts[0].trim(), GatedPattern.of(Pattern.compile(parts[1].trim()))));
                }
            }
            for (String[] needs : new String[][] {{"refused", "refusal"}, {"unsafe", "unsafe"}, {"send", "send"}}) {
                if (cues.stream().anyMatch(c -> c.kind().equals(needs[0]))
                        && cues.stream().noneMatch(c -> c.kind().equals(PARAGRAPH + needs[1]))) {
                    throw new IllegalStateException(resource + ": a '" + needs[0] + "' line needs an '@" + needs[1]
                            + "' line");
                }
            }
            return new FollowUpAdvisor(cues, wording, disclosure, helpNow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer to a follow-up, when the message is one and there is a last answer to follow.
     *
     * @param again the last route's advice, given again for this request
     */
    public Optional<Turn> answer(AdviceRequest request, Function<Route, Turn> again) {
        Optional<String> kind = kind(request.text());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Route last = request.state().dialogue().last();
        if (kind.get().equals("acknowledge")) {
            return noted(request);
        }
        // "is there an out of hours number", "who can i ring at night" before anything else was answered: asked of the
        // answer to a worry (facts audit, FO01-FO08: the menu in all five partnerships)
        if (kind.get().equals("out_of_hours") && (last == null || last == Route.GREETING || last == Route.OUT_OF_SCOPE
                || last == Route.GOODBYE)) {
            last = Route.REPORT_CONCERN;
        }
        if (last == null || !CONTEXT.contains(last)) {
            return Optional.empty();
        }
        // a child asking what to do, or who did not understand, is told what they can do, not the rest of a document
        if ((kind.get().equals("what_else") || kind.get().equals("plain")) && request.role() == CallerRole.CHILD) {
            return Optional.of(disclosure.childNextSteps(request));
        }
        // an adult a child has told of harm (not after 999, which has its own next steps): ring today, and how to be
        // with the child
        if (kind.get().equals("what_else") && last != Route.IMMEDIATE_RISK && request.role() != CallerRole.PROFESSIONAL
                && request.state().slots().has(DisclosureAdvisor.TOLD)) {
            return Optional.of(disclosure.adultNextSteps(request, last));
        }
        // "i rang her social worker but no answer" after a worry was passed on: who else to ring today, not the model's
        // complaint (blind set 6, G16); after an escalation or a complaint it is theirs to answer
        if (kind.get().equals("unreached") && !UNREACHED_CONTEXT.contains(last)) {
            return Optional.empty();
        }
        Turn previous = again.apply(last);
        // after "I've rung 999" the wait for help was said: "what else?" is who to tell once help has come (G24)
        boolean called999 = request.state().slots().flag(Slots.CALLED_999).orElse(false);
        // a second "more" or "what else" in a row: that was everything, and a person, not the same text again (G22)
        if (kind.get().equals(WHAT_ELSE) && request.state().slots().flag(REST_GIVEN).orElse(false)) {
            return Optional.of(allSaid(request, previous));
        }
        return Optional.of(switch (kind.get()) {
            case "link" -> links(request, previous);
            case "unreached" -> unreached(previous, request.style().spoken());
            case WHAT_ELSE -> restGiven(called999 && last == Route.IMMEDIATE_RISK ? restOnly(previous)
                    : rest(previous, "followup.nothingElse", request.style().spoken()));
            case "again" -> essentials(previous);
            case "number" -> numbers(previous);
            case "plain" -> plain(request, previous, last);
            case "out_of_hours" -> outOfHours(request, previous);
            // "how do i send it" after a consultation: how to refer, this caller's answer to a worry (B11)
            // after the complaints answer "where do i send it" is the complaint's, not how to refer (lead's probe, 1 Dec)
            case "send" -> last == Route.ESCALATION || last == Route.EARLY_HELP || last == Route.COMPLAINT
                    ? about(previous, "send") : again.apply(Route.REPORT_CONCERN);
            // "she doesnt want me to tell anyone" after a consultation or a worry, which say nothing of refusal (lead's
            // probe, 1 Dec: a health visitor got the levels of need again): the consent answer's paragraphs on it
            case "refused" -> about(consentAnswerAfterAWorry(previous, last, again), "refusal");
            case "unsafe" -> about(consentAnswerAfterAWorry(previous, last, again), "unsafe");
            default -> shortForm(previous);
        });
    }

    /**
     * "ok", or a fact given after an answer ("shes about 8"): after danger or a disclosure, a check-in (a child's
     * never ends the chat); after any other answer a short "anything else?" that keeps the answer for "what else?"
     * or "link?". Nothing when there is no answer to follow.
     */
    public Optional<Turn> noted(AdviceRequest request) {
        Route last = request.state().dialogue().last();
        boolean afterHarm = request.state().slots().has(DisclosureAdvisor.SLOT) || last == Route.IMMEDIATE_RISK;
        // a child, or someone of unknown age who said they are hurting themselves, is asked if they are safe
        boolean aboutThemselves = request.role() == CallerRole.UNKNOWN && request.state().slots()
                .get(DisclosureAdvisor.SLOT).filter(DisclosureDetector.SELF_HARM::equals).isPresent();
        // a child who has told of nothing yet ("hi", "im 11", "ok") is still listened to, not asked if they are safe as
        // if they had told of harm (flows 8, F12)
        if (request.role() == CallerRole.CHILD && !afterHarm
                && request.state().slots().flag(DisclosureAdvisor.INVITED).orElse(false)) {
            return Optional.of(disclosure.stillListening(request));
        }
        if (request.role() == CallerRole.CHILD || aboutThemselves) {
            return Optional.of(disclosure.checkIn(request, null));
        }
        if (afterHarm) {
            return Optional.of(checkIn(request));
        }
        return last != null && CONTEXT.contains(last) ? Optional.of(acknowledged(request, last)) : Optional.empty();
    }

    /**
     * A short statement after an answered worry that the line cannot place ("shes asleep upstairs", "no i havent
     * spoken to anyone yet"): an update to that worry. After harm, or from a child, the check-in of {@link #noted};
     * otherwise thanks, the last answer's first number again, and what to do if anything changes.
     *
     * @param again the last route's advice, given again for this request
     */
    public Optional<Turn> update(AdviceRequest request, Function<Route, Turn> again) {
        Route last = request.state().dialogue().last();
        if (last == null || !CONTEXT.contains(last)) {
            return Optional.empty();
        }
        boolean afterHarm = request.state().slots().has(DisclosureAdvisor.SLOT) || last == Route.IMMEDIATE_RISK;
        if (afterHarm || request.role() == CallerRole.CHILD || request.role() == CallerRole.UNKNOWN
                && request.state().slots().get(DisclosureAdvisor.SLOT).filter(DisclosureDetector.SELF_HARM::equals).isPresent()) {
            return noted(request);
        }
        Turn previous = again.apply(last);
        Advice advice = new Advice().add(wording.text("followup.update"));
        previous.advice().paragraphs().stream().limit(previous.advice().essential())
                .filter(NumbersGiven::in).findFirst().ifPresent(advice::add);
        advice.add(wording.text(request.state().onlyProcessAnswered() ? "followup.updateNext.support"
                        : request.style().spoken() ? "followup.updateNext.voice" : "followup.updateNext"))
                .citeAll(previous.advice().sources()).essentialsEndHere();
        return Optional.of(Turn.of(request, advice, request.state().settled(), last));
    }

    /**
     * Whether the message is plainly a goodbye ("cheers bye", "thats all thanks"): short, and ending on a goodbye
     * (the {@code @goodbye} line). A goodbye ends a call, so a doubtful guess of one needs this.
     */
    public boolean saysGoodbye(String text) {
        String t = PatternFile.cueText(text).strip();
        return cues.stream().filter(c -> c.kind().equals(PARAGRAPH + "goodbye")).anyMatch(c -> c.pattern().foundIn(t));
    }

    Optional<String> kind(String text) {
        return kinds.of(text);
    }

    private Optional<String> findKind(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.UK).replace('’', '\'').strip();
        return cues.stream().filter(c -> !c.kind().startsWith(PARAGRAPH)).filter(c -> c.pattern().foundIn(t))
                .map(Cue::kind).findFirst();
    }

    /**
     * The last answer's paragraphs on what was asked ({@code @refusal}: going ahead without agreement; {@code @unsafe}:
     * not telling the family first where that would put someone at risk), first; its essentials when none is.
     */
    /**
     * The consent answer after a worry's or a consultation's: theirs touch on refusal only in passing ("significant harm"
     * in a level of need matched, and a health visitor got the levels again), and consent is where it is answered.
     */
    private static Turn consentAnswerAfterAWorry(Turn previous, Route last, Function<Route, Turn> again) {
        return last == Route.CONSULTATION || last == Route.REPORT_CONCERN ? again.apply(Route.CONSENT_INFO_SHARING)
                : previous;
    }

    private List<String> paragraphsAbout(Turn previous, String paragraphKind) {
        Pattern about = cues.stream().filter(c -> c.kind().equals(PARAGRAPH + paragraphKind))
                .map(c -> c.pattern().pattern()).findFirst().orElseThrow();
        return previous.advice().paragraphs().stream()
                .filter(p -> about.matcher(p.toLowerCase(Locale.UK)).find()).toList();
    }

    private Turn about(Turn previous, String paragraphKind) {
        List<String> paragraphs = paragraphsAbout(previous, paragraphKind);
        if (paragraphs.isEmpty()) {
            return essentials(previous);
        }
        Advice advice = start(previous);
        List<String> all = previous.advice().paragraphs();
        for (String p : paragraphs) {
            // picked out of a list, an item keeps the words that introduce it ("When not to wait for consent:"): alone,
            // "Seeking consent would put a child at risk" reads as a rule about this case (flows 9, A15)
            if (LIST_ITEM.matcher(p).find()) {
                introduction(all, all.indexOf(p)).filter(i -> !advice.paragraphs().contains(i)).ifPresent(advice::add);
            }
            advice.add(LIST_ITEM.matcher(p).replaceFirst(""));
        }
        // and the answer's number: what to do with it
        all.stream().filter(p -> NumbersGiven.in(p) && !advice.paragraphs().contains(p)).findFirst()
                .ifPresent(advice::add);
        return like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /** The paragraph that introduces the list item at {@code index} ("When not to wait for consent:"), if any. */
    private static Optional<String> introduction(List<String> paragraphs, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String p = paragraphs.get(i);
            if (!LIST_ITEM.matcher(p).find()) {
                return p.strip().endsWith(":") ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** After danger or a disclosure an adult's "ok" is not the end: is the child safe, and 999 if not. */
    private Turn checkIn(AdviceRequest request) {
        // the adult has said the child is safe for now: not the same question again, but to pass it on if not yet done
        String key = request.state().slots().flag(DisclosureAdvisor.SAID_SAFE).orElse(false) ? "followup.checkIn.safe"
                : "followup.checkIn";
        Advice advice = new Advice().add(wording.text(request.style().spoken() ? key + ".voice" : key));
        // a call's check-in says "hang up and dial 999" itself; written, the 999 line follows it
        if (!request.style().spoken()) {
            advice.add(wording.text("safety.999"));
        }
        advice.essentialsEndHere();
        ConversationState settled = request.state().settled();
        // the question was asked: the next message may answer it
        if (key.equals("followup.checkIn")) {
            settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(ASKED_IF_SAFE, Slots.YES)));
        }
        return Turn.of(request, advice, settled, request.state().dialogue().last());
    }

    private Turn acknowledged(AdviceRequest request, Route last) {
        boolean safetyLine = !request.state().onlyProcessAnswered();
        Advice advice = new Advice();
        // a call's prompt ends "Anything else? Tell me, or hang up." by itself: asked twice, it was 18 seconds of
        // "anything else" for a caller's "thank you" (lead's voice trial, 1 Dec)
        if (!request.style().spoken() || !safetyLine) {
            advice.add(wording.text("followup.acknowledged"));
        }
        if (safetyLine) {
            advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"));
        }
        advice.essentialsEndHere();
        return Turn.of(request, advice, request.state().settled(), last);
    }

    private Turn links(AdviceRequest request, Turn previous) {
        List<String> withAddress = previous.advice().paragraphs().stream().filter(p -> ADDRESS.matcher(p).find()).toList();
        Advice advice = start(previous);
        if (!withAddress.isEmpty()) {
            withAddress.forEach(advice::add);
            return like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere());
        }
        // the answer printed none: first the web addresses of the national services whose numbers it gave ("link?" after
        // the NSPCC's number: lead's sealed chats q3, 1 Dec, got a MASH email for disagreements), then the partnership's own
        Partnership p = request.partnership();
        List<String> addresses = new ArrayList<>();
        helpNow.nationalWithAddressGivenIn(previous.advice().paragraphs())
                .forEach(h -> addresses.add(wording.format("followup.contactLink", "name", h.name(), "url", h.url())));
        p.contacts().stream().filter(c -> c.url() != null)
                .forEach(c -> addresses.add(wording.format("followup.contactLink", "name", c.name(), "url", c.url())));
        // "whats the email" after an answer that gave only numbers: the teams' own addresses (flows 9, second set B07:
        // told none was printed, though the MASH's is in the data)
        p.contacts().stream().filter(c -> c.email() != null && c.phone() != null)
                .forEach(c -> addresses.add(wording.format("followup.contactLink", "name", c.name(), "url", c.email())));
        p.documents().stream().map(SourceDocument::whereCurrent).filter(w -> w != null && ADDRESS.matcher(w.text()).find())
                .forEach(w -> addresses.add(wording.format("followup.documentLink", "where", w.text())));
        if (addresses.isEmpty()) {
            advice.add(wording.format("followup.noLink", "partnership", p.name()));
            helpNow.addWhoToCall(advice, request, "contact.frontDoorOpen");
        } else {
            advice.add(wording.text("followup.linksInstead"));
            addresses.forEach(advice::add);
        }
        return like(previous, advice.essentialsEndHere());
    }

    private Turn rest(Turn previous, String intro, boolean spoken) {
        List<String> paragraphs = previous.advice().paragraphs();
        int essential = previous.advice().essential();
        // the rest itself, from its first sentence: an introduction would take the first screen's room
        Advice advice = start(previous);
        // "say your role for the steps of a referral" alone is no answer to "what else can i do" (lead's SMS trial, 1 Dec:
        // a brother worried about a missing 15-year-old got only that): then the document has no more for this caller
        List<String> more = essential < paragraphs.size() ? paragraphs.subList(essential, paragraphs.size()) : List.of();
        if (more.stream().anyMatch(p -> !p.equals(wording.text("report.forProfessionals"))
                && !p.equals(wording.text("consent.forProfessionals")))) {
            more.forEach(advice::add);
            return like(previous, advice.citeAll(previous.advice().sources()));
        }
        // the document says no more: not the whole answer again, but the one thing to do next - the answer's own
        // number or address - and 999 if a child is in danger
        Optional<String> contact = paragraphs.stream().filter(p -> !advice.paragraphs().contains(p))
                .filter(p -> NumbersGiven.in(p) || ADDRESS.matcher(p).find()).findFirst();
        if (contact.isEmpty()) {
            advice.add(wording.text(intro));
            paragraphs.forEach(advice::add);
            return like(previous, advice.citeAll(previous.advice().sources()));
        }
        advice.add(wording.text("followup.nothingMore")).add(contact.get());
        if (previous.route() != Route.IMMEDIATE_RISK) {
            advice.add(wording.text(spoken ? "safety.999.voice" : "safety.999"));
        }
        return like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /**
     * The turn as it is, except that a rest given before is forgotten once the caller writes anything but another "more"
     * or "what else" (after a new answer, "more" is that answer's rest).
     */
    public Turn forgetRestUnlessAskedAgain(Turn turn, String text) {
        Slots slots = turn.state().slots();
        if (!slots.flag(REST_GIVEN).orElse(false) || kind(text).filter(WHAT_ELSE::equals).isPresent()) {
            return turn;
        }
        ConversationState state = turn.state().withDialogue(turn.state().dialogue().withSlots(slots.with(REST_GIVEN,
                Slots.NO)));
        return new Turn(turn.advice(), state, turn.route(), turn.intent(), turn.confidence(), turn.rule());
    }

    /** The turn as it is, except that "is the child safe now?" asked the turn before is no longer waiting for its answer. */
    public Turn forgetCheckInUnlessAsked(Turn turn, AdviceRequest request) {
        Slots slots = turn.state().slots();
        if (!slots.flag(ASKED_IF_SAFE).orElse(false) || !request.state().slots().flag(ASKED_IF_SAFE).orElse(false)) {
            return turn;
        }
        // asked again this turn (the same question in the reply): still waiting
        String question = wording.text(request.style().spoken() ? "followup.checkIn.voice" : "followup.checkIn");
        if (turn.advice().paragraphs().contains(question)) {
            return turn;
        }
        ConversationState state = turn.state().withDialogue(turn.state().dialogue().withSlots(slots.with(ASKED_IF_SAFE,
                Slots.NO)));
        return new Turn(turn.advice(), state, turn.route(), turn.intent(), turn.confidence(), turn.rule());
    }

    private static Turn restGiven(Turn turn) {
        ConversationState state = turn.state().withDialogue(turn.state().dialogue().withSlots(turn.state().slots()
                .with(REST_GIVEN, Slots.YES)));
        return new Turn(turn.advice(), state, turn.route(), turn.intent(), turn.confidence(), turn.rule());
    }

    /** Everything has been said: so, the answer's own number or address again, and a person to talk it through with. */
    private Turn allSaid(AdviceRequest request, Turn previous) {
        Advice advice = start(previous).add(wording.text("followup.allSaid"));
        previous.advice().paragraphs().stream().filter(p -> !advice.paragraphs().contains(p))
                .filter(p -> NumbersGiven.in(p) || ADDRESS.matcher(p).find()).findFirst().ifPresent(advice::add);
        advice.add(wording.text(request.style().spoken() ? "followup.offerPerson.voice" : "followup.offerPerson"));
        return restGiven(like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere()));
    }

    /**
     * "I don't understand": the one thing the last answer asks of this caller, in plain words, with its first number or
     * address - a professional keeps the answer's own first steps (flows 9 scratch: a worried aunt was asked "is the
     * child safe now?").
     */
    private Turn plain(AdviceRequest request, Turn previous, Route last) {
        if (request.role() == CallerRole.PROFESSIONAL) {
            return essentials(previous);
        }
        Advice advice = start(previous);
        advice.add(wording.text(switch (last) {
            case REPORT_CONCERN, IMMEDIATE_RISK, HUMAN_HANDOFF -> "followup.plain.worry";
            case EARLY_HELP -> "followup.plain.support";
            case ESCALATION, COMPLAINT -> "followup.plain.disagree";
            default -> "followup.plain.other";
        }));
        previous.advice().paragraphs().stream().filter(p -> (NumbersGiven.in(p) || ADDRESS.matcher(p).find())
                && !advice.paragraphs().contains(p)).findFirst().ifPresent(advice::add);
        if (previous.route() != Route.IMMEDIATE_RISK) {
            advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"));
        }
        return like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /** "And the number?": the numbers the last answer gave, wherever they were in it; its first steps if it gave none. */
    private Turn numbers(Turn previous) {
        List<String> numbers = NumbersGiven.paragraphs(previous);
        if (numbers.isEmpty()) {
            return essentials(previous);
        }
        Advice advice = start(previous);
        numbers.stream().filter(p -> !advice.paragraphs().contains(p)).forEach(advice::add);
        return like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /**
     * "Who do I ring out of hours?": the partnership's out-of-hours numbers, or that its document gives none, with the
     * national line and 999 (flows 9, A26: "not understood").
     */
    private Turn outOfHours(AdviceRequest request, Turn previous) {
        Advice advice = start(previous);
        int before = advice.paragraphs().size();
        helpNow.addOutOfHours(advice, request.partnership(), request.now(), request.style(), request.role());
        if (advice.paragraphs().size() == before) {
            // a document's silence is a professional's to know; the public are given what to do instead
            advice.add(wording.format(request.role() == CallerRole.PROFESSIONAL ? "followup.noOutOfHours"
                    : "followup.noOutOfHours.public", "partnership", request.partnership().name()));
            helpNow.addNational(advice, request);
        }
        if (previous.route() != Route.IMMEDIATE_RISK) {
            advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"));
        }
        return like(previous, advice.essentialsEndHere());
    }

    /** The last answer's first steps again, as they were: "what do I press?" after the Silent Solution. */
    private Turn essentials(Turn previous) {
        Advice advice = new Advice();
        previous.advice().paragraphs().stream().limit(previous.advice().essential()).forEach(advice::add);
        return like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    private Turn shortForm(Turn previous) {
        // where the document states nothing on it, "it depends" would pretend it did
        boolean notStated = !previous.advice().paragraphs().isEmpty()
                && previous.advice().paragraphs().get(0).startsWith(NOT_STATED);
        Advice advice = new Advice().add(wording.text(notStated ? "followup.yesOrNoNotStated" : "followup.yesOrNo"));
        previous.advice().paragraphs().stream().limit(previous.advice().essential()).forEach(advice::add);
        return like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /** After danger the 999 line stays first, whatever the follow-up asked. */
    /** Who else to ring today when the person the caller tried did not answer: the last answer's numbers. */
    private Turn unreached(Turn previous, boolean spoken) {
        Advice advice = start(previous).add(wording.text("followup.unreached"));
        previous.advice().paragraphs().stream().filter(p -> NumbersGiven.in(p) && !advice.paragraphs().contains(p))
                .forEach(advice::add);
        advice.add(wording.text(spoken ? "safety.999.voice" : "safety.999"));
        return like(previous, advice.citeAll(previous.advice().sources()).essentialsEndHere());
    }

    /** The rest of the last answer beyond its first steps, without repeating them (nothing to add if there is none). */
    private static Turn restOnly(Turn previous) {
        List<String> paragraphs = previous.advice().paragraphs();
        int essential = previous.advice().essential();
        Advice advice = new Advice();
        paragraphs.subList(Math.min(essential, paragraphs.size()), paragraphs.size()).forEach(advice::add);
        if (advice.paragraphs().isEmpty()) {
            paragraphs.forEach(advice::add);
        }
        return like(previous, advice.citeAll(previous.advice().sources()));
    }

    private static Advice start(Turn previous) {
        Advice advice = new Advice();
        if (previous.route() == Route.IMMEDIATE_RISK && !previous.advice().paragraphs().isEmpty()) {
            advice.add(previous.advice().paragraphs().get(0));
        }
        return advice;
    }

    private static Turn like(Turn previous, Advice advice) {
        return new Turn(advice, previous.state(), previous.route(), previous.intent(), previous.confidence(),
                previous.rule());
    }
}
