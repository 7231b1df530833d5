package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;

import java.util.Optional;

/**
 * Wants a person: the number that has a person behind it now. A caller is put through: to the front
 * door (or consultation line, for a professional) while it may answer, to the out-of-hours team after
 * hours. A writer who asks is told honestly whether a member of staff is on duty to reply in the
 * conversation (they are told the person is waiting), and the numbers to ring meanwhile.
 */
public final class HandoffAdvisor implements RouteAdvisor {

    private final Wording wording;
    private final HelpNow helpNow;
    private final StaffPresence staff;
    private final NationalHelp national;
    /** The writer's own low mood told beside the wish to talk (dialogue/own-low-mood.txt). */
    private final java.util.List<java.util.regex.Pattern> ownLowMood;
    /** A writer in distress who needs someone to talk to now, told in the first words (dialogue/talk-now.txt). */
    private final java.util.List<java.util.regex.Pattern> talkNow;
    /** The writer's own adult age ("im 34"), not a length of time or an amount (dialogue/adult-age.txt). */
    private final java.util.List<java.util.regex.Pattern> adultAge;
    /** Words by which a writer who has not said who they are speaks as a parent (dialogue/writes-as-parent.txt). */
    private final java.util.List<java.util.regex.Pattern> writesAsParent;
    private final java.util.List<PatternFile.Labelled> fosterCarer;

    /**
     * @param ownLowMood cues (dialogue/own-low-mood.txt) of the writer's own low mood beside the wish to talk
     * @param talkNow cues (dialogue/talk-now.txt) of a writer in distress who needs someone to talk to now
     * @param writesAsParent cues (dialogue/writes-as-parent.txt) by which an unnamed writer speaks as a parent
     * @param fosterCarer a foster carer writing of the child they foster (dialogue/foster-carer.tsv), as EscalationAdvisor reads it
     * @param adultAge the writer's own adult age (dialogue/adult-age.txt)
     */
    public HandoffAdvisor(Wording wording, HelpNow helpNow, StaffPresence staff, NationalHelp national,
                          java.util.List<java.util.regex.Pattern> ownLowMood,
                          java.util.List<java.util.regex.Pattern> talkNow,
                          java.util.List<java.util.regex.Pattern> writesAsParent,
                          java.util.List<PatternFile.Labelled> fosterCarer,
                          java.util.List<java.util.regex.Pattern> adultAge) {
        this.adultAge = java.util.List.copyOf(adultAge);
        this.fosterCarer = java.util.List.copyOf(fosterCarer);
        this.writesAsParent = java.util.List.copyOf(writesAsParent);
        this.talkNow = java.util.List.copyOf(talkNow);
        this.ownLowMood = java.util.List.copyOf(ownLowMood);
        this.wording = wording;
        this.helpNow = helpNow;
        this.staff = staff;
        this.national = national;
    }

