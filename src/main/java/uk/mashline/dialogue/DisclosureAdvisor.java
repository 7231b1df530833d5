package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

/**
 * A disclosure with no sign that the danger is happening right now (that has had 999 first already):
 * it leaves any flow at once. A child is answered as a child - believed, not blamed, told how to be safe
 * now and about Childline, and asked whether they are safe - never given a professional's procedure.
 * Anyone else is told to take it to the MASH now, with how to reach it.
 */
public final class DisclosureAdvisor implements RouteAdvisor {

    /** The slot that keeps the kind of harm disclosed, so the next "ok" is met with a check-in, not a goodbye. */
    public static final String SLOT = "disclosure";
    /** Kept with a disclosure when an adult says the child told them ("she told me tonight that..."). */
    public static final String TOLD = "child_told";
    /** What a child was last asked: whether they are somewhere safe right now (a yes or no answers it). */
    public static final String SAFE_NOW = "safe_now";
    /**
     * Whether a child said they are safe right now, so that a fact they add later ("15", "gillingham") is thanked, not
     * met with the same question; a new disclosure or new danger sets it back to no.
     */
    public static final String SAID_SAFE = "said_safe";
    /** Set once a child was asked a second time whether they are safe, with no answer to the first. */
    static final String ASKED_AGAIN = "safe_asked_again";
    /** A child asked what is worrying them who has told nothing yet ("hi", "im 11"): "ok" is not met with "are you safe?". */
    public static final String INVITED = "child_invited";

    private final Wording wording;
    private final RelationWord relationWord;
    /** The friend's check-in was said last time: the next "ok" or "thanks" gets the short form (care-41). */
    static final String FRIEND_STILL_HERE = "friend_still_here";
    private final HelpNow helpNow;
    private final NationalHelp national;
    private final RouteAdvisor reportConcern;
    private final java.util.List<GatedPattern> safeNow;
    private final java.util.List<PatternFile.Labelled> childIsSafe;
    private final java.util.List<GatedPattern> alreadyTold;
    /** What a child adds in few words after telling ({@link ChildUpdates}). */
    private final ChildUpdates updates;
    private final ChildTopics topics;
    /** Topics (dialogue/child-topics.tsv) a child's telling of harm is answered with: questions and worries of their own. */
    // and what to say when they tell, or whether the one who hurt them will be arrested, asked beside it (care helper's first
    // set, 29th session: "my step mum locks me in ... what do i say to my teacher", "if i tell ... will he get arrested")
    static final java.util.Set<String> ANSWERED_WITH_HARM = java.util.Set.of("taken_away", "teacher_tells", "tell_parent",
            "childline_private", "nudes_held", "hit_normal", "how_to_tell", "adult_trouble", "found_out");
    /**
     * A child's few words after telling about who can see or who is there now ("i dont want her to see this", "mums home now",
     * "shes in the shower so i can talk", dialogue/child-updates.tsv): answered with the check-in - are you somewhere safe right
     * now, Childline, 999 if in danger, an adult to tell (risk helper's leftovers, 30th session: one stock line, "It depends on
     * the situation", or "Call 999 now" from the model alone).
     */
    static final java.util.Set<String> CHECK_IN_UPDATES = java.util.Set.of("unseen", "who_is_home");
    /**
     * Updates that say the harm is not happening now ("he hasnt done anything tonight, its mainly saturdays"): answered for
     * what they tell even where only the model heard danger in them, as the check-in updates are (risk helper, 32nd session).
     */
    static final java.util.Set<String> NOT_DANGER_UPDATES = java.util.Set.of("not_now");
    /**
     * lead-45: how the hurt or ill person is now, from a child still in the danger told ("she is breathing a bit" after "my mum
     * wont wake up and theres tablets on the floor": lead-45-a LA12 - the whole 999 answer again, from the model alone): 999
     * first again, with what to tell the call handler and to do what they say - still the danger route.
     */
    // care-48: and a child locked or hiding in a room from the one in the house now ("i locked myself in the bathroom": own set
    // care-48-a AN06), whose words child.update.lock_door keep 999 first
    static final java.util.Set<String> DANGER_UPDATES = java.util.Set.of("condition", "lock_door");
    /** A child telling of her own much older boyfriend (the disclosure kind older_partner, dialogue/disclosures.tsv). */
    private final java.util.function.Predicate<String> olderPartner;

