package uk.mashline.dialogue;

import uk.mashline.knowledge.Deadline;
import uk.mashline.knowledge.EscalationAudience;
import uk.mashline.knowledge.EscalationPolicy;
import uk.mashline.knowledge.EscalationStage;
import uk.mashline.knowledge.OutsideCalendarException;
import uk.mashline.knowledge.SourcedText;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.nlu.Route;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The guided escalation: who is asking, what decision, whether the initial professional
 * discussion happened, which stage was reached and when, then the next stage, who to go to,
 * what to record and the due-by date in working days. Where the policy states no stages or no
 * timescale, it says so and points to the published contact.
 */
public final class EscalationAdvisor implements RouteAdvisor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Wording wording;
    private final HelpNow helpNow;
    private final AnswerParser answers;
    private final CallerRoleDetector roles;
    private final WorkingDayCalendar calendar;

    public EscalationAdvisor(Wording wording, HelpNow helpNow, AnswerParser answers, CallerRoleDetector roles,
                             WorkingDayCalendar calendar) {
        this.wording = wording;
        this.helpNow = helpNow;
        this.answers = answers;
        this.roles = roles;
        this.calendar = calendar;
    }

    @Override
    public Turn advise(AdviceRequest request) {
        ConversationState state = request.state();
        return switch (state.step()) {
            case ESCALATION_ROLE -> answerRole(request);
            case ESCALATION_DECISION -> askInitialDiscussion(request,
                    state.escalation().withDecision(decisionKind(request.text())));
            case ESCALATION_INITIAL_DISCUSSION -> answerInitialDiscussion(request);
            case ESCALATION_STAGE -> answerStage(request);
            case ESCALATION_RAISED_ON -> answerRaisedOn(request);
            default -> start(request);
        };
    }

    private Turn start(AdviceRequest request) {
        if (!request.role().isKnown()) {
            return ask(request, wording.text("escalation.askRole"), FlowStep.ESCALATION_ROLE, EscalationAnswers.NONE);
        }
        return afterRole(request, request.role());
    }

    private Turn answerRole(AdviceRequest request) {
        Optional<CallerRole> role = roleAnswer(request.text());
        if (role.isEmpty()) {
            return ask(request, wording.text("escalation.askRoleAgain"), FlowStep.ESCALATION_ROLE, EscalationAnswers.NONE);
        }
        return afterRole(request, role.get());
    }

    private Turn afterRole(AdviceRequest request, CallerRole role) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        AdviceRequest withRole = new AdviceRequest(request.partnership(), request.state().withRole(role),
                request.classification(), request.text(), request.now(), request.style(), request.slots());
        if (role != CallerRole.PROFESSIONAL && policy.whoMayEscalate().audience() == EscalationAudience.PROFESSIONALS_ONLY) {
            return professionalsOnly(withRole, policy);
        }
        Advice advice = new Advice().add(policy.whoMayEscalate().text(), policy.whoMayEscalate().source());
        return ask(withRole, advice, wording.text("escalation.askDecision"), FlowStep.ESCALATION_DECISION, EscalationAnswers.NONE);
    }

    private Turn professionalsOnly(AdviceRequest request, EscalationPolicy policy) {
        var p = request.partnership();
        Advice advice = new Advice()
                .add(wording.format("escalation.professionalsOnly", "partnership", p.name()))
                .add(policy.whoMayEscalate().text(), policy.whoMayEscalate().source())
                .add(p.complaints().text(), p.complaints().source());
        helpNow.addWhoToCall(advice, p, request.now(), request.style(), "report.callOpen");
        return done(request, advice.essentialsEndHere().add(wording.text("escalation.danger")));
    }

    private Turn askInitialDiscussion(AdviceRequest request, EscalationAnswers answers) {
        Advice advice = new Advice();
        addSourced(advice, request.partnership().escalationPolicy().initialDiscussion());
        return ask(request, advice, wording.text("escalation.askInitial"), FlowStep.ESCALATION_INITIAL_DISCUSSION, answers);
    }

    private Turn answerInitialDiscussion(AdviceRequest request) {
        Optional<Boolean> held = answers.yesNo(request.text());
        EscalationAnswers so = request.state().escalation();
        if (held.isEmpty()) {
            return ask(request, wording.text("escalation.askInitialAgain"), FlowStep.ESCALATION_INITIAL_DISCUSSION, so);
        }
        EscalationPolicy policy = request.partnership().escalationPolicy();
        if (!held.get()) {
            Advice advice = new Advice().add(wording.text("escalation.startWithDiscussion"));
            addSourced(advice, policy.initialDiscussion());
            addDoNotDelay(advice, policy);
            policy.stage(1).ifPresent(first -> advice.add(wording.format("escalation.thenStage", stageValues(first)),
                    first.source()));
            return noStagesOr(request, policy, advice);
        }
        if (policy.stages().isEmpty()) {
            return noStagesOr(request, policy, new Advice());
        }
        return ask(request, wording.format("escalation.askStage", "stages", stageList(policy)),
                FlowStep.ESCALATION_STAGE, so.withInitialDiscussionHeld(true));
    }

    private Turn answerStage(AdviceRequest request) {
        EscalationPolicy policy = request.partnership().escalationPolicy();
        EscalationAnswers so = request.state().escalation();
        Optional<Integer> stage = answers.stage(request.text(), policy.stages().size());
        if (stage.isEmpty()) {
            return ask(request, wording.format("escalation.askStageAgain", "stages", stageList(policy)),
                    FlowStep.ESCALATION_STAGE, so);
        }
        if (stage.get() == 0) {
            return advise(request, policy, 1, request.now().toLocalDate(), true);
        }
        return ask(request, wording.format("escalation.askRaisedOn", "stage", String.valueOf(stage.get())),
                FlowStep.ESCALATION_RAISED_ON, so.withStage(stage.get()));
    }

    private Turn answerRaisedOn(AdviceRequest request) {
        EscalationAnswers so = request.state().escalation();
        LocalDate today = request.now().toLocalDate();
        Optional<LocalDate> raisedOn = answers.date(request.text(), today).filter(calendar::covers);
        if (raisedOn.isEmpty() || so.stage() == null) {
            return ask(request, wording.text("escalation.askRaisedOnAgain"), FlowStep.ESCALATION_RAISED_ON, so);
        }
        return advise(request, request.partnership().escalationPolicy(), so.stage(), raisedOn.get(), false);
    }

    /** The answer the flow exists for: this stage's due date, then the next stage and what to record. */
    private Turn advise(AdviceRequest request, EscalationPolicy policy, int stageNumber, LocalDate raisedOn,
                        boolean notYetRaised) {
        Advice advice = new Advice();
        Deadline deadline;
        try {
            deadline = policy.deadline(stageNumber, raisedOn, calendar);
        } catch (OutsideCalendarException e) {
            return ask(request, wording.text("escalation.askRaisedOnAgain"), FlowStep.ESCALATION_RAISED_ON, request.state().escalation());
        }
        EscalationStage stage = policy.stage(stageNumber).orElseThrow();
        Map<String, String> values = stageValues(stage);
        values.put("raisedOn", DATE.format(raisedOn));
        values.put("partnership", request.partnership().name());
        if (deadline.dueBy() == null) {
            values.put("note", deadline.note() == null ? "" : deadline.note());
            advice.add(wording.format("escalation.stageNoLimit", values), stage.source());
        } else {
            values.put("dueBy", DATE.format(deadline.dueBy()));
            advice.add(wording.format(notYetRaised ? "escalation.stageDueIfRaisedToday" : "escalation.stageDue", values),
                    stage.source());
            if (deadline.dueBy().isBefore(request.now().toLocalDate())) {
                advice.add(wording.text("escalation.overdue"));
            }
        }
        EscalationStage next = deadline.nextStage();
        if (next != null) {
            advice.add(wording.format("escalation.next", stageValues(next)), next.source());
        } else {
            advice.add(wording.format("escalation.lastStage", Map.of("stage", String.valueOf(stageNumber),
                    "partnership", request.partnership().name())));
        }
        addDoNotDelay(advice, policy);
        advice.essentialsEndHere();
        List<String> record = next != null && !next.mustRecord().isEmpty() ? next.mustRecord() : stage.mustRecord();
        if (!record.isEmpty()) {
            advice.add(wording.format("escalation.record", "items", String.join("; ", record)));
        }
        policy.recording().forEach(r -> advice.add(r.text(), r.source()));
        if (!request.style().brief()) {
            policy.specialCases().forEach(r -> advice.add(r.text(), r.source()));
            policy.notes().forEach(r -> advice.add(r.text(), r.source()));
        }
        return done(request, advice);
    }

    private Turn noStagesOr(AdviceRequest request, EscalationPolicy policy, Advice advice) {
        if (policy.stages().isEmpty()) {
            addSourced(advice, policy.stagesNotStated());
            addSourced(advice, policy.pointOfContact());
            addDoNotDelay(advice, policy);
        }
        return done(request, advice.essentialsEndHere());
    }

    private void addDoNotDelay(Advice advice, EscalationPolicy policy) {
        addSourced(advice, policy.doNotDelayRule());
    }

    private Map<String, String> stageValues(EscalationStage stage) {
        Map<String, String> values = new HashMap<>();
        values.put("stage", String.valueOf(stage.number()));
        values.put("parties", stage.parties() == null ? wording.text("escalation.partiesNotStated") : stage.parties());
        values.put("days", stage.workingDays() == null
                ? (stage.notStated() == null ? wording.text("escalation.daysNotStated") : stage.notStated())
                : wording.format("escalation.workingDays", "n", String.valueOf(stage.workingDays())));
        values.put("cumulative", stage.cumulativeWorkingDays() == null ? ""
                : wording.format("escalation.cumulative", "n", String.valueOf(stage.cumulativeWorkingDays())));
        return values;
    }

    private String stageList(EscalationPolicy policy) {
        StringBuilder out = new StringBuilder();
        for (EscalationStage s : policy.stages()) {
            out.append(out.length() > 0 ? "; " : "").append(s.number()).append(" ")
                    .append(s.parties() == null ? wording.text("escalation.partiesNotStated") : s.parties());
        }
        return out.toString();
    }

    private Optional<CallerRole> roleAnswer(String text) {
        Optional<Route> digit = answers.menuChoice(text);
        String t = text.trim();
        if (t.equals("1")) {
            return Optional.of(CallerRole.PROFESSIONAL);
        }
        if (t.equals("2")) {
            return Optional.of(CallerRole.PARENT_FAMILY);
        }
        if (t.equals("3")) {
            return Optional.of(CallerRole.CHILD);
        }
        if (digit.isPresent()) {
            return Optional.empty();
        }
        Optional<CallerRole> detected = roles.detect(text);
        if (detected.isPresent()) {
            return detected;
        }
        String lower = t.toLowerCase(Locale.UK);
        if (lower.matches(".*\\b(professional|practitioner|work with|worker|teacher|school|nurse|doctor|police)\\b.*")) {
            return Optional.of(CallerRole.PROFESSIONAL);
        }
        if (lower.matches(".*\\b(parent|mum|mom|dad|family|carer|grandparent|nan|gran|relative|aunt|uncle|friend)\\b.*")) {
            return Optional.of(CallerRole.PARENT_FAMILY);
        }
        if (lower.matches(".*\\b(child|kid|young person|teenager|it'?s me|about me)\\b.*")) {
            return Optional.of(CallerRole.CHILD);
        }
        return Optional.empty();
    }

    private static String decisionKind(String text) {
        String t = text.toLowerCase(Locale.UK);
        if (t.matches(".*\\b(conference|cp plan|protection plan|chair)\\b.*")) {
            return "conference";
        }
        if (t.matches(".*\\b(mash|front door|first response|referral|nfa|no further action|threshold)\\b.*")) {
            return "mash";
        }
        return "other";
    }

    private Turn ask(AdviceRequest request, String question, FlowStep step, EscalationAnswers so) {
        return ask(request, new Advice(), question, step, so);
    }

    private Turn ask(AdviceRequest request, Advice advice, String question, FlowStep step, EscalationAnswers so) {
        advice.add(question).essentialsEndHere();
        return Turn.of(request, advice, request.state().withStep(step, so).withMisses(0), Route.ESCALATION);
    }

    private Turn done(AdviceRequest request, Advice advice) {
        return Turn.of(request, advice, request.state().settled(),
                Route.ESCALATION);
    }

    private static void addSourced(Advice advice, SourcedText text) {
        if (text != null) {
            advice.add(text.text(), text.source());
        }
    }
}