    /** The person asked for a person. */
    @Override
    public Turn advise(AdviceRequest request) {
        boolean onDuty = staff.someoneAvailable(request.partnership().id());
        // facts-47: not a foster carer whose words of the child they look after were read as a child's own ("foster carer - is
        // there someone i can talk to this evening? my placement is really struggling with the 14yo": own set facts-47-b B09)
        String said = PatternFile.cueText(request.text());
        boolean fosters = fosterCarer.stream().anyMatch(cue -> cue.foundIn(said));
        if (request.role() == CallerRole.CHILD && !request.style().spoken() && !fosters) {
            return forChild(request, onDuty);
        }
        // someone of unknown age who told of hurting themselves and now wants "someone to talk to" (lead's sealed chat
        // q, 1 Dec: the NSPCC's adult line and the police's 101): people who will talk now, whatever the hour
        // ... and so is "can i talk to someone i feel really low" (lead's sealed q18b: the NSPCC's line about a child)
        if (request.role() == CallerRole.UNKNOWN && !request.style().spoken() && (request.state().slots()
                .get(DisclosureAdvisor.SLOT).filter(DisclosureDetector.SELF_HARM::equals).isPresent() || lowMood(request))) {
            Advice advice = new Advice().add(wording.text(onDuty ? "handoff.staffOnDuty" : "handoff.talkNow"));
            national.addSamaritans(advice, request.style());
            national.addChildline(advice, request.style());
            advice.add(wording.text("child.danger")).essentialsEndHere();
            return Turn.of(request, advice, request.state().settled(), Route.HUMAN_HANDOFF);
        }
        Advice advice = new Advice();
        // facts-43: the model's own "about the line" that nothing before this answered ("am i talkin to an actual person or a bot
        // lol": own set facts-43-a FM02 - "Nobody from the MASH team is on duty", as if staff had been asked for): what the
        // line is, as for "is this a bot", then the same numbers
        boolean aboutTheLine = AboutTheLine.INTENT.equals(request.classification().intent()) && !onDuty;
        if (!request.style().spoken()) {
            // facts-46: where the partnership has no front-door number at all (Sandwell, the LSCB model), "nobody ... right now"
            // at 11am on a Tuesday reads as if someone would be later (the blind tester's q46 kind 11, own set facts-46-b B07-B10):
            // that the chat is automated and the document gives no number, then whom to ring
            boolean noDoor = !hasFrontDoorNumber(request);
            String none = noDoor ? wording.format("handoff.noStaffOnDuty.noDoor", "partnership", request.partnership().name())
                    : wording.text("handoff.noStaffOnDuty");
            advice.add(aboutTheLine ? wording.text("about.automated") : onDuty ? wording.text("handoff.staffOnDuty") : none);
            // facts-47: a foster carer asking for a person ("foster carer here, i need to speak to an actual person about the 9
            // year old i look after": the blind tester's q47 kind 13, own set facts-47-b B08-B10 - the NSPCC and 101 alone): the
            // people a foster carer has, their supervising social worker and the child's, before the numbers
            if (fosters) {
                advice.add(wording.text("handoff.fosterCarer"));
            }
        }
        return numbers(request, advice);
    }

    /**
     * The writer's own low mood or eating told by someone who has not said they are an adult or a parent, whatever the
     * model made of it (care helper's unseen sets, 26th and 27th sessions: "i keep skipping meals ... i hate my body" and
     * "i feel really down all the time" got the family-support answer): people who will talk now, whatever the hour, and
     * a GP. Nothing here is a person asked for, so no one is told the writer is waiting.
     */
    public Optional<Turn> ownLowMood(AdviceRequest request) {
        // a writer who speaks of their own children or household bills is a parent (parentsOwnLowMood), however unnamed
        boolean mayBeYoung = request.role() == CallerRole.UNKNOWN && !matches(writesAsParent, request)
                || request.role() == CallerRole.CHILD;
        // facts-47: a grown-up's own low mood with their adult age and no children of theirs said ("this isnt about kids really.
        // im 34 and ive been feeling so low for months and drinking every night": own set facts-47-a SS05 - Sandwell's MARF for
        // professionals): the same people to talk to and a GP, without Childline
        // (any grown-up's own words: the name finder may read a job into them, and a parent's are parentsOwnLowMood's)
        boolean adultOwn = !mayBeYoung && request.role() != CallerRole.CHILD && request.role() != CallerRole.PARENT_FAMILY
                && !matches(writesAsParent, request)
                && matches(adultAge, request);
        if (!(mayBeYoung || adultOwn) || request.style().spoken() || !lowMood(request)) {
            return Optional.empty();
        }
        Advice advice = new Advice().add(wording.text("handoff.talkNow"));
        national.addSamaritans(advice, request.style());
        if (mayBeYoung) {
            national.addChildline(advice, request.style());
        }
        advice.add(wording.text("child.danger")).essentialsEndHere().add(wording.text("handoff.ownLowMood.gp"));
        return Optional.of(Turn.of(request, advice, request.state().settled(), Route.HUMAN_HANDOFF));
    }