    /**
     * @param safeNow      a child's replies that say they are safe now without a yes (dialogue/safe-now.txt)
     * @param childIsSafe  an adult's replies to "is the child safe now?" that say so, or where the child is
     *                     (dialogue/safe-now-adult.txt)
     * @param alreadyTold  a child saying, as they tell of harm, that they have told an adult (dialogue/child-already-told.txt)
     * @param updates      what a child adds in few words after telling (dialogue/child-updates.tsv)
     * @param olderPartner a child telling of her own much older boyfriend
     * @param topics       what a child tells of that has words of its own (dialogue/child-topics.tsv)
     */
    public DisclosureAdvisor(Wording wording, HelpNow helpNow, NationalHelp national, RouteAdvisor reportConcern,
                             java.util.List<java.util.regex.Pattern> safeNow,
                             java.util.List<PatternFile.Labelled> childIsSafe,
                             java.util.List<java.util.regex.Pattern> alreadyTold, ChildUpdates updates,
                             java.util.function.Predicate<String> olderPartner, ChildTopics topics) {
        this.topics = topics;
        this.updates = updates;
        this.olderPartner = olderPartner;
        this.alreadyTold = alreadyTold.stream().map(GatedPattern::of).toList();
        this.safeNow = safeNow.stream().map(GatedPattern::of).toList();
        this.childIsSafe = java.util.List.copyOf(childIsSafe);
        this.wording = wording;
        this.relationWord = new RelationWord(wording);
        this.helpNow = helpNow;
        this.national = national;
        this.reportConcern = reportConcern;
    }

    /**
     * Whether a young person tells of a worry of their own that has words for it - being bullied, a picture of them sent round,
     * being pregnant (dialogue/child-topics.tsv) - rather than of harm or danger: what the child answer speaks to.
     */
    boolean toldOwnWorry(String text) {
        return topics.in(text).isPresent()
                || (national.onlineKinds(text).contains("report-remove") && !national.toldOnlineBlackmail(text));
    }

    @Override
    public Turn advise(AdviceRequest request) {
        if (request.role() != CallerRole.CHILD) {
            Turn report = reportConcern.advise(request);
            // "before the question we were on" only where one was (lead's own probe, 25th session: said to a first message,
            // "my neighbour hits his kids, what do i do about it")
            Advice advice = new Advice().add(wording.text(!request.state().dialogue().inFlow()
                    ? "disclosure.adult.first" : "disclosure.adult"));
            report.advice().paragraphs().forEach(advice::add);
            advice.citeAll(report.advice().sources());
            return new Turn(advice.essentialsEndHere(), report.state(), Route.REPORT_CONCERN,
                    request.classification().intent(), request.classification().confidence(), null);
        }
        // "hes 22 and im 15" (care helper's unseen set, 21st session: a friend's worry, or "not your fault" with nothing on
        // him): that it is not OK and not her fault, and whom to tell - before any friend she names ("my friends say its weird")
        if (olderPartner.test(request.text())) {
            return olderPartner(request);
        }
        if (WhoseHarm.aboutAFriend(request)) {
            return forAFriend(request, "friend.thanks", request.state());
        }
        // 999, being believed with Childline, and whether they are safe: the three sentences a first screen shows
        Advice advice = new Advice()
                .add(wording.text(request.style().spoken() ? "disclosure.child.danger.voice" : "disclosure.child.danger"));
        // what they asked beside what they told ("if i tell my teacher that my dad hits me will i get took away") or a worry
        // with words of its own (their nudes still held by an ex): answered after the 999 line, with its service after
        // Childline (care helper's first set, 28th session: the question unanswered, no Report Remove)
        java.util.Optional<ChildTopics.Topic> asked = topics.in(request.text(), ANSWERED_WITH_HARM);
        asked.ifPresent(topic -> advice.add(wording.text(request.style().spoken() && wording.has(topic.wordingKey()
                + ".voice") ? topic.wordingKey() + ".voice" : topic.wordingKey())));
        national.addChildline(advice, request.style(), "disclosure.child.believedChildline");
        asked.ifPresent(topic -> topic.addServices(advice, national, request.style()));
        // an adult online asking them for nudes: CEOP beside Childline, not only behind "more" (care helper's first set, 28th
        // session: "this guy on insta keeps asking me for nudes")
        national.addCeopForChild(advice, request.text(), request.style());
        // where the one who hurt them is now, told in the same message ("my stepdad pushed me down the stairs on tuesday ... hes at
        // work till late and mums here": risk helper's set, 40th session - asked "are you somewhere safe right now?" after saying
        // so): not asked again, but told to call 999 if they come back; never when the message says when the harm happens
        // ("he hits me when hes out"), where the same words tell the time of the harm
        boolean saidAway = saysSafeNow(request.text()) && !AskedCues.asks(AskedCues.WHEN_HARM, request.text());
        advice.add(wording.text(saidAway ? (request.style().spoken() ? "disclosure.child.safe.999.voice"
                : "disclosure.child.safe.999") : "disclosure.child.checkIn")).essentialsEndHere();
        // "i told my teacher today" in the same message: that telling heard, not "tell an adult you trust"
        String t = PatternFile.cueText(request.text());
        advice.add(wording.text(alreadyTold.stream().anyMatch(p -> p.foundIn(t))
                ? "disclosure.child.toldAlready" : "disclosure.child.trustedAdult"));
        // the front door only when it has a number: a child is not sent to an escalation contact
        if (helpNow.frontDoorWithPhone(request.partnership()).isPresent()) {
            helpNow.addWhoToCall(advice, request, "disclosure.child.mashOpen");
        }
        if (saidAway) {
            ConversationState settled = request.state().settled();
            return Turn.of(request, advice, settled.withDialogue(settled.dialogue()
                    .withSlots(settled.slots().with(SAID_SAFE, Slots.YES))), Route.REPORT_CONCERN);
        }
        return Turn.of(request, advice, askedIfSafe(request), Route.REPORT_CONCERN);
    }

