package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.Partnership;
import uk.mashline.language.Folding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an ordinary message in another language asks for, and the English words for whoever helps its writer read the
 * reply: the answer the partnership's document gives to that question, after the safety line and the interpreter number in
 * the writer's own language. The topics and the words that name them are data (dialogue/first-language-topics.tsv); the
 * facts come from the partnership's data, never from here.
 *
 * <p>facts-43 answered a complaint and a request for family support. facts-44 (own set facts-44-a: a Polish neighbour's
 * worry, a Romanian mother's "I would like to talk to someone", an Arabic "what happens now", a Punjabi teacher's "who do I
 * talk to" got the safety line and an interpreter number and nothing of what they asked): a worry to pass on, what happens
 * next, a person to talk to, and a professional's question.
 */
final class FirstLanguageTopics {

    static final String COMPLAINT = "complaint";
    static final String SUPPORT = "support";
    static final String PROFESSIONAL = "professional";
    static final String NEXT = "next";
    static final String PERSON = "person";
    static final String REPORT = "report";
    /** facts-48: reporting without giving a name: the document's words on anonymity, and the line that needs no name. */
    static final String ANONYMITY = "anonymity";
    /**
     * facts-49: disagreeing with a decision about a child, and consent to share or refer (the blind tester's q49 kind 10: a
     * practitioner's disagreement or consent question in another language got only the interpreter line, a disagreement routed
     * as a consultation): the escalation's first stage, or the consent rules, in English for whoever helps.
     */
    static final String DISAGREEMENT = "disagreement";
    static final String CONSENT = "consent";
    /**
     * facts-50: a young person to be married against their will (not danger now), and a child blackmailed over pictures of
     * them (own set facts-50-a SW02 Punjabi, LS06 Roman Urdu: the interpreter line only): the Forced Marriage Unit, or the
     * NCA-CEOP advice on online blackmail, in English for whoever helps, and where a worry goes.
     */
    static final String FORCED = "forced";
    static final String BLACKMAIL = "blackmail";
    /** facts-46: a thank-you after an answer, answered by LanguageGate with the language's welcome. */
    static final String THANKS = "thanks";
    /** facts-46: not a topic - words that make the writer the one hurt, read only on danger (LanguageGate). */
    static final String SELF = "self";
    /** facts-47: not a topic - the writer gives an age under 18 ("mam 11 lat"): Childline on the first screen (LanguageGate). */
    static final String YOUNG = "young";
    /** risk-47: not a topic - words that name a marriage, read only on danger (LanguageGate: the Forced Marriage Unit). */
    static final String MARRIAGE = "marriage";
    /** facts-50: not a topic - the writer says they are the child's parent or grandparent ("я мама", "soy su madre"). */
    static final String PARENT = "parent";
    /** Labels read by LanguageGate for what they say of the writer or the danger, never a topic of their own. */
    private static final java.util.Set<String> NOT_TOPICS = java.util.Set.of(SELF, YOUNG, MARRIAGE, PARENT);

    /**
     * facts-44: the route a message of each topic is answered on (the lead, from the blind tester's q44 probes: an ordinary
     * complaint in another language counted as a misroute on the handoff); a topic not named here, the handoff.
     */
    private static final Map<String, Route> ROUTES = Map.ofEntries(Map.entry(COMPLAINT, Route.COMPLAINT),
            Map.entry(SUPPORT, Route.EARLY_HELP), Map.entry(PROFESSIONAL, Route.CONSULTATION),
            Map.entry(NEXT, Route.REPORT_CONCERN), Map.entry(REPORT, Route.REPORT_CONCERN),
            Map.entry(PERSON, Route.HUMAN_HANDOFF), Map.entry(ANONYMITY, Route.REPORT_CONCERN),
            Map.entry(DISAGREEMENT, Route.ESCALATION), Map.entry(CONSENT, Route.CONSENT_INFO_SHARING),
            Map.entry(FORCED, Route.REPORT_CONCERN), Map.entry(BLACKMAIL, Route.REPORT_CONCERN));

    private final Wording wording;
    private final HelpNow helpNow;
    private final List<PatternFile.Labelled> topics;

    FirstLanguageTopics(Wording wording, HelpNow helpNow) {
        this.wording = wording;
        this.helpNow = helpNow;
        // read with or without the English words: the routing probe asks only for the route (LanguageGate.routeOf, built
        // without wording), and a topic's route is the answer's route (the blind tester's q44 end: the probe still put an
        // ordinary Turkish worry and a Ukrainian request for support on the handoff)
        this.topics = PatternFile.labelledFromClasspath("dialogue/first-language-topics.tsv");
    }

    /** The route a message on {@code topic} is answered on. */
    static Route route(String topic) {
        return ROUTES.getOrDefault(topic, Route.HUMAN_HANDOFF);
    }

    /**
     * A "what now?" in another language after an English answer about family support ("¿y ahora qué tengo que hacer?" after
     * the early help answer: own set facts-45-a MW05, told what happens after a worry is passed on) asks about that support:
     * the support topic's answer. Any other topic, or after any other answer, is as asked.
     */
    static String following(String topic, Route last) {
        return NEXT.equals(topic) && last == Route.EARLY_HELP ? SUPPORT : topic;
    }

    /**
     * facts-50: a topic that is a question of its own, answered as asked even when the message tells a fact too (a complaint,
     * consent, a name kept back, a person asked for); the facts of any other later message are read (LanguageGate).
     */
    static boolean ownQuestion(String topic) {
        return Set.of(COMPLAINT, CONSENT, ANONYMITY, PERSON).contains(topic);
    }

    /** What the message asks for, as the topics file names it (first match wins), if it says. */
    Optional<String> topic(String text) {
        String folded = Folding.fold(text == null ? "" : text);
        return topics.stream().filter(t -> !NOT_TOPICS.contains(t.label())).filter(t -> t.foundIn(folded))
                .map(PatternFile.Labelled::label).findFirst();
    }

    /** risk-47: whether a message's words name a marriage ("shaadi", "nikah"): the file's {@code marriage} line. */
    boolean marriage(String text) {
        String folded = Folding.fold(text == null ? "" : text);
        return topics.stream().filter(t -> t.label().equals(MARRIAGE)).anyMatch(t -> t.foundIn(folded));
    }

    /** facts-46: whether a message's words make its writer the one being hurt ("mąż mnie bije"): the file's {@code self} line. */
    boolean self(String text) {
        String folded = Folding.fold(text == null ? "" : text);
        return topics.stream().filter(t -> t.label().equals(SELF)).anyMatch(t -> t.foundIn(folded));
    }

    /**
     * facts-50: the role the writer gives in their own words: a professional by the file's {@code professional} lines, a
     * parent or grandparent by its {@code parent} line; unknown otherwise.
     */
    CallerRole role(String text) {
        String folded = Folding.fold(text == null ? "" : text);
        if (PatternFile.Labelled.anyFound(topics, PROFESSIONAL, folded)) {
            return CallerRole.PROFESSIONAL;
        }
        return PatternFile.Labelled.anyFound(topics, PARENT, folded) ? CallerRole.PARENT_FAMILY : CallerRole.UNKNOWN;
    }

    /** facts-47: whether the writer says they are a child, by an age under 18 in their own words: the file's {@code young} line. */
    boolean young(String text) {
        String folded = Folding.fold(text == null ? "" : text);
        return topics.stream().filter(t -> t.label().equals(YOUNG)).anyMatch(t -> t.foundIn(folded));
    }

    /** The English answer to {@code topic}, for this partnership at this time. */
    void add(Advice advice, String topic, AdviceRequest request) {
        switch (topic) {
            case COMPLAINT -> complaint(advice, request.partnership());
            case PROFESSIONAL -> professional(advice, request);
            case NEXT -> next(advice, request);
            case PERSON -> whoToCall(advice.add(wording.text("language.topic.person")), request, "handoff.call",
                    CallerRole.UNKNOWN);
            case REPORT -> whoToCall(advice.add(wording.text("language.topic.report")), request, "report.callOpen",
                    CallerRole.UNKNOWN);
            case ANONYMITY -> anonymity(advice, request);
            case DISAGREEMENT -> disagreement(advice, request);
            case CONSENT -> consent(advice, request);
            case FORCED -> national(advice, request, "language.topic.forced", "forced-marriage", "national.forced-marriage");
            case BLACKMAIL -> national(advice, request, "language.topic.blackmail", "online-blackmail",
                    "national.online-blackmail");
            default -> support(advice, request);
        }
    }

    private void complaint(Advice advice, Partnership partnership) {
        var route = partnership.complaints();
        if (route.notStated()) {
            advice.add(wording.format("language.topic.complaint.notStated", "partnership", partnership.name()),
                    route.source());
        } else {
            advice.add(wording.format("language.topic.complaint", "text", route.text()), route.source());
        }
    }

    private void support(Advice advice, AdviceRequest request) {
        Partnership partnership = request.partnership();
        // facts-44: a family-support page the document gives without a number counts too (Medway's early help, asked for
        // through First Response's form: own set facts-44-a FM06 was told the document "lists no family support number")
        List<Contact> all = partnership.contacts(ContactKind.EARLY_HELP).stream()
                .filter(c -> c.phone() != null || c.url() != null).toList();
        // facts-50: the team for the town the writer names, alone (the blind tester's q50 kind 18: both teams, the town's
        // only in the English note); every team where the writer names no town a team covers
        List<Contact> theirs = teamsFor(all, request.text());
        List<Contact> support = theirs.isEmpty() ? all : theirs;
        if (support.isEmpty()) {
            advice.add(wording.format("language.topic.support.none", "partnership", partnership.name()));
            return;
        }
        advice.add(wording.text("language.topic.support"));
        support.forEach(c -> advice.add(wording.format(c.phone() != null ? "language.topic.support.contact"
                : "language.topic.support.page", helpNow.describe(c, request.now(), request.style())), c.source()));
    }

    /**
     * facts-50: the family-support teams whose towns the message names, in its own words ("mieszkamy w crawley", "vivimos
     * en worthing"): the document's districts and the towns in them (partnerships/*.yml covers).
     */
    static List<Contact> teamsFor(List<Contact> teams, String text) {
        String spaced = " " + uk.mashline.language.DangerCues.spaced(text == null ? "" : text) + " ";
        return teams.stream().filter(t -> t.covers() != null
                && t.covers().stream().anyMatch(place -> spaced.contains(" " + place + " "))).toList();
    }

    /**
     * facts-50: the family-support team for the town the message names, when it has a number and is open now: the number
     * to ring with an interpreter, on the first screen in the writer's language (LanguageGate).
     */
    Optional<Contact> openTeamFor(AdviceRequest request) {
        return teamsFor(request.partnership().contacts(ContactKind.EARLY_HELP), request.text()).stream()
                .filter(t -> t.phone() != null)
                .filter(t -> helpNow.status(t, request.now()) == uk.mashline.knowledge.OpeningHours.Status.OPEN)
                .findFirst();
    }

    /**
     * A professional's worry or question: whom the document names for advice (its advice line, or the safeguarding lead it
     * names where it has none), then where a worry goes - the front door, or what the document says instead of a number.
     */
    private void professional(Advice advice, AdviceRequest request) {
        Partnership partnership = request.partnership();
        advice.add(wording.text("language.topic.professional"));
        partnership.contact(ContactKind.CONSULTATION).ifPresent(line -> advice.add(wording.format(
                line.phone() != null ? "consult.line" : "consult.lineNoPhone",
                helpNow.describe(line, request.now(), request.style(), CallerRole.PROFESSIONAL)), line.source()));
        whoToCall(advice, request, "report.callOpen", CallerRole.PROFESSIONAL);
    }

    /**
     * What happens after a worry is passed on: the decision time the document gives (none, it says so), then that the team
     * can say where it has got to, and its number.
     */
    private void next(Advice advice, AdviceRequest request) {
        Partnership partnership = request.partnership();
        advice.add(wording.text("language.topic.next"));
        partnership.timescale("decision").ifPresentOrElse(
                t -> advice.add(wording.format("language.topic.next.said", "partnership", partnership.name(),
                        "text", t.description()), t.source()),
                () -> advice.add(wording.format("language.topic.next.notStated", "partnership", partnership.name())));
        whoToCall(advice.add(wording.text("language.topic.next.ask")), request, "report.callOpen", CallerRole.UNKNOWN);
    }

    /**
     * facts-48: reporting without giving a name (own set facts-48-a WS04: "czy mogę zadzwonić i nie podawać nazwiska?"): what the
     * partnership's document says of anonymity (or that it says nothing), the NSPCC, which needs no name, and the front door.
     */
    private void anonymity(Advice advice, AdviceRequest request) {
        var anonymity = request.partnership().publicReporting().anonymity();
        advice.add(wording.format("language.topic.anonymity", "text", anonymity.text()), anonymity.source());
        helpNow.addNationalAgain(advice, "nspcc", "national.nspcc", java.util.Map.of(), request.style());
        helpNow.addWhoToCall(advice, request.partnership(), request.now(), request.style(), "report.callOpen",
                CallerRole.UNKNOWN);
    }

    /**
     * facts-49: a disagreement with a decision about a child: the contact the document gives for it (North Tyneside's), then its
     * policy's first stage and the one after, as the English escalation answer words them (StageWording), or its silence.
     */
    private void disagreement(Advice advice, AdviceRequest request) {
        Partnership partnership = request.partnership();
        advice.add(wording.text("language.topic.disagreement"));
        partnership.contact(ContactKind.DISAGREEMENT).filter(c -> c.phone() != null).ifPresent(c -> advice.add(
                wording.format("language.topic.disagreement.contact", Map.of("name", c.name(),
                        "phone", request.style().phone(c.phone()))), c.source()));
        var policy = partnership.escalationPolicy();
        policy.stage(1).ifPresentOrElse(
                first -> new StageWording(wording).describe(advice, first, policy, partnership.name()),
                () -> java.util.Optional.ofNullable(policy.stagesNotStated()).ifPresent(advice::add));
    }

    /**
     * facts-49: consent to share or refer: when the document says not to wait for it (its first exceptions) and its first rule,
     * or that it sets none and the national advice; then whom a professional rings.
     */
    private void consent(Advice advice, AdviceRequest request) {
        Partnership partnership = request.partnership();
        advice.add(wording.text("language.topic.consent"));
        var consent = partnership.consent();
        if (consent.stated()) {
            if (!consent.exceptions().isEmpty()) {
                advice.add(wording.text("consent.exceptionsIntro"));
                consent.exceptions().stream().limit(2).forEach(r -> advice.add("- " + r.text(), r.source()));
            }
            consent.rules().stream().limit(1).forEach(advice::add);
        } else {
            if (consent.notStated() == null) {
                advice.add(wording.format("consent.notStated", "partnership", partnership.name()));
            } else {
                advice.add(consent.notStated());
            }
            helpNow.addNational(advice, ConsentAdvisor.INFORMATION_SHARING, "consent.national", request.style());
        }
        whoToCall(advice, request, "report.callOpen", CallerRole.PROFESSIONAL);
    }

    /** facts-50: what the message tells, the national service for it (partnerships/national.yml), then where a worry goes. */
    private void national(Advice advice, AdviceRequest request, String topicKey, String id, String key) {
        advice.add(wording.text(topicKey));
        helpNow.addNationalAgain(advice, id, key, Map.of(), request.style());
        whoToCall(advice, request, "report.callOpen", CallerRole.UNKNOWN);
    }

    private void whoToCall(Advice advice, AdviceRequest request, String openKey, CallerRole role) {
        // facts-45: where the document prints no number (Sandwell, the LSCB model), "To report it, ring (and ask for an
        // interpreter):" was followed by the police's 101 alone - the NSPCC's number had been given in the writer's language,
        // so the English line with it was left out (own set facts-45-a LS01, LS02; the 44th session's B08): say the document
        // gives none, and the national line that takes the worry, before the police
        Partnership partnership = request.partnership();
        if (role != CallerRole.PROFESSIONAL && helpNow.frontDoorWithPhone(partnership).isEmpty()) {
            helpNow.addNationalAgain(advice, "nspcc", "language.topic.noNumber",
                    java.util.Map.of("partnership", partnership.name()), request.style());
        }
        helpNow.addWhoToCall(advice, partnership, request.now(), request.style(), openKey, role);
    }
}