    /**
     * A parent's own low mood beside the family's hardship ("single mum of 3, i feel so low, no money for christmas", "feeling
     * rubbish, skint, kids off school soon": the blind tester's start kind 16, 39th session, in the lead's own words - Childline
     * and "if you are thinking about ending your life", nothing for the family): a grown-up writing, by role or by their
     * words of their own children, and not on a call (a caller hears the menu's numbers).
     */
    public boolean parentsOwnLowMood(AdviceRequest request) {
        boolean parent = request.role() == CallerRole.PARENT_FAMILY || request.role() == CallerRole.PUBLIC
                || request.role() == CallerRole.UNKNOWN && matches(writesAsParent, request);
        return parent && !request.style().spoken() && lowMood(request);
    }

    /**
     * The family's support answer with someone who will listen to the parent now on its first screen: the support is for the
     * family, the low mood is the writer's own.
     */
    public Turn withTalkNowFirst(Turn familySupport, AdviceRequest request) {
        Advice talk = national.addService(new Advice(), "samaritans", "national.samaritans.talk_to_someone", request.style());
        java.util.List<String> lines = talk.paragraphs();
        Advice advice = familySupport.advice();
        for (int i = lines.size() - 1; i >= 0; i--) {
            advice.putFirst(lines.get(i));
        }
        advice.citeAll(talk.sources());
        return familySupport;
    }

    /**
     * A parent, a relative or someone who has not said who they are, in distress and needing someone to talk to now ("its 1am
     * and i cant stop crying ... i just need to talk to someone", "sat in my car outside crying ... i just need someone to talk
     * to": care helper's first set, 28th session - the self-harm 999 script about cuts, and the MASH's closed numbers): people
     * who will listen now (Samaritans, day and night), the NSPCC for the worry about a child, Childline where the writer may
     * be young; then whom to tell about a child, and 999. Not a child (answered as a child) nor a professional.
     */
    public Optional<Turn> talkNow(AdviceRequest request) {
        boolean family = request.role() == CallerRole.PARENT_FAMILY || request.role() == CallerRole.PUBLIC;
        if (!(family || request.role() == CallerRole.UNKNOWN) || request.style().spoken() || !matches(talkNow, request)) {
            return Optional.empty();
        }
        Advice advice = new Advice().add(wording.text("handoff.talkNow.distress"));
        national.addService(advice, "samaritans", "national.samaritans.talk_to_someone", request.style());
        if (!family) {
            national.addChildline(advice, request.style(), "risk.unknownAge.childline");
        }
        national.addService(advice, "nspcc", "national.nspcc.talk_to_someone", request.style());
        advice.essentialsEndHere().add(wording.text("safety.999"));
        helpNow.addWhoToCall(advice, request, "contact.call");
        return Optional.of(Turn.of(request, advice, request.state().settled(), Route.HUMAN_HANDOFF));
    }

    /**
     * Childline for a writer who may be young: a child's own line for a child, "if you are a young person" for one who has
     * not said who they are, nothing for an adult or a call (a caller hears the menu's numbers).
     */
    Advice addChildlineIfYoung(Advice advice, AdviceRequest request) {
        if (request.style().spoken()) {
            return advice;
        }
        return switch (request.role()) {
            case CHILD -> national.addChildline(advice, request.style());
            case UNKNOWN -> national.addChildline(advice, request.style(), "risk.unknownAge.childline");
            default -> advice;
        };
    }

    private static boolean matches(java.util.List<java.util.regex.Pattern> cues, AdviceRequest request) {
        String lower = PatternFile.cueText(request.text());
        return PatternFile.anyFound(cues, lower);
    }

    private boolean lowMood(AdviceRequest request) {
        String lower = PatternFile.cueText(request.text());
        return PatternFile.anyFound(ownLowMood, lower);
    }