    /** A child's own boyfriend much older than her: not OK, not her fault, an adult to tell, Childline; 999 if in danger. */
    private Turn olderPartner(AdviceRequest request) {
        Advice advice = new Advice().add(wording.text("child.olderPartner"));
        national.addChildline(advice, request.style());
        advice.add(wording.text("child.olderPartner.tell")).essentialsEndHere()
                .add(wording.text(request.style().spoken() ? "child.danger.voice" : "child.danger"));
        return Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN);
    }

    /**
     * A child's few words after telling of harm that answer to nothing asked ("most nights", "i already sent him 20", "he
     * says i shouldnt tell my mum"): a reply to what they said, Childline, 999 if in danger, then an adult to tell - not
     * one stock line whatever they said. Empty for anything else, and for a friend's harm (answered as a friend's).
     */
    public java.util.Optional<Turn> childUpdate(AdviceRequest request) {
        if (request.role() != CallerRole.CHILD || WhoseHarm.aboutAFriend(request)) {
            return java.util.Optional.empty();
        }
        // "but i love him" answers only a child who told of her much older boyfriend
        boolean olderPartnerTold = request.state().slots().get(SLOT).filter(DisclosureDetector.OLDER_PARTNER::equals)
                .isPresent();
        // "he seems nice tho" answers only a child who told of someone online
        boolean onlineTold = request.state().slots().has(OnlineFollowUps.SLOT);
        return updates.update(request.text()).filter(kind -> !kind.equals(ChildUpdates.LOVE) || olderPartnerTold)
                .filter(kind -> !kind.equals(ChildUpdates.SEEMS_NICE) || onlineTold || olderPartnerTold)
                .map(kind -> CHECK_IN_UPDATES.contains(kind) ? checkInAfterUpdate(request, kind) : update(request, kind));
    }

    /**
     * "thank you, i just needed to tell someone" or "ok" from an adult who told of abuse in their own childhood (blind tester's
     * kinds, 32nd session: "Is the child safe now?", as if a child's danger had been told): heard, not their fault, and the
     * support line for adults abused as children - no check-in on "the child".
     */
    public Turn survivorHeard(AdviceRequest request) {
        Advice advice = new Advice().add(wording.text(request.style().spoken() ? "followup.survivor.voice" : "followup.survivor"));
        national.addService(advice, "adult-survivors", "national.adult-survivors", request.style());
        return Turn.of(request, advice.essentialsEndHere(), request.state().settled(), Route.REPORT_CONCERN);
    }

    /** A check-in update ({@link #CHECK_IN_UPDATES}) or a harm said not to be now, from a child after telling, if the message is one. */
    public java.util.Optional<Turn> childCheckInUpdate(AdviceRequest request) {
        if (request.role() != CallerRole.CHILD || WhoseHarm.aboutAFriend(request)) {
            return java.util.Optional.empty();
        }
        return updates.update(request.text())
                .filter(kind -> CHECK_IN_UPDATES.contains(kind) || NOT_DANGER_UPDATES.contains(kind)
                        || DANGER_UPDATES.contains(kind))
                .map(kind -> CHECK_IN_UPDATES.contains(kind) ? checkInAfterUpdate(request, kind)
                        : DANGER_UPDATES.contains(kind) ? dangerUpdate(request, kind) : update(request, kind));
    }

    /** 999 first for what they told of the one hurt or ill now, Childline, and stay with the 999 call: the danger route. */
    private Turn dangerUpdate(AdviceRequest request, String kind) {
        String key = "child.update." + kind;
        Advice advice = new Advice().add(wording.text(request.style().spoken() && wording.has(key + ".voice") ? key + ".voice" : key));
        national.addChildline(advice, request.style());
        return Turn.of(request, advice.essentialsEndHere(), request.state().settled(), Route.IMMEDIATE_RISK);
    }

    /**
     * Whether a child's few words say the harm is not happening now ("hes in tonight but hes not drinking tonight"): the
     * updates of {@link #NOT_DANGER_UPDATES}, which are negations of harm, so they are read even where the model alone is sure.
     */
    boolean saysNotNow(String text) {
        return updates.update(text).filter(NOT_DANGER_UPDATES::contains).isPresent();
    }

    /**
     * care-48: whether a child's few words tell what they are doing about the danger now ("i locked myself in the bathroom"), the
     * updates of {@link #DANGER_UPDATES}, whose answers keep 999 first - so they are read even where the model alone is sure
     * (own set care-48-a AN06: the self-harm 999 script word for word again).
     */
    boolean saysDangerUpdate(String text) {
        return updates.update(text).filter(DANGER_UPDATES::contains).isPresent();
    }

    /** Their words acknowledged, then are you somewhere safe right now (unless they said so), Childline, 999, an adult to tell. */
    private Turn checkInAfterUpdate(AdviceRequest request, String kind) {
        boolean saidSafe = request.state().slots().flag(SAID_SAFE).orElse(false);
        // the question in the same line as their words heard, so Childline stays on the first screen
        Advice advice = new Advice().add(wording.text("child.update." + kind + (saidSafe ? ".safe" : "")));
        national.addChildline(advice, request.style());
        advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999")).essentialsEndHere()
                .add(wording.text("disclosure.child.trustedAdult"));
        return Turn.of(request, advice, saidSafe ? request.state().settled() : askedIfSafe(request), Route.REPORT_CONCERN);
    }

    private Turn update(AdviceRequest request, String kind) {
        Advice advice = new Advice().add(wording.text("child.update." + kind));
        national.addChildline(advice, request.style());
        advice.add(wording.text(request.style().spoken() ? "child.danger.voice" : "child.danger")).essentialsEndHere()
                .add(wording.text("disclosure.child.trustedAdult"));
        return Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN);
    }

    /** "He isn't there now, he's at work": a child saying they are safe now, in their own words. */
    public boolean saysSafeNow(String text) {
        String t = PatternFile.cueText(text).strip();
        return safeNow.stream().anyMatch(p -> p.foundIn(t));
    }

    /** "No he's at school", "she's with me": an adult saying the child is safe for now, or where they are. */
    public boolean saysChildIsSafe(String text) {
        String t = PatternFile.cueText(text).strip();
        return said("safe", t);
    }

    /** "he's left now, we're ok": the one who frightened them has left (dialogue/safe-now-adult.txt "left"). */
    public boolean saysTheyLeft(String text) {
        return said("left", PatternFile.cueText(text).strip());
    }

    /** "mum is in tonight tho": a carer is with the children now (for a worry where no harm was told). */
    public boolean saysCarerIsHome(String text) {
        return said("carer", PatternFile.cueText(text).strip());
    }

    private boolean said(String label, String lower) {
        return childIsSafe.stream().filter(l -> l.label().equals(label)).anyMatch(l -> l.foundIn(lower));
    }

    /**
     * An adult's answer that the child is safe for now: thanks, and pass the worry on today (the number), the school's
     * safeguarding lead as well when the child is at school, and 999 if that changes - never the same check-in again.
     */
    public Turn safeForNow(AdviceRequest request) {
        // "he stormed out, the kids are with me": the one they feared may come back - 999 then, and the door kept shut, said
        // first, in place of the thanks, so the number to tell today stays on the first screen (risk helper, 25th session)
        // after "I've rung 999" the police may still come or ring back: told they have left, not thanked as if nobody was coming
        // (risk helper's unseen set, 26th session)
        boolean left = saysTheyLeft(request.text());
        boolean called = request.state().slots().flag(Slots.CALLED_999).orElse(false);
        Advice advice = new Advice().add(wording.text(left && called ? "checkIn.adult.left.called"
                : left ? "checkIn.adult.left" : "checkIn.adult.safe"));
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        if (said("school", request.text().toLowerCase(java.util.Locale.UK))) {
            advice.add(wording.text("checkIn.adult.school"));
        }
        advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        // said safe: a later "thanks" is not asked "is the child safe now?" again (flows 9, A21)
        ConversationState settled = request.state().settled();
        return Turn.of(request, advice, settled.withDialogue(settled.dialogue()
                .withSlots(settled.slots().with(SAID_SAFE, Slots.YES))), Route.REPORT_CONCERN);
    }

    /**
     * "What should I do now?" from an adult a child has told of harm (a parent, a foster carer): pass it on today (the
     * number first), then the NSPCC's advice on being with a child who has told, and 999 if the child is in danger.
     */
    public Turn adultNextSteps(AdviceRequest request, Route last) {
        return nextSteps(new Advice(), request, last);
    }

    /**
     * "What do I say to her?" from a parent whose child has told them something: stay calm, believe them, not their fault,
     * no secret kept - then who to ring today, the NSPCC's advice and 999 if the child is in danger.
     */
    public Turn whatToSay(AdviceRequest request, Route last) {
        // after the 999 answer its line stays first
        Advice advice = new Advice();
        if (last == Route.IMMEDIATE_RISK) {
            advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"));
        }
        return nextSteps(advice.add(wording.text("followup.whatToSay")), request, last);
    }

    /** "What do I say to them?" from a parent a social worker is about to visit: in their own words, what to ask, advice. */
    public Turn beforeTheVisit(AdviceRequest request, Route last) {
        Advice advice = new Advice().add(wording.text("context.assessed.theyAsk"));
        national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
        return Turn.of(request, advice.essentialsEndHere(), request.state().settled(), last);
    }

    private Turn nextSteps(Advice advice, AdviceRequest request, Route last) {
        helpNow.addWhoToCall(advice, request, "report.callOpen");
        national.addService(advice, "child-tells", "national.child-tells", request.style());
        advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        return Turn.of(request, advice, request.state().settled(), last);
    }

    /** After a child's disclosure: a reply to "are you safe right now?", or an "ok" that must not end the chat. */
    public Turn checkIn(AdviceRequest request, Boolean safe) {
        if (WhoseHarm.aboutAFriend(request) && !Boolean.FALSE.equals(safe)) {
            // "ok" then "thanks" (care-41-a FU01: the same reply twice): the second time, a short goodbye that keeps
            // Childline and 999 for the friend, not the whole answer again
            boolean saidBefore = request.state().slots().flag(FRIEND_STILL_HERE).orElse(false);
            ConversationState settled = request.state().settled();
            ConversationState noted = settled.withDialogue(settled.dialogue().withSlots(
                    settled.slots().with(FRIEND_STILL_HERE, saidBefore ? Slots.NO : Slots.YES)));
            if (saidBefore) {
                Advice again = new Advice().add(wording.text("friend.stillHere.again"));
                national.addChildline(again, request.style(), "national.childline.friend");
                return Turn.of(request, again.essentialsEndHere(), noted, Route.REPORT_CONCERN);
            }
            return forAFriend(request, "friend.stillHere", noted);
        }
        Advice advice = new Advice();
        if (Boolean.FALSE.equals(safe)) {
            advice.add(wording.text(request.style().spoken() ? "risk.first.voice" : "risk.first"));
            national.addChildline(advice, request.style());
            return Turn.of(request, advice.add(wording.text("disclosure.child.stay")).essentialsEndHere(),
                    request.state().settled(), Route.IMMEDIATE_RISK);
        }
        // a child who has told us they are safe is not asked again for each thing they add
        boolean saidSafe = safe != null || request.state().slots().flag(SAID_SAFE).orElse(false);
        // "ok" again to "are you somewhere safe right now?" is not its answer: not the same words again (care helper's
        // second set, 2 Dec); on a call in fewer words, so Childline's number stays in the prompt's budget (ReplyBudgetsTest)
        boolean askedLastTime = SAFE_NOW.equals(request.state().dialogue().awaiting());
        // asked twice with no answer ("ok", then "ok" or "idk" again): not asked a third time, nor the same words again, but
        // moved on - who to tell, Childline, 999 (risk helper's brief, thirty-first session: the same line to a second "ok")
        boolean askedTwice = safe == null && !saidSafe && request.state().slots().flag(ASKED_AGAIN).orElse(false);
        if (askedTwice) {
            return movedOn(request, askedLastTime);
        }
        advice.add(wording.text(safe != null ? "disclosure.child.glad"
                : saidSafe ? "disclosure.child.stillHereSafe"
                : askedLastTime ? (request.style().spoken() ? "disclosure.child.stillHereAgain.voice"
                : "disclosure.child.stillHereAgain") : "disclosure.child.stillHere"));
        national.addChildline(advice, request.style());
        // safe now in their own words ("hes at work till 6", "shes at football"): 999 for when the one who hurts them comes back
        // or they feel unsafe, not a general line about "a child" (blind tester's leftover, 38th session)
        String call999 = Boolean.TRUE.equals(safe) ? "disclosure.child.safe.999" : "safety.999";
        advice.add(wording.text(request.style().spoken() ? call999 + ".voice" : call999)).essentialsEndHere();
        // safe for now: what they can do next, after the first screen's Childline and 999 reminder
        if (saidSafe) {
            advice.add(wording.text("disclosure.child.trustedAdult"));
            ConversationState settled = request.state().settled();
            return Turn.of(request, advice, settled.withDialogue(settled.dialogue()
                    .withSlots(settled.slots().with(SAID_SAFE, Slots.YES))), Route.REPORT_CONCERN);
        }
        ConversationState asked = askedIfSafe(request);
        return Turn.of(request, advice, askedLastTime ? asked.withDialogue(asked.dialogue()
                .withSlots(asked.slots().with(ASKED_AGAIN, Slots.YES))) : asked, Route.REPORT_CONCERN);
    }

    /**
     * A child asked twice if they are safe, with no answer: what they can do next (an adult they trust, Childline, 999), not
     * the question again; after that, that the line is still there, without a question.
     */
    private Turn movedOn(AdviceRequest request, boolean askedLastTime) {
        boolean spoken = request.style().spoken();
        Advice advice = new Advice().add(wording.text(askedLastTime
                ? (spoken ? "disclosure.child.movedOn.voice" : "disclosure.child.movedOn") : "disclosure.child.stillHereQuiet"));
        national.addChildline(advice, request.style());
        advice.add(wording.text(spoken ? "safety.999.voice" : "safety.999")).essentialsEndHere();
        if (!askedLastTime) {
            advice.add(wording.text("disclosure.child.trustedAdult"));
        }
        return Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN);
    }

    /** A child's "ok" with nothing told yet: still here, tell me what is worrying you, Childline and 999 to hand. */
    public Turn stillListening(AdviceRequest request) {
        Advice advice = new Advice().add(wording.text("disclosure.child.listening"));
        national.addChildline(advice, request.style());
        advice.add(wording.text(request.style().spoken() ? "child.danger.voice" : "child.danger")).essentialsEndHere();
        return Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN);
    }

    /**
     * A child who gives their age right after telling what happened ("im 12", "12") is still telling their
     * story: the age is kept, and they are met as a child - believed, Childline, are you safe - never sent
     * back to the menu and never given the 999 reply for a number. A child whose first words are their age
     * ({@code afterHarm} false) is asked what is worrying them, with Childline.
     */
    public Turn ageGiven(AdviceRequest request, int age, boolean afterHarm) {
        ConversationState state = request.state().withRole(CallerRole.CHILD);
        state = state.withDialogue(state.dialogue().withSlots(state.slots()
                .with(uk.mashline.nlu.Slots.ROLE, CallerRole.CHILD.name())
                .with(uk.mashline.nlu.Slots.CHILD_AGE, Integer.toString(age))));
        AdviceRequest asChild = request.withState(state);
        if (!afterHarm) {
            // nothing told yet: a child is invited to say what is wrong, with Childline and 999 to hand
            Advice advice = new Advice().add(wording.text("child.ageOnly"));
            national.addChildline(advice, request.style());
            advice.add(wording.text(request.style().spoken() ? "child.danger.voice" : "child.danger")).essentialsEndHere();
            ConversationState invited = asChild.state().settled();
            invited = invited.withDialogue(invited.dialogue().withSlots(invited.slots().with(INVITED, Slots.YES)));
            // risk-44: a hello with the age ("hiya im 7") keeps the greeting's route (the blind tester's kind 10e, 44th session: the
            // report route, though nothing was reported); the child is met the same way
            return Turn.of(asChild, advice, invited, request.classification().route() == Route.GREETING
                    ? Route.GREETING : Route.REPORT_CONCERN);
        }
        if (WhoseHarm.aboutAFriend(request)) {
            // the age is the writer's, not the friend's: they are not the child in danger (lead's N10)
            return forAFriend(asChild, "friend.age", asChild.state());
        }
        if (request.style().spoken()) {
            // a spoken prompt keeps about 35 words before "say more": the question first, then Childline's number
            Advice spoken = new Advice().add(wording.text("disclosure.child.age.voice"));
            national.addChildline(spoken, request.style());
            spoken.essentialsEndHere().add(wording.text("safety.999.voice"));
            return Turn.of(asChild, spoken, askedIfSafe(asChild), Route.REPORT_CONCERN);
        }
        Advice advice = new Advice().add(wording.text("disclosure.child.age"));
        national.addChildline(advice, request.style());
        advice.add(wording.text("disclosure.child.checkIn")).essentialsEndHere();
        advice.add(wording.text(request.style().spoken() ? "safety.999.voice" : "safety.999"));
        return Turn.of(asChild, advice, askedIfSafe(asChild), Route.REPORT_CONCERN);
    }

    /**
     * A child whose message the line could not place (no route it is sure of): never the menu, but what a child is
     * told on every route - telling a trusted adult is right, not in trouble, Childline, 999 if in danger.
     */
    public Turn unclear(AdviceRequest request) {
        // what they told of, in words for it ("i get bullied every day and the teachers dont do anything", lead's child
        // sweep, 22nd session: the plain answer)
        java.util.Optional<ChildTopics.Topic> topic = topics.in(request.text());
        String key = topic.map(ChildTopics.Topic::wordingKey).orElse("child.answer");
        Advice advice = new Advice().add(wording.text(request.style().spoken() && wording.has(key + ".voice")
                ? key + ".voice" : key));
        national.addChildline(advice, request.style());
        topic.ifPresent(t -> t.addServices(advice, national, request.style()));
        advice.add(wording.text(request.style().spoken() ? "child.danger.voice" : "child.danger")).essentialsEndHere();
        return Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN);
    }

    /**
     * A child's "what do I do?" after telling: what they can do now, in a child's words - tell an adult they trust,
     * Childline, 999 if in danger; never "that was everything the document says".
     */
    public Turn childNextSteps(AdviceRequest request) {
        if (WhoseHarm.aboutAFriend(request)) {
            return forAFriend(request, "friend.whatToDo", request.state());
        }
        Advice advice = new Advice().add(wording.text("followup.child.whatToDo"));
        national.addChildline(advice, request.style());
        advice.add(wording.text(request.style().spoken() ? "disclosure.child.danger.voice" : "disclosure.child.danger"))
                .essentialsEndHere().add(wording.text("disclosure.child.stay"));
        return Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN);
    }

    /** The reply for someone else's harm naming them as the writer did: "your brother", not "your friend" (care-41). */
    public Turn withRelationWord(Turn turn) {
        return relationWord.named(turn);
    }

    /**
     * Childline in every reply to a child, whatever answered them ({@link NationalHelp#ensureChildline}), and for
     * anyone, Report Remove, CEOP or the domestic abuse helpline where the message tells of a harm they take.
     */
    public Turn withChildline(Turn turn, AdviceRequest request) {
        // a practitioner's consultation too ("practice nurse, 14yo ... partner is 19 ... do i have to refer": lead's
        // twenty-seventh session, the law behind the whole consultation answer)
        if ((turn.route() == Route.REPORT_CONCERN || turn.route() == Route.CONSULTATION)
                && turn.state().role() != CallerRole.CHILD) {
            national.addHelpForHarmsToldSecond(turn.advice(), request.text(), request.style(),
                    turn.state().role() == CallerRole.PROFESSIONAL);
        } else if (turn.state().role() == CallerRole.CHILD) {
            national.addHelpForHarmsToldToChild(turn.advice(), request.text(), request.style());
        } else {
            national.addHelpForHarmsTold(turn.advice(), request.text(), request.style());
            national.placeSaidSecond(turn.advice(), request.text(), request.style());
        }
        if (turn.state().role() == CallerRole.CHILD) {
            national.ensureChildline(turn.advice(), request.style());
        }
        // "what if they take my passport" once a forced marriage or FGM was told: its service, whatever answered it
        national.addForcedMarriageAbroad(turn.advice(), request.text(),
                request.state().slots().get(OnlineFollowUps.SERVICES_SLOT).orElse(""),
                turn.route() == Route.IMMEDIATE_RISK, request.style());
        // "should we have a meeting with the family first" once a forced marriage was told: not the family first, said first
        // (after danger, the 999 line stays first and the reply is the danger's)
        if (turn.route() != Route.IMMEDIATE_RISK) {
            national.addFamilyNotFirst(turn.advice(), request.text(),
                    request.state().slots().get(OnlineFollowUps.SERVICES_SLOT).orElse(""), request.style());
        }
        return turn;
    }

    /**
     * For a writer whose age is not known who tells of their own pictures held over them with a demand: the young person's
     * first steps (do not pay or send more, stop replying, keep the messages) first, or right after the 999 line, whatever
     * answered it; a child too where what answered them gave none. A parent or a professional is answered about the child.
     */
    public Turn withBlackmailSteps(Turn turn, AdviceRequest request, boolean ownPictures) {
        // a child answered by an advisor that does not give the steps itself (a disclosure's answer: "has my nudes and says
        // shell send them to my family unless i pay") gets them too; where they were given already they stay where they are
        boolean childWithout = turn.state().role() == CallerRole.CHILD && !national.givesBlackmailSteps(turn.advice(), request.style());
        if (ownPictures && (turn.state().role() == CallerRole.UNKNOWN || childWithout)) {
            // after the reply's first line where that line is about danger (the 999 answer; a child's "if you are hurt or in
            // danger right now, call 999"), first otherwise; Childline's line for a young person only where age is not known
            boolean child = turn.state().role() == CallerRole.CHILD;
            national.putBlackmailSteps(turn.advice(), request.text(), request.style(),
                    child || turn.route() == Route.IMMEDIATE_RISK, !child);
        }
        return turn;
    }

    /**
     * A young person telling of a friend's harm: {@code introKey}, Childline for both of them, an adult to tell, and 999
     * if the friend is in danger now. Nothing is asked: the writer is not the child in danger (lead's N10).
     */
    private Turn forAFriend(AdviceRequest request, String introKey, ConversationState state) {
        Advice advice = new Advice().add(wording.text(introKey));
        national.addChildline(advice, request.style(), "national.childline.friend");
        advice.add(wording.text("friend.trustedAdult"))
                .add(wording.text(request.style().spoken() ? "friend.danger.voice" : "friend.danger"))
                .essentialsEndHere();
        return Turn.of(request, advice, state.settled(), Route.REPORT_CONCERN);
    }

    /** The state after asking a child "are you somewhere safe right now?": a plain yes or no answers it. */
    static ConversationState askedIfSafe(AdviceRequest request) {
        ConversationState settled = request.state().settled();
        return settled.withDialogue(settled.dialogue().asking(null, SAFE_NOW, settled.slots()));
    }
}
