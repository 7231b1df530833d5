package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationRoute;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.nlu.Slots;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation's answers with no due date to count: a decision the policy sends along a route of its own, a family or
 * a child where the policy is for professionals, the first discussion still to have, a document with no stages, a caller
 * who does not know their stage, a stage whose date is not known. Used by {@link EscalationAdvisor}.
 */
final class UndatedEscalationAnswers {

    private final Wording wording;
    private final HelpNow helpNow;
    private final NationalHelp national;
    private final StageWording stages;
    private final StageDueAnswer due;

    UndatedEscalationAnswers(Wording wording, HelpNow helpNow, NationalHelp national, StageDueAnswer due) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.national = national;
        this.stages = new StageWording(wording);
        this.due = due;
    }

    /** That route first, in the policy's words, never a stage 1 question that does not apply to it. */
    Turn ownRoute(AdviceRequest request, EscalationPolicy policy, EscalationRoute route) {
        Advice advice = new Advice();
        // esc-47: the general stage the caller named, with its date, first ("we referred it to the lscb panel via our lscb rep
        // on mon 14/12, when should the panel have dealt with it by" about a child protection plan: own set esc-47-a L04, the
        // esc brief's K5 - the panel's date was behind "more", after the route's paragraph)
        // esc-50: ... but not one those people already failed to settle on a route with levels of its own (the joint response,
        // starting at Team Manager and Sergeant: seed 001 line 74; "my sgt has spoken to their TM, no joy" about a joint visit:
        // own set esc-50-a LB01, the esc-49 leftover - the general stage 2, first line managers, said first as if to come)
        boolean levelFailed = route.start() != null && request.state().slots().number(Slots.STAGE)
                .filter(n -> EscalationAdvisor.stageDone(request.state().slots(), n)).isPresent();
        if (!levelFailed) {
            addGeneralStage(advice, request, policy);
        }
        advice.add(route.text().text(), route.text().source());
        // "when should i hear back" (esc helper's unseen set, 18th session: the route again): no route of its own
        // carries a time limit in the data, so the answer says so rather than lend it a stage's
        advice.add(wording.text("escalation.routeNoLimit"));
        addDoNotDelay(advice, policy);
        advice.essentialsEndHere();
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        if (!request.style().brief()) {
            policy.notes().forEach(r -> advice.add(r.text(), r.source()));
        }
        Slots known = request.state().slots().with(EscalationAdvisor.OWN_ROUTE,
                String.valueOf(policy.ownRoutes().indexOf(route)));
        return Turn.of(request, advice, request.state().withDialogue(request.state().dialogue().withSlots(known))
                .settled(), Route.ESCALATION);
    }

    /** Where a route begins, for a caller who has not raised it yet, with the same source and the steps after it. */
    Turn ownRouteStart(AdviceRequest request, EscalationPolicy policy, EscalationRoute route) {
        Advice advice = new Advice().add(route.start(), route.text().source()).add(wording.text("escalation.routeNoLimit"));
        addDoNotDelay(advice, policy);
        advice.essentialsEndHere();
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        Slots known = request.state().slots().with(EscalationAdvisor.OWN_ROUTE,
                String.valueOf(policy.ownRoutes().indexOf(route)));
        return Turn.of(request, advice, request.state().withDialogue(request.state().dialogue().withSlots(known))
                .settled(), Route.ESCALATION);
    }

    /** A route's steps after its first, with the same source, and that it has no time limit of its own. */
    Advice ownRouteNext(EscalationRoute route) {
        return ownRouteNext(wording, route);
    }

    /** The route's steps after its first, and that it has no time limit of its own; for "whats next" once it was given. */
    static Advice ownRouteNext(Wording wording, EscalationRoute route) {
        return new Advice().add(route.next(), route.text().source()).add(wording.text("escalation.routeNoLimit"))
                .essentialsEndHere();
    }

    Turn stagesWithoutCase(AdviceRequest request, EscalationPolicy policy) {
        Advice advice = new Advice().add(wording.format("escalation.stagesAre", Map.of("partnership",
                request.partnership().name(), "count", String.valueOf(policy.stages().size()),
                "stages", stages.listWithLimits(policy))), policy.stages().get(0).source());
        addDoNotDelay(advice, policy);
        advice.essentialsEndHere();
        advice.add(wording.text(DirectQuestions.offer(request.state().slots())));
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        return done(request, advice);
    }

    Turn stageWithoutDate(AdviceRequest request, EscalationPolicy policy, EscalationStage stage) {
        Advice advice = new Advice();
        // esc-44: "been through all 4 stages, whats next" (own set esc-44-a XN04): what follows the last stage first
        stages.afterLastFirst(advice, stage, policy, request.text());
        stages.describe(advice, stage, policy, request.partnership().name());
        addDoNotDelay(advice, policy);
        advice.essentialsEndHere();
        if (stage.workingDays() != null) {
            advice.add(wording.format("escalation.dateOffer", "stage", String.valueOf(stage.number())));
        }
        due.addRecord(advice, stage);
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        return done(request, advice);
    }

    /** A child unhappy with a decision about them can always talk it through with Childline. */
    Turn forChild(AdviceRequest request, CallerRole role, Turn turn) {
        if (role == CallerRole.CHILD) {
            national.addChildline(turn.advice(), request.style());
        }
        return turn;
    }

    /**
     * A parent, relative, child or anyone else where the policy is for professionals, or does not say who may use
     * it: what they can do (the council's complaints process) and a number to talk it through, never who the policy
     * names or what its document leaves out, which are for professionals.
     */
    Turn forFamilies(AdviceRequest request) {
        var p = request.partnership();
        Advice advice = new Advice().add(wording.text("escalation.forFamilies"));
        // where the document prints no number of its own (the LSCB model, Sandwell), the national lines for a worry are no
        // help with a decision: the Family Rights Group's advice line comes first, before them (esc helper's leftover, 29th
        // session: a mother whose MASH did nothing read the NSPCC and 101, the advice line only behind "more")
        // (written only: a call's first prompt keeps the national number it can say in its 50 words)
        boolean adviceLineFirst = !request.style().spoken() && request.role() != CallerRole.CHILD
                && request.role() != CallerRole.PROFESSIONAL
                && !helpNow.documentPrintsDoorNumber(p);
        if (adviceLineFirst) {
            national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
        }
        // a decision disagreed with is no danger: where the document gives no hours, the front door first at any hour, the
        // out-of-hours line after it (esc helper's own set, 39th session: a West Sussex dad's evening "i dont agree with the
        // social worker" was told to talk it through with the Emergency Duty Team, Medway's mum and dad with the
        // out-of-hours emergency line)
        helpNow.addWhoToCallForSupport(advice, request, "report.callOpen");
        advice.add(wording.text("escalation.forFamilies.askAgain"));
        // the document's own route for a family (Medway: complaints go first through line management), or that it
        // describes none, among the essentials after the number (a call's first prompt must keep the number): what a
        // parent can do is the answer, also to "what can i do about it" (lead's weak spot, 1 Dec: the menu)
        if (p.complaints().notStated()) {
            advice.add(wording.format("escalation.familiesSilent", "partnership", p.name()));
        } else {
            advice.add(p.complaints().text(), p.complaints().source());
        }
        advice.essentialsEndHere();
        if (p.complaints().notStated()) {
            advice.add(wording.text("complaint.council"));
        }
        // independent advice for a parent or relative (blind tester's q23b, 26th session: a father told the children stay
        // with their mother had none); a child has Childline, a practitioner their own managers
        if (!adviceLineFirst && request.role() != CallerRole.CHILD && request.role() != CallerRole.PROFESSIONAL) {
            national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
        }
        return done(request, advice.add(wording.text("escalation.danger")));
    }

    /**
     * esc-43: "can it go any higher" from a parent or relative where the policy's stages are for professionals only (Sandwell
     * seed 003 lines 56-67, Medway seed 002 line 529, the LSCB model seed 001 line 12): that no stage is theirs, then the
     * document's complaints route for a family (or its silence and the council's), and independent advice.
     */
    Turn familyHigher(AdviceRequest request) {
        var p = request.partnership();
        Advice advice = new Advice().add(wording.format("escalation.familyHigher", "partnership", p.name()));
        // the document's own words on complaints, or its silence, then where every council's process is
        advice.add(p.complaints().text(), p.complaints().source());
        if (p.complaints().notStated()) {
            advice.add(wording.text("complaint.council"));
        }
        advice.essentialsEndHere();
        if (request.role() != CallerRole.CHILD) {
            national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
        }
        return done(request, advice.add(wording.text("escalation.danger")));
    }

    Turn startWithDiscussion(AdviceRequest request, EscalationPolicy policy) {
        Advice advice = new Advice().add(wording.text("escalation.startWithDiscussion"));
        advice.add(policy.initialDiscussion());
        if (!StageWording.describesStages(policy)) {
            return noStagesOr(request, policy, advice);
        }
        addDoNotDelay(advice, policy);
        policy.stage(1).ifPresent(first -> advice.add(wording.format("escalation.thenStage", stageValues(first)),
                first.source()));
        advice.essentialsEndHere();
        // what stage 1 must record reaches the caller before they get there
        policy.stage(1).ifPresent(first -> due.addRecord(advice, first));
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        return done(request, advice);
    }

    Turn noStagesOr(AdviceRequest request, EscalationPolicy policy, Advice advice) {
        return noStagesOr(request, policy, advice, false);
    }

    /**
     * @param talkNotTold the caller has not said whether they talked to the person who made the decision: where the
     *                    document names no stage or time limit that talk is said after what the document has (its
     *                    contact, that it sets no stages), not asked about (esc helper's leftover, 23rd session)
     */
    Turn noStagesOr(AdviceRequest request, EscalationPolicy policy, Advice advice, boolean talkNotTold) {
        if (!StageWording.describesStages(policy)) {
            // the decision raised with the MASH and unchanged, where the document numbers its reviews but names no reviewer
            // (North Tyneside: "i already rang them on monday and they said the same thing", esc helper's own set, 38th
            // session - its contact again, with no word of what they can do now): another review, more senior, is open
            // - second, after the contact, which leads
            stages.addNoStages(advice, policy, false);
            // "by when do they have to answer me" where the document sets out no stages at all (West Sussex, seed 000 line
            // 347; esc helper's own set, 42nd session, W02/W06: the contact first, the silence on time behind it): what
            // was asked is answered first - it gives no time limit, so no date
            if (policy.stages().isEmpty() && policy.stagesNotStated() != null
                    && AskedCues.asks(AskedCues.WHEN, request.text())
                    && advice.putFirst(wording.format("escalation.noTimescale.noStages.when", "partnership",
                    request.partnership().name()))) {
                advice.cite(policy.stagesNotStated().source());
            }
            // esc-45: "weve been through the 4th review with the mash now and they still say no" (own set esc-45-a NN05: another
            // review offered after the last): what the document says of the time after its last review, first
            boolean lastReached = !policy.stages().isEmpty() && policy.afterLastStage() != null
                    && request.state().slots().number(Slots.STAGE)
                    .filter(n -> n == policy.stages().get(policy.stages().size() - 1).number()).isPresent();
            if (lastReached && advice.putFirst(policy.afterLastStage().text())) {
                advice.cite(policy.afterLastStage().source());
            }
            // esc-50: first to a relative or parent, who was given the contact first and is not asked whether they talked it
            // through ("yes they wont budge" after it: typed-as-users-esc-13 U26 - the contact again, thanked as news)
            String again = wording.format("escalation.reviewAgain", Map.of("partnership",
                    request.partnership().name(), "count", String.valueOf(policy.stages().size())));
            if (!talkNotTold && !lastReached && !policy.stages().isEmpty()
                    && request.state().slots().flag(Slots.INITIAL_DISCUSSION).orElse(false)
                    && (request.role().isFamilyOrPublic() ? advice.putFirst(again) : advice.putSecond(again))) {
                advice.cite(policy.stages().get(0).source());
            }
            if (talkNotTold) {
                advice.add(wording.text("escalation.talkFirstIfNotYet"));
            }
            advice.essentialsEndHere();
            // esc-50: what the MASH records on its case system is for practitioners, not a parent or relative answered here now
            // that they are not asked whether they talked it through first (ReplyBudgetsTest: "liquidlogic" to a nan)
            if (!request.role().isFamilyOrPublic()) {
                policy.recording().forEach(r -> advice.add(r.text(), r.source()));
            }
            policy.notes().forEach(r -> advice.add(r.text(), r.source()));
            return done(request, advice);
        }
        return done(request, advice.essentialsEndHere());
    }

    /**
     * "ok im taking it to my first line manager now, how long have we got" on a route with no limit of its own (blind q24,
     * T03: the menu, then the route again): the limit the policy's numbered stages give the people the caller named, and
     * its date if raised today, said as the general stages' and not the route's. Only above the first stage: the people
     * who hold it (a team manager, a sergeant) are the route's own first level, which the route names without a limit
     * (typed-as-users F03: a sergeant who raised it with their team manager is not on the numbered stage 1).
     */
    private void addGeneralStage(Advice advice, AdviceRequest request, EscalationPolicy policy) {
        request.state().slots().number(Slots.STAGE).filter(n -> n > 1).flatMap(policy::stage)
                .filter(stage -> stage.workingDays() != null)
                .ifPresent(stage -> {
                    // the day the caller gave for it ("my manager is taking it to hers a week on monday": esc helper's own
                    // set, 35th session, counted from today), else today
                    Optional<LocalDate> given = request.state().slots().date(Slots.RAISED_ON);
                    LocalDate from = given.orElse(request.now().toLocalDate());
                    due.dueIfRaisedToday(policy, stage, from).ifPresent(date -> {
                        Map<String, String> values = stages.values(stage);
                        values.put("dueBy", StageWording.DUE_DATE.format(date));
                        values.put("from", StageWording.DUE_DATE.format(from));
                        advice.add(wording.format(given.isPresent() ? "escalation.routeGeneralStage.dated"
                                : "escalation.routeGeneralStage", values), stage.source());
                    });
                });
    }

    private void addDoNotDelay(Advice advice, EscalationPolicy policy) {
        advice.add(policy.doNotDelayRule());
    }

    private Map<String, String> stageValues(EscalationStage stage) {
        return stages.values(stage);
    }

    Turn done(AdviceRequest request, Advice advice) {
        return Turn.of(request, advice, request.state().settled(),
                Route.ESCALATION);
    }
}
