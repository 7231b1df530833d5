package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Danger now. The 999 line comes first, before anything else, on every channel; then, for someone
 * who cannot speak, the Silent Solution; for a child, that they are not in trouble and Childline;
 * then who to tell once the child is safe. Someone who says they have already called 999 is told what
 * to do while help comes, not the same reply again. Any flow in progress is dropped.
 */
public final class ImmediateRiskAdvisor implements RouteAdvisor {

    /** A question about the wait ("how long will they be?"), which gets the wait, not "stay with them". */
    private static final Pattern ASKS = Pattern.compile(
            "\\?|^\\s*(?:how|when|what|why|where|who|will|would|should|shall|can|could|do|does|is|are)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String SELF_HARM = "immediate_self_harm";
    /** The national FGM helpline's id (partnerships/national.yml), named by dialogue/fgm.tsv. */
    private static final String FGM = "fgm";
    /**
     * The risk rule that hears the police on their way ("police are still on there way"): after the 999 answer it is the help
     * the call brought, not new danger, as help come is (dialogue/help-came.txt) - the rule stays for a first message.
     */
    private static final String POLICE_COMING = "police-now";
    /** Doubt whether the child is in danger at all ("i dont know if they are in danger", "not sure shes safe"). */
    private static final Pattern UNSURE = Pattern.compile(
            "\\b(?:not sure|unsure|do ?n'?t know|dont know|dunno|idk|no idea|not certain)\\b.{0,40}\\b(?:danger|safe|at risk|in trouble|hurt|ok|okay|alright)\\b");

    /**
     * Fear of making the call ("im too scared to call them", "what if i get in trouble for ringing and its nothing"), read right
     * after the 999 answer (risk-42: the 999 answer again, the fear unanswered).
     */
    private static final Pattern FEARS_CALLING = Pattern.compile(
            "\\b(?:scared|afraid|frightened|terrified|nervous|worried) (?:to|of|about) (?:ring|call|phon|dial)\\w*|\\bget in(?:to)? trouble\\b|\\bwast(?:e|ing) (?:their|police|the police'?s?|your) time\\b");

    /** A child's own question beside the danger told (dialogue/child-topics.tsv, the kinds answered with harm). */
    private final ChildTopics topics;
    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;
    private final List<GatedPattern> cannotSpeak;
    /**
     * Kept (yes) once the 999 call was someone else's ("the school have called the police"): the caller is told the police
     * were called, never thanked for a call they did not make.
     */
    static final String OTHERS_CALLED = "called_by_others";
    /** Kept (yes) once the wait for help has been explained: a later update is not given the same script again. */
    static final String WAIT_TOLD = "wait_for_help_told";
    /**
     * Kept (yes) when the danger told was a child taken off or gone with someone ("pushed him into a van", "drove off with
     * the baby"; dialogue/help-came.txt "gone"): once 999 is called, the child is not there to stay with.
     */
    static final String CHILD_GONE = "child_gone";
    /**
     * lead-44: kept (yes) when the danger told was a child missing now (dialogue/help-came.txt "missing"): the check-in asks
     * whether they are found (AdultCheckIn), and "hes just walked in" is the child back (help-came.txt "back").
     */
    static final String CHILD_MISSING = "child_missing";
    /** After 999 was called: help is now with the caller, or who made the call (dialogue/help-came.txt). */
    private final HelpCame helpCame;
    /**
     * Kept (yes) once help has come ("police came and took him away"): a later "what should i do now" is what comes next
     * and whom to tell, not the wait for help nor the 999 script again.
     */
    static final String HELP_CAME = "help_came";
    /**
     * risk-43: kept (yes) once an adult was given the 999 answer for a child who has taken something or hurt themselves, or
     * says they will ("swallowed a whole packet of paracetamol", "saving her tablets to take tonight"): until the call is made,
     * "he says he feels fine tho", "the first aider is with her" is not a child safe for now - the body is still in danger, so
     * the check-in urges 999 first (AdultCheckIn) and "shes not answering me now" is danger now (Conversation).
     */
    static final String SELF_HARM_999 = "self_harm_999";
    /**
     * risk-45: kept (yes) once an adult was given the 999 answer for a body in danger from someone else's hands or a fall -
     * strangled or choked, gone floppy or unresponsive, not breathing, a head hurt ({@link #BODY_RULES}): until the call is
     * made, "its gone quiet now", "hes breathing i think" is no one safe for now (own set risk-45-a RS05, RN06: "Is the child
     * safe now?"), so the check-in urges 999 first, once more (AdultCheckIn).
     */
    static final String BODY_999 = "body_999";
    /** risk-45: the risk rules that hear such a body in danger (nlu/immediate-risk-rules.txt). */
    private static final java.util.Set<String> BODY_RULES = java.util.Set.of("strangling", "unconscious", "not-breathing",
            "head-injury-signs");
    /** risk-43: the risk rules that hear a weapon held now, to a person or in the room. */
    private static final java.util.Set<String> WEAPON_RULES = java.util.Set.of("weapon-held-to-person", "weapon-now");
    /** risk-43: the risk rules that hear a child harmed by someone else, never by themselves (nlu/immediate-risk-rules.txt). */
    // care-48: and the cue meeting-predator, an older man or lad the child is with ("she has done it before tho, last time she was
    // with an older lad in a car" after a missing 14-year-old's 999 answer: own set care-48-a AW02 - Samaritans and "stay with them
    // while they may act on it" from the model's self-harm at 0.08)
    private static final java.util.Set<String> OTHERS_HARM_RULES = java.util.Set.of("online-abuse-live", "sexual-signs",
            "threat-present", "abuser-with-children-now", "sexual-assault-now", "groomer-pickup", "abduction", "taken-child",
            "meeting-predator");
    /** The risk rules that hear pills or an overdose taken, or about to be (nlu/immediate-risk-rules.txt). */
    private static final java.util.Set<String> OVERDOSE_RULES = java.util.Set.of("overdose", "overdose-named");
    /**
     * risk-45: the risk rule that hears a child missing now. The missing-child answer and check-in are keyed on it as well as on
     * dialogue/help-came.txt "missing", so that the two readings cannot drift apart ("no contact with her since 4pm, her phone
     * is off": the rule fired, help-came's words did not, and the answer said nothing of reporting a missing child).
     */
    static final String MISSING_NOW_RULE = "missing-now";
    /** risk-46: the risk rule that hears someone back or at the door (nlu/immediate-risk-rules.txt). */
    private static final String THREAT_PRESENT_RULE = "threat-present";
    /** A child's wish to die told as something they sometimes say, nothing done (dialogue/self-harm-thoughts.txt). */
    private final List<PatternFile.Labelled> thoughts;
    private final WhoseHarm whose;
    private final DisclosureDetector disclosures;
    private final SelfHarmCare care;

    /**
     * @param cannotSpeak what someone writes when speaking on a call is not safe ("he'll hear me")
     * @param whose       whether the harm told is a friend's or the writer's own
     * @param disclosures whether the words tell of self-harm
     * @param care        self-harm done and over, not deep: care first
     * @param topics      a child's own question asked beside the danger ("will they separate me from my sister if i tell")
     */
    public ImmediateRiskAdvisor(Wording wording, HelpNow helpNow, NationalHelp national, List<Pattern> cannotSpeak,
                                WhoseHarm whose, DisclosureDetector disclosures, HelpCame helpCame,
                                List<PatternFile.Labelled> thoughts, SelfHarmCare care, ChildTopics topics) {
        this.topics = topics;
        this.helpCame = helpCame;
        this.thoughts = List.copyOf(thoughts);
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
        this.cannotSpeak = cannotSpeak.stream().map(GatedPattern::of).toList();
        this.whose = whose;
        this.disclosures = disclosures;
        this.care = care;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        if (foundSince(request)) {
            return found(request);
        }
        // a call made before and danger back now ("rang 999 yesterday ..., police came, but hes back right now and shouting at the
        // kids. do i ring again": care-39's guard, "Now that help is with you"): the 999 answer, not the steps after a call
        if (request.slots().flag(Slots.CALLED_999).orElse(false) && !helpCame.said("again", request.text())) {
            return afterTheCall(request);
        }
        // "ok police have arrived, what happens to my kids now" right after the 999 answer, the call never mentioned (care
        // helper's second set, 23rd session: the 999 script again): help has come
        if (request.state().dialogue().last() == Route.IMMEDIATE_RISK && helpCame(request.text())) {
            return afterHelpCame(request);
        }
        // self-harm done and over, not deep: care first, 999 for the signs of danger (care helper, 23rd session)
        Optional<Turn> cared = care.answer(request, selfHarm(request) || request.state().slots()
                .get(DisclosureAdvisor.SLOT).filter(DisclosureDetector.SELF_HARM::equals).isPresent());
        if (cared.isPresent()) {
            return cared.get();
        }
        ChannelStyle style = request.style();
        boolean child = request.role() == CallerRole.CHILD;
        // the child's own wish to die said in words counts as self-harm whatever the model's intent ("wishes he was dead" was
        // read as violence, so a DSL got the 999 script)
        if (!child && (selfHarm(request) || ownWishToDie(request.text())) && forSomeoneElse(request)
                && !WhoseHarm.aboutAFriend(request) && thoughtsNotActs(request.text())) {
            return helpToday(request);
        }
        Advice advice = new Advice();
        if (cannotSpeak(request.text()) && style.spoken()) {
            // on a call every word counts: 999 and then 55 in one breath, so a child still hears Childline
            national.addSilentSolution(advice, style, "risk.first.silent.voice");
        } else {
            advice.add(wording.text(style.spoken() ? "risk.first.voice" : "risk.first"));
            if (cannotSpeak(request.text())) {
                national.addSilentSolution(advice, style);
            }
        }
        // "i dont know if they are in danger" right after the 999 answer: the doubt answered, 999 still first, and who to
        // tell if they are safe for now - not the same answer again (lead's sealed q17b)
        if (!child && unsureAfterDanger(request)) {
            advice.add(spokenOr(style, "risk.unsure"));
        }
        if (afterDanger(request, FEARS_CALLING)) {
            advice.add(spokenOr(style, "risk.noTrouble"));
        }
        // risk-47: a baby or a toddler who swallowed a household product or someone's tablets (the blind tester's kind 12, own set
        // risk-47-b B10-B12: "Samaritans" and "while they may act on it" after 999 for a 2-year-old and bleach): an accident -
        // what to do while the ambulance comes, never self-harm lines (dialogue/help-came.txt accident)
        boolean accident = helpCame.said("accident", request.text());
        boolean selfHarm = !accident && selfHarm(request);
        // "hes coming up the stairs again im so scared": the writer's own danger, age not given - maybe a child, so
        // Childline on the first screen beside 999 (care helper's unseen set, 2 Dec: answered as an adult, no Childline)
        if (request.role() == CallerRole.UNKNOWN && !selfHarm && !WhoseHarm.aboutAFriend(request)
                && whose.ownDanger(request.text())) {
            national.addChildline(advice, style, "risk.unknownAge.childline");
        }
        // a young person (or someone who has not said who they are) telling of a friend's danger: what to do for the
        // friend, never "are you safe?" as if they were the child (lead's N10)
        if (WhoseHarm.aboutAFriend(request) && (child || request.role() == CallerRole.UNKNOWN)) {
            return forAFriend(request, advice, selfHarm);
        }
        if (child) {
            // a child's first screen: 999, not in trouble with Childline, and whether they are safe (a yes or no answers it)
            // an adult online asking them for pictures or to meet, or holding pictures over them: CEOP in the same line as
            // Childline, so that it is on the first screen beside 999 and the question (care helper's sets, 22nd and 23rd
            // sessions: CEOP only behind "more")
            if (national.toldOnlineAbuse(request.text()) && !style.spoken()) {
                national.addChildlineWithCeop(advice, style);
            } else {
                national.addChildline(advice, style, "risk.child.childline");
            }
            advice.add(wording.text("disclosure.child.checkIn")).essentialsEndHere();
            // what they asked beside it ("my dad slaps me when hes angry. will they separate me from my little sister if i
            // tell": care helper's guard, 29th session - the question unanswered), first after the three lines danger needs
            topics.in(request.text(), DisclosureAdvisor.ANSWERED_WITH_HARM).ifPresent(topic -> {
                advice.add(wording.text(style.spoken() && wording.has(topic.wordingKey() + ".voice")
                        ? topic.wordingKey() + ".voice" : topic.wordingKey()));
                topic.addServices(advice, national, style);
            });
            // a girl to be cut soon, told by the girl herself ("taking me to my aunties this weekend to get cut"): that no one may do
            // it to her and the FGM helpline, after the three lines danger needs (risk helper's set, 38th session: 999 and Childline
            // with no word of FGM)
            if (fgmTold(request) && !style.spoken()) {
                national.addService(advice, FGM, "national.fgm.child", style);
            }
            // pictures held over them with a demand: not to send more or pay, first after the question (lead's sealed q18)
            if (national.toldOnlineBlackmail(request.text())) {
                national.addChildBlackmailSteps(advice, style).add(wording.text("child.onlineBlackmail.then"));
            }
            helpNow.addWhoToCall(advice, request, "risk.thenMash");
            advice.add(wording.text("risk.childSafe")).add(wording.text("risk.stayHere"));
            return Turn.of(request, advice, DisclosureAdvisor.askedIfSafe(request), Route.IMMEDIATE_RISK);
        }
        // the child's wish to die told in words beside another harm the model heard first ("a girl online got him to send nudes
        // now shes asking for money and he just said he wants to kill himself": care helper's leftover, 34th session, and own
        // set, 35th - read as sexual abuse, so no "stay with him"): what to do for the child who may take their life, too
        // risk-44: ... and pills swallowed, heard by the rules whatever the model's intent ("school nurse ... a yr 8 boy has just told me
        // he swallowed a whole strip of paracetamol at break, hes sat with me": own set RW04, read as sexual abuse, so no "do not
        // leave the child alone")
        boolean wishTold = !selfHarm && !accident && (ownWishToDie(request.text()) || disclosures.tellsOfSelfHarm(request.text())
                || OVERDOSE_RULES.contains(String.valueOf(request.classification().rule())));
        if ((selfHarm || wishTold) && forSomeoneElse(request)) {
            // a teacher, a parent or a neighbour about a child who may take their life: what to do for the child, not
            // Samaritans written to the writer's own state (lead's G19)
            advice.add(spokenOr(style, request.role() == CallerRole.PROFESSIONAL ? "risk.selfHarm.professional"
                    : "risk.selfHarm.someoneElse"));
            // pictures held over the child for money, told now or before: the threat itself on the first screen (do not pay,
            // keep the messages, report it), for a child driven to this by it (same leftover: nothing on the threat)
            if (!style.spoken() && blackmailTold(request)) {
                national.addService(advice, "online-blackmail", "national.online-blackmail", style);
            }
            // on a call the number to ring for the child comes first within the prompt; Samaritans is for the page
            if (request.role() != CallerRole.PROFESSIONAL && !style.spoken()) {
                national.addService(advice, "samaritans", "national.samaritans.forThem", style);
            }
        } else if (selfHarm) {
            national.addSamaritans(advice, style);
            if (request.role() == CallerRole.UNKNOWN) {
                // someone who has not said how old they are may be a young person: Childline too
                national.addChildline(advice, style);
            }
        }
        if (accident) {
            advice.add(spokenOr(style, "risk.swallowed"));
        }
        // a girl to be cut soon ("a woman coming to the house tomorrow to cut my niece"): the FGM helpline beside 999, before the
        // council's numbers (blind tester's leftover, 38th session: behind "more"), in one sentence so that the first screen keeps it
        if (fgmTold(request) && !style.spoken()) {
            national.addService(advice, FGM, "national.fgm.helpline_number", style);
        }
        // lead-44: a child missing now: the police's line that no one waits 24 hours (national.yml missing-child), before the
        // council's numbers (risk helper's leftover RW02, lead's LD01: nothing on reporting a missing child)
        boolean missing = missingNow(request);
        if (missing && !style.spoken()) {
            national.addService(advice, "missing-child", "national.missing-child.now", style);
        }
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        advice.essentialsEndHere();
        // images held over a child, an ex who keeps turning up: the national service for that harm after the 999 steps
        // (flows 8, F19 and F13: sextortion got no CEOP, a mother harassed by her ex no domestic abuse helpline)
        if (!style.spoken()) {
            national.addHelpForHarmsToldAfter(advice, request.text(), style);
        }
        advice.add(wording.text("risk.stayHere"));
        ConversationState settled = request.state().settled();
        if (helpCame.said("gone", request.text())) {
            settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(CHILD_GONE, Slots.YES)));
        }
        if (missing) {
            settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(CHILD_MISSING, Slots.YES)));
        }
        if (BODY_RULES.contains(String.valueOf(request.classification().rule())) && !helpCame.said("before", request.text())) {
            settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(BODY_999, Slots.YES)));
        }
        // risk-43: a child's own harm given the 999 answer (see SELF_HARM_999), or pills taken or about to be, whatever the model
        // called it ("he has got pills hidden and he will take them tonight" was read as sexual abuse: own regression chat RT13)
        if (accident) {
            settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(BODY_999, Slots.YES)));
        } else if (selfHarm || wishTold || OVERDOSE_RULES.contains(String.valueOf(request.classification().rule()))) {
            settled = settled.withDialogue(settled.dialogue().withSlots(settled.slots().with(SELF_HARM_999, Slots.YES)));
        }
        return Turn.of(request, advice, settled, Route.IMMEDIATE_RISK);
    }

    /**
     * "found him!! hes holding my hand now, police are still on there way" right after the 999 answer (care helper's own set,
     * 35th session: the 999 script again, from the model alone): the missing child is found and with the caller. Not where a
     * risk rule hears danger in the words, nor where they tell of harm ("found her, shes been hit"): that is answered as danger.
     */
    private boolean foundSince(AdviceRequest request) {
        return request.state().dialogue().last() == Route.IMMEDIATE_RISK && request.role() != CallerRole.CHILD
                && !request.state().slots().flag(HELP_CAME).orElse(false) && helpCame.found(request.text(), request.state().slots())
                && (request.classification().route() != Route.IMMEDIATE_RISK
                || request.classification().dangerByModelAlone() || POLICE_COMING.equals(request.classification().rule())
                || backAfterMissing(request))
                && disclosures.detect(request.text()).isEmpty();
    }

    /**
     * risk-46: "hes back, he was hanging about the park with some older lads" after a missing child's 999 answer (own set
     * risk-46-a RN01 and its regression chat: the 999 answer again) - the rule threat-present hears "he is back" as the one
     * feared come back, but once a child was told missing it is the child come home. Only that rule: a weapon, a threat or
     * a hurt told beside it is heard by its own rule and keeps 999 first.
     */
    private static boolean backAfterMissing(AdviceRequest request) {
        return THREAT_PRESENT_RULE.equals(request.classification().rule())
                && request.state().slots().flag(CHILD_MISSING).orElse(false);
    }

    // The child is found: tell the police so that they can stop looking (they will still want to see the child), stay with
    // them, and pass on what the child tells; then who to tell if it happens again (missingpeople.org.uk, "What do the police
    // do when a missing person is found": a found person is usually seen face to face by an officer, a safe and well check)
    private Turn found(AdviceRequest request) {
        Advice advice = new Advice().add(spokenOr(request.style(), "risk.found"));
        advice.essentialsEndHere().add(wording.text("risk.found.then"));
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        return Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
    }

    /** "Not sure / I don't know if they are in danger" said to the 999 answer, before any call was made. */
    private static boolean unsureAfterDanger(AdviceRequest request) {
        return afterDanger(request, UNSURE);
    }

    /** Words said right after the 999 answer. */
    private static boolean afterDanger(AdviceRequest request, Pattern said) {
        return request.state().dialogue().last() == Route.IMMEDIATE_RISK
                && said.matcher(request.text().toLowerCase(java.util.Locale.UK)).find();
    }

    /**
     * Whether this danger is someone hurting themselves. The model's self-harm guess is enough for a first message (it
     * hears indirect words, "this is my last message"); later in a conversation about another child's danger it needs a
     * risk rule, self-harm in the words, or self-harm told before (lead's probe, 1 Dec: a neighbour's "ive knocked and she
     * told me to mind my own" about a boy locked out got the Samaritans line "if you are thinking about ending your life").
     */
    private boolean selfHarm(AdviceRequest request) {
        if (!SELF_HARM.equals(request.classification().intent())) {
            return false;
        }
        // risk-43: a rule that heard harm done to the child by someone else ("a girl in my class is live on tiktok and men are telling
        // her to show herself", the blind tester's kind 20 - 999
        // first, then Samaritans and "if you are thinking about ending your life") is not self-harm, whatever the model's intent,
        // unless the words tell of the child's own harm or wish to die
        // ... and so a weapon held to a child by an adult ("sent me a picture of her holding a knife to her babys throat": kind 19)
        boolean weaponToAChild = WEAPON_RULES.contains(String.valueOf(request.classification().rule()))
                && whose.heldToAChild(request.text());
        if ((weaponToAChild || OTHERS_HARM_RULES.contains(String.valueOf(request.classification().rule())))
                && !whose.ownHarm(request.text())
                && !disclosures.tellsOfSelfHarm(request.text()) && !ownWishToDie(request.text())) {
            return false;
        }
        Route last = request.state().dialogue().last();
        return last == null || last == Route.GREETING || !request.classification().dangerByModelAlone()
                || whose.ownHarm(request.text()) || disclosures.tellsOfSelfHarm(request.text())
                || request.state().slots().get(DisclosureAdvisor.SLOT).filter(DisclosureDetector.SELF_HARM::equals)
                .isPresent();
    }

    /** The wording of {@code key}, in its shorter spoken form on a call where it has one. */
    private String spokenOr(ChannelStyle style, String key) {
        return wording.text(style.spoken() && wording.has(key + ".voice") ? key + ".voice" : key);
    }

    /** An adult who said who they are, writing about a child's wish to die that is not their own. */
    private boolean forSomeoneElse(AdviceRequest request) {
        CallerRole role = request.role();
        return (role == CallerRole.PROFESSIONAL || role == CallerRole.PARENT_FAMILY || role == CallerRole.PUBLIC)
                && !whose.ownHarm(request.text());
    }

    /**
     * 999 if the friend is in danger now (already first), thanks for looking out for them, what to do if they may hurt
     * themselves, Childline for both of them and an adult to tell; then who to tell once the friend is safe. Nothing is
     * asked: the writer is not the child in danger.
     */
    private Turn forAFriend(AdviceRequest request, Advice advice, boolean selfHarm) {
        ChannelStyle style = request.style();
        // the first screen of a text: 999, Childline for both, and what to do now; the thanks after it
        national.addChildline(advice, style, "national.childline.friend");
        advice.add(spokenOr(style, selfHarm ? "risk.selfHarm.friend" : "friend.trustedAdult")).essentialsEndHere();
        advice.add(wording.text("risk.friend"));
        if (selfHarm) {
            national.addService(advice, "samaritans", "national.samaritans.forThem", style);
            advice.add(wording.text("friend.trustedAdult"));
        }
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        advice.add(wording.text("risk.stayHere"));
        return Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
    }

    // Help is on its way: what to do until it comes, and 999 again if things change.
    private Turn afterTheCall(AdviceRequest request) {
        if (helpCame(request.text())) {
            return afterHelpCame(request);
        }
        if (request.state().slots().flag(HELP_CAME).orElse(false)) {
            return afterHelpDealtWithIt(request);
        }
        // lead-45: a child missing and the police told ("staff say theyve reported it", "the police know, they came round last
        // night": lead-45-a LA11 - "If no one has told the police yet" and "keep the door clear for the police") - there is no
        // child to stay with and no one on the way: what helps the search, and say when the child is found
        if (request.role() != CallerRole.CHILD && (request.state().slots().flag(CHILD_MISSING).orElse(false)
                || missingNow(request))) {
            return whileTheySearch(request);
        }
        boolean others = othersCalled(request);
        // "shes here with me now" once the wait for help was explained (care helper, 2 Dec: the same script again, twice):
        // being with the child while help comes, in the NSPCC's words if the child told of harm, and 999 again if it
        // changes; a question about the wait ("how long will they be") still gets the wait
        // "they said someone is on the way" after that (care helper's unseen set, 2 Dec: the script word for word) too
        if (request.state().slots().flag(WAIT_TOLD).orElse(false) && request.role() != CallerRole.CHILD
                && (request.slots().flag(Slots.CHILD_PRESENT).orElse(false) || !ASKS.matcher(request.text()).find())) {
            return stillWaiting(request);
        }
        boolean child = request.role() == CallerRole.CHILD;
        // a child who rang is told to keep themselves safe, not to stay with "the child" and tell agencies what they saw
        // (care helper's unseen set, sixteenth session)
        // a passer-by who saw a boy pushed into a van, a mother whose ex drove off with the baby (risk helper's unseen set,
        // 24th session: "stay with the child" and "keep the door clear"): what they saw, for the police, and the phone kept on
        boolean gone = request.state().slots().flag(CHILD_GONE).orElse(false);
        // risk-46: a DSL, a social worker or a health visitor who rang the police from somewhere else ("ive rung the police from
        // school, im not at the house", "im at the clinic not at the house": the blind tester's kind 10, own set risk-46-b RB10-RB12 -
        // "stay with the child" and "keep the door clear"): there is no child with them and no door to keep - what the police need
        // from them, the phone kept on, and not to go there alone (dialogue/help-came.txt "away")
        boolean away = !child && helpCame.said("away", request.text());
        String key = others ? "risk.afterCall.others" : child ? "risk.afterCall.child"
                : gone ? "risk.afterCall.gone" : away ? "risk.afterCall.away" : "risk.afterCall";
        Advice advice = new Advice().add(wording.text(request.style().spoken() ? key + ".voice" : key));
        if (child) {
            advice.add(wording.text("risk.child"));
        }
        if (!others) {
            advice.add(wording.text("risk.afterCall.more"));
        }
        if (child && !others) {
            national.addChildline(advice.essentialsEndHere(), request.style());
            Turn turn = Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
            return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(
                    turn.state().slots().with(WAIT_TOLD, Slots.YES))));
        }
        advice.essentialsEndHere();
        // "what else should i do?" next: who to tell once help has come, not the wait for help again (blind set 6, G24)
        advice.add(wording.text(others ? "risk.afterCall.others.then" : "risk.afterCall.then"));
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        Turn turn = Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
        Slots told = turn.state().slots().with(WAIT_TOLD, Slots.YES);
        return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(
                others ? told.with(OTHERS_CALLED, Slots.YES) : told)));
    }

    // The police know the child is missing: 999 if they are in danger now, what to tell the police, and say when they are found;
    // then whom to tell so that someone follows it up
    private Turn whileTheySearch(AdviceRequest request) {
        Advice advice = new Advice().add(spokenOr(request.style(), "risk.afterCall.missing")).essentialsEndHere();
        advice.add(wording.text("risk.afterCall.missing.then"));
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        Turn turn = Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
        return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(turn.state().slots()
                .with(Slots.CALLED_999, Slots.YES).with(CHILD_MISSING, Slots.YES))));
    }

    // The wait for help was explained already: stay with the child, what to do if they talk, 999 if anything changes, then
    // who to tell - the next thing a person needs, not the script again
    private Turn stillWaiting(AdviceRequest request) {
        String key = request.state().slots().flag(CHILD_GONE).orElse(false) ? "risk.wait.gone" : "risk.wait";
        Advice advice = new Advice().add(wording.text(request.style().spoken() ? key + ".voice" : key));
        // a child who told what happened to them ("crying saying her mums partner hit her"): how to be with them now; not
        // when the child was taken off ("pushed him into a van"): there is no child there to talk
        if (request.state().slots().has(DisclosureAdvisor.SLOT) && key.equals("risk.wait")) {
            national.addService(advice, "child-tells", "national.child-tells", request.style());
        }
        advice.add(wording.text("risk.afterCall.more")).essentialsEndHere();
        advice.add(wording.text("risk.afterCall.then"));
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        return Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
    }

    // Help has come ("police are here now"): do as they ask, then who to tell so that someone follows it up - the wait for
    // help (keep the door clear) is over
    private Turn afterHelpCame(AdviceRequest request) {
        // help come told a second time ("theyve arrested him and taken him off, im sat with my boy now" after "police are
        // here now"; care helper's leftover, 33rd session: the same help-came answer again): the danger was dealt with, so
        // what comes next and whom to tell, not "do what the police ask" twice
        if (request.state().slots().flag(HELP_CAME).orElse(false)) {
            return afterHelpDealtWithIt(request);
        }
        Advice advice = new Advice().add(wording.text("risk.helpCame"));
        // "police are there now, what happens to the kids" (care helper's leftovers and sets, 22nd and 23rd sessions: the
        // help-came steps, or the 999 script, and nothing of what comes next): what comes next, in general words
        if (request.role() != CallerRole.CHILD && helpCame.said("next", request.text())) {
            advice.add(wording.text("risk.helpCame.next"));
        }
        if (request.role() == CallerRole.CHILD) {
            advice.add(wording.text("risk.child"));
        }
        advice.add(wording.text("risk.helpCame.then"));
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        advice.essentialsEndHere().add(wording.text("risk.afterCall.more"));
        // help came means 999 was called and the danger is being dealt with: the next message is read in that light
        Turn turn = Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
        return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(turn.state().slots()
                .with(Slots.CALLED_999, Slots.YES).with(HELP_CAME, Slots.YES))));
    }

    // Help came and dealt with the danger ("police came and took him away"), then "wat shud i do now" (risk helper's unseen
    // set, 26th session: the 999 line alone): what comes next for the children and whom to tell today - not the wait for
    // help, which is over, nor "do what the police ask" again
    private Turn afterHelpDealtWithIt(AdviceRequest request) {
        Advice advice = new Advice();
        if (request.role() == CallerRole.CHILD) {
            advice.add(wording.text("risk.child"));
        } else if (helpCame.said("hospital", request.text())) {
            // the crew took the child to hospital (own probe, 34th session: "depends on what the police find" after a fall)
            advice.add(wording.text("risk.helpCame.hospital"));
        } else {
            advice.add(wording.text("risk.helpCame.next"));
        }
        advice.add(wording.text("risk.helpCame.then"));
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        advice.essentialsEndHere().add(wording.text("risk.afterCall.more"));
        return Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
    }

    /** Female genital mutilation told of in these words (dialogue/fgm.tsv: a girl who may be cut, or has been). */
    private boolean fgmTold(AdviceRequest request) {
        return national.onlineKinds(request.text()).contains(FGM);
    }

    /** Online blackmail of a child told in these words, or earlier in the conversation (both its services were named). */
    private boolean blackmailTold(AdviceRequest request) {
        java.util.List<String> before = java.util.Arrays.asList(request.state().slots()
                .get(OnlineFollowUps.SERVICES_SLOT).orElse("").split(" "));
        return national.toldOnlineBlackmail(request.text())
                || (before.contains("ceop") && before.contains("report-remove"));
    }

    /** "says she wants to die sometimes": every thoughts and habit line found, no acts line. */
    private boolean thoughtsNotActs(String text) {
        String t = PatternFile.cueText(text);
        return said("thoughts", t) && said("habit", t) && !said("acts", t);
    }

    /** "he wishes he was dead", "says she wants to die": the child's own wish, never a wish that another were dead. */
    private boolean ownWishToDie(String text) {
        return said("own_wish", PatternFile.cueText(text));
    }

    private boolean said(String label, String t) {
        return PatternFile.Labelled.anyFound(thoughts, label, t);
    }

    // A child who sometimes says they want to die, nothing done or planned now: 999 first for an act or a plan, then help
    // today (talk, the GP, the school), Childline for the child, the NSPCC for the writer, then the local number - not the
    // 999 script with "stay with them" (care helper's unseen set, twelfth session)
    private Turn helpToday(AdviceRequest request) {
        ChannelStyle style = request.style();
        // the 999 line still comes first, as on every danger answer, but said for an act or a plan
        Advice advice = new Advice().add(spokenOr(style, "risk.thoughts.999"))
                .add(spokenOr(style, "risk.thoughts"))
                // a professional is told the school's or service's own steps, not a parent's (ring the GP, tell the school)
                .add(wording.text(request.role() == CallerRole.PROFESSIONAL
                        ? "risk.thoughts.today.professional" : "risk.thoughts.today"));
        national.addChildline(advice, style, "national.childline.forThem");
        advice.essentialsEndHere();
        national.addFor(advice, request.role(), style);
        helpNow.addWhoToCall(advice, request, "risk.thenMash");
        advice.add(wording.text("risk.stayHere"));
        return Turn.of(request, advice, request.state().settled(), Route.IMMEDIATE_RISK);
    }

    /** A child missing now, in this message: the rule missing-now or help-came.txt "missing" - one reading for every use. */
    private boolean missingNow(AdviceRequest request) {
        return MISSING_NOW_RULE.equals(request.classification().rule()) || helpCame.said("missing", request.text());
    }

    private boolean helpCame(String text) {
        return helpCame.came(text);
    }

    /** Someone else made the 999 call, in these words or before, and the caller has not said they made one too. */
    private boolean othersCalled(AdviceRequest request) {
        if (helpCame.said("self", request.text())) {
            return false;
        }
        return helpCame.said("others", request.text()) || request.state().slots().flag(OTHERS_CALLED).orElse(false);
    }

    private boolean cannotSpeak(String text) {
        String t = PatternFile.cueText(text);
        return cannotSpeak.stream().anyMatch(p -> p.foundIn(t));
    }
}