    /**
     * A child who writes for a person (lead's trial, 30 Nov: "can i talk to a real person" got "tell an adult you
     * trust"): someone here will reply, when staff are on duty, else that Childline's counsellors are people; then
     * Childline, 999, and the number the child or an adult can ring. A child who calls is put through as anyone is.
     */
    private Turn forChild(AdviceRequest request, boolean onDuty) {
        // someone here who will reply comes first; else that Childline's counsellors are people, within what is sent first
        Advice advice = new Advice().add(wording.text(onDuty ? "handoff.staffOnDuty" : "child.person"));
        national.addChildline(advice, request.style());
        advice.add(wording.text("child.danger")).essentialsEndHere();
        helpNow.addWhoToCall(advice, request, "child.mash");
        return Turn.of(request, advice, request.state().settled(), Route.HUMAN_HANDOFF);
    }

    /** A person offered (the line could not understand): the numbers, no promise of a reply here. */
    public Turn offer(AdviceRequest request) {
        return numbers(request, new Advice());
    }

    private boolean hasFrontDoorNumber(AdviceRequest request) {
        return helpNow.frontDoorWithPhone(request.partnership()).isPresent();
    }

    /**
     * Where the document prints no number for its front door (the LSCB model, Sandwell, North Tyneside), a professional
     * who asked for a person is told so, and what the document does say: where to find one, or the one MASH number
     * it prints and what for (care helper, 1 Dec: the NSPCC and 101 only, with no word of the MASH).
     */
    private void noFrontDoorNumber(Advice advice, AdviceRequest request) {
        var p = request.partnership();
        var door = helpNow.frontDoor(p);
        advice.add(wording.format("handoff.noNumber", "partnership", p.name()));
        if (door.isPresent() && door.get().notes() != null) {
            advice.add(request.style().speakable(door.get().notes()), door.get().source());
            return;
        }
        p.contacts(ContactKind.DISAGREEMENT).stream().filter(c -> c.phone() != null).findFirst()
                .ifPresent(c -> advice.add(wording.format("handoff.disagreementLine", helpNow.describe(c, request))
                        + " " + request.style().speakable(c.notes()), c.source()));
    }

    private Turn numbers(AdviceRequest request, Advice advice) {
        boolean professional = request.role() == CallerRole.PROFESSIONAL;
        Optional<Contact> person = helpNow.transferTarget(request.partnership(), request.now(), professional);
        if (person.isEmpty() && request.style().spoken()) {
            // after hours a call goes to the out-of-hours team rather than ending with a number to ring
            person = helpNow.personNow(request.partnership(), request.now());
        }
        if (person.isPresent() && request.style().spoken()) {
            advice.add(wording.format("handoff.transfer", helpNow.describe(person.get(), request)),
                    person.get().source());
            advice.transferTo(person.get().phone());
        } else if (person.isPresent()) {
            // "open now" only when published hours say so; otherwise just the number
            String key = helpNow.isOpen(person.get(), request.now()) ? "handoff.call" : "handoff.callNumber";
            advice.add(wording.format(key, helpNow.describe(person.get(), request)), person.get().source());
        } else if (!hasFrontDoorNumber(request) && !professional) {
            // no MASH number in the document: a line with people on it first, then where a MASH is reached, then 101
            // (care helper, 1 Dec: the NSPCC and 101 only, with no word of the MASH)
            national.addFor(advice, request.role(), request.style());
            if (request.role() != CallerRole.CHILD) {
                advice.add(wording.text("handoff.council"));
                national.addPolice(advice, request.style());
            }
        } else {
            if (!hasFrontDoorNumber(request)) {
                noFrontDoorNumber(advice, request);
            }
            // numbers with a person behind them: not the document's escalation contact, whoever is asking
            helpNow.addWhoToCall(advice, request.partnership(), request.now(), request.style(), "handoff.call");
        }
        advice.add(wording.text("handoff.danger")).essentialsEndHere();
        if (professional) {
            // a document that sends professionals to their own safeguarding lead for advice says so, after the number
            request.partnership().contact(ContactKind.CONSULTATION).filter(c -> c.phone() == null && c.notes() != null)
                    .ifPresent(c -> advice.add(wording.format("consult.lineNoPhone", helpNow.describe(c, request)),
                            c.source()));
        }
        return Turn.of(request, advice, request.state().settled(),
                Route.HUMAN_HANDOFF);
    }
}
