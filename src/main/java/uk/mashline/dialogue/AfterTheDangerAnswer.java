package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;
import uk.mashline.nlu.Slots;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static uk.mashline.dialogue.ClassifierTrust.modelOnly;

/**
 * A message right after the 999 answer, or once help has come, read in the light of that answer before anything else: the
 * call said to be made ("i called them"), the fear of making it, help come or the child found, a child still missing, a
 * body still in danger, someone at risk who cannot be reached, the escalation or the consent question taken up again, whom
 * to tell now. Each branch says when danger heard in the words (a risk rule, a disclosure) leaves the message to the
 * danger answer instead. Moved out of {@link Conversation#take} whole and in the same order (debt-50): what follows the
 * 999 answer, in one place.
 */
final class AfterTheDangerAnswer {

    /** The risk rule that hears only "999" or "ambulance" named: a call said to be made, nothing more (risk-47). */
    private static final String CALL_RULE = "emergency-services";
    /** risk-45: the longest update after the 999 answer for a body in danger still read as news of it ("he seems ok at the moment"). */
    private static final int BODY_UPDATE_WORDS = 12;

    private final Conversation.Harm harm;
    private final RouteAnswers routes;
    private final DirectQuestionRouting directQuestions;
    private final DirectQuestions questions;
    private final RouteOverrides overrides;

    AfterTheDangerAnswer(Conversation.Harm harm, RouteAnswers routes, DirectQuestionRouting directQuestions,
                         DirectQuestions questions, RouteOverrides overrides) {
        this.harm = harm;
        this.routes = routes;
        this.directQuestions = directQuestions;
        this.questions = questions;
        this.overrides = overrides;
    }

    /**
     * The answer when the message follows the danger answer in one of these ways; nothing otherwise (the conversation reads
     * it as any other message). The arguments are {@link NotNewDanger#answer}'s, which is read after this.
     */
    Optional<Turn> answer(AdviceRequest request, AdviceRequest original, Optional<FlowDefinition> flow, Slots before) {
        Classification c = request.classification();
        DialogueState dialogue = request.state().dialogue();
        // "i called them", "done" right after the 999 answer: the call it asked for - what to do while help comes, not a
        // check-in that asks what they have just told us (care helper's unseen set, sixteenth session). The message says
        // nothing else, so no new danger is passed over
        // facts-44: ... inside a flow too (the blind tester's q44 kind 2: a professional whose escalation had just given the 999
        // answer said the police were already dealing with it by phone, and got the 999 script again)
        if (dialogue.last() == Route.IMMEDIATE_RISK && !before.flag(Slots.CALLED_999).orElse(false)
                && overrides.calledThem(request.text())) {
            ConversationState called = request.state().withDialogue(dialogue.withSlots(
                    request.state().slots().with(Slots.CALLED_999, Slots.YES)));
            return Optional.of(routes.advise(Route.IMMEDIATE_RISK, new AdviceRequest(request.partnership(), called, c,
                    request.text(), request.now(), request.style(), request.slots().with(Slots.CALLED_999, Slots.YES)),
                    before));
        }
        // "im scared to ring" right after the 999 answer (risk-42: a 15-year-old whose friend of 14 was taken upstairs by a grown man
        // at a party got "I am still here if you want to keep writing about your friend", 999 last and conditional): the fear of
        // making the call is answered by the danger answer again, 999 first (with the Silent Solution, cannot-speak.txt)
        if (dialogue.last() == Route.IMMEDIATE_RISK && overrides.scaredToCall(request.text())) {
            return Optional.of(routes.advise(Route.IMMEDIATE_RISK, request, before));
        }
        // "police came and took him away" right after the 999 answer, the call never mentioned (risk helper's unseen set, 26th
        // session: "Is the child safe now?" to it, then the 999 line alone to "wat shud i do now"): help has come, whatever
        // the model made of the words - the danger advisor says what to do now that it is here and whom to tell. Not a question
        // ("what if shes nice to him when they come" is help still to come; a question of help come is answered as before)
        // "police are on their way to her. i still want to escalate the step down though" right after the 999 answer (esc
        // helper's leftover, 31st session K08, and own set 32: the wait for help again, the disagreement dropped): the
        // disagreement taken up again, as the caller asks. Danger the rules hear, a disclosure or a child still get theirs; help
        // said to be with them ("the ambulance is here now", which a rule hears) is no new danger
        if (dialogue.last() == Route.IMMEDIATE_RISK && request.role() != CallerRole.CHILD
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c) || harm.helpCame().came(request.text()))
                && harm.disclosures().detect(request.text()).isEmpty()
                && (overrides.takesUpDisagreement(request.text())
                        // esc-47: ... and in a chat that was an escalation before the danger, the policy's own words alone
                        // ("police are here now, hes safe with us. whats the timescale for stage 1 anyway", "so back to the
                        // escalation, what do i do next": own set esc-47-a L06, W06 - what to do now that help has come again)
                        || (before.has(Slots.DECISION) || before.has(Slots.STAGE))
                                && overrides.namesTheEscalation(request.text()))) {
            return Optional.of(resumeEscalation(request, original, flow, before));
        }
        // risk-47: "my manager rang 999 for her. back to mine, when should stage 1 have been done by" right after the 999 answer
        // in an escalation (own set risk-47-a AL01, and the q46's RS05: the wait for help again, the question lost): the call
        // made by someone, then the escalation taken up again in so many words - its answer. Only where the call is all the rules
        // heard (the rule on "999" itself), no disclosure is in the words, and a decision or a stage was told before or now
        if (dialogue.last() == Route.IMMEDIATE_RISK && request.role() != CallerRole.CHILD
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c) || CALL_RULE.equals(c.rule())
                        && request.slots().flag(Slots.CALLED_999).orElse(false))
                && harm.disclosures().detect(request.text()).isEmpty()
                && overrides.backToTheCase(request.text())) {
            // the escalation where a decision or a stage was told before or now; the consent question asked again ("ok back
            // to my first question, do i need the parents consent to refer": own set AW04)
            if (before.has(Slots.DECISION) || before.has(Slots.STAGE) || request.slots().has(Slots.DECISION)
                    || request.slots().has(Slots.STAGE)) {
                return Optional.of(resumeEscalation(request, original, flow, before));
            }
            if (overrides.consentFirst(request.text()) || overrides.asksConsent(request.text())) {
                return Optional.of(routes.advise(Route.CONSENT_INFO_SHARING, request, before));
            }
        }
        // risk-47: "do i still need to ring first response after" once the police were called for a mother strangled (own set
        // risk-47-a AM01: the menu): whom to tell once the child is safe - the worry's answer, unless danger is in the words
        if (dialogue.last() == Route.IMMEDIATE_RISK && request.role() != CallerRole.CHILD
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c)) && harm.disclosures().detect(request.text()).isEmpty()
                && overrides.stillToTell(request.text())) {
            return Optional.of(routes.advise(Route.REPORT_CONCERN, request, before));
        }
        // "found him!! hes holding my hand now" after a missing child's 999 answer (care helper's own set, 35th session): the child
        // is found - the danger advisor says so, unless a risk rule or a disclosure is in the words (ImmediateRiskAdvisor.found)
        if (flow.isEmpty() && dialogue.last() == Route.IMMEDIATE_RISK && (harm.helpCame().came(request.text())
                || harm.helpCame().found(request.text(), request.state().slots())) && !overrides.asks(request.text())) {
            return Optional.of(routes.advise(Route.IMMEDIATE_RISK, request, before));
        }
        // lead-44: "im driving round looking for her now", "should i wait till the morning" after a missing child's 999 answer
        // (LD01, LD05: the out-of-scope menu, the consultation answer): the child is not found yet - the missing check-in, unless
        // a risk rule or a disclosure is in the words (answered as danger on the way below)
        if (flow.isEmpty() && dialogue.last() == Route.IMMEDIATE_RISK && request.role() != CallerRole.CHILD
                && before.flag(ImmediateRiskAdvisor.CHILD_MISSING).orElse(false)
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c))
                && harm.disclosures().detect(request.text()).isEmpty()
                && harm.helpCame().said("searching", request.text())) {
            Optional<Turn> stillLooking = harm.followUps().noted(request);
            if (stillLooking.isPresent()) {
                return stillLooking;
            }
        }
        // "what will happen to the kids" from an adult once help has come (risk helper's second set, 28th session: "you can ask
        // them what will happen next", from the model's guess of danger): what comes next for the children and whom to tell,
        // as the danger advisor says it once help came. A risk rule or a disclosure in the words still gets the danger answer
        if (flow.isEmpty() && request.role() != CallerRole.CHILD && before.flag(ImmediateRiskAdvisor.HELP_CAME).orElse(false)
                && harm.helpCame().said("next", request.text()) && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c))
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(routes.advise(Route.IMMEDIATE_RISK, new AdviceRequest(request.partnership(), request.state(),
                    c, request.text(), request.now(), request.style(), request.slots().with(Slots.CALLED_999, Slots.YES)),
                    before));
        }
        // "she isnt answering now" after a friend's threat to end her life (care helper's leftovers, 22nd session: a check-in,
        // "i am still here"): someone who may act on it and cannot be reached is danger now - 999 first
        // risk-43: ... and so after a professional's "saving up her tablets to take them all tonight" given the 999 answer (own set
        // SL03: "shes not answering me now" got the check-in), where no disclosure slot was kept
        if (flow.isEmpty() && request.state().highestRoute() == Route.IMMEDIATE_RISK && overrides.unreachable(request.text())
                && (before.get(DisclosureAdvisor.SLOT).filter(DisclosureDetector.SELF_HARM::equals).isPresent()
                || before.flag(ImmediateRiskAdvisor.SELF_HARM_999).orElse(false))) {
            return Optional.of(routes.advise(Route.IMMEDIATE_RISK, request, before));
        }
        // risk-45: "he seems ok at the moment" after the 999 answer for a toddler who swallowed a button battery (own set risk-45-a
        // RW06: the concern report's numbers, 999 behind them): a short update that is not a question, with no call said to be
        // made, after tablets, a battery, a strangling or a baby gone floppy - the body is still in danger, so the check-in that
        // urges 999 first (AdultCheckIn); a risk rule or a disclosure in the words is answered as danger below
        if (flow.isEmpty() && dialogue.last() == Route.IMMEDIATE_RISK && request.role() != CallerRole.CHILD
                && (before.flag(ImmediateRiskAdvisor.SELF_HARM_999).orElse(false)
                        || before.flag(ImmediateRiskAdvisor.BODY_999).orElse(false))
                && !before.flag(Slots.CALLED_999).orElse(false) && !before.flag(ImmediateRiskAdvisor.HELP_CAME).orElse(false)
                // risk-46: nor when this message says the call was made ("police called. im at the clinic": own set risk-46-b RB12)
                && !request.slots().flag(Slots.CALLED_999).orElse(false)
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c)) && !overrides.asks(request.text())
                && harm.disclosures().detect(request.text()).isEmpty() && !harm.disclosure().saysChildIsSafe(request.text())
                && Words.in(request.text()) <= BODY_UPDATE_WORDS) {
            Optional<Turn> urged = harm.followUps().noted(request);
            if (urged.isPresent()) {
                return urged;
            }
        }
        return Optional.empty();
    }

    /**
     * The escalation taken up again after a 999 answer (esc-47's "whats the timescale for stage 1 anyway", risk-47's "back to
     * mine, when should stage 1 have been done by"): a question of the escalation's own is answered as it is inside one, else
     * the escalation's answer.
     */
    private Turn resumeEscalation(AdviceRequest request, AdviceRequest original, Optional<FlowDefinition> flow, Slots before) {
        // esc-49: ... and no longer waiting on "is the child safe now?", which the escalation's questions would read as their
        // own ("back to the escalation, is it the 29th": own set esc-49-a SA05, LA05 - the case started again)
        DialogueState d = request.state().dialogue();
        AdviceRequest back = request.withState(request.state().withDialogue(
                new DialogueState(null, null, d.slots(), Route.ESCALATION)));
        // esc-49: the due day said back to check it is no new day raised (KnownFacts keeps the case's own): not a new case
        String checked = lastSentence(request.text()).orElse(request.text());
        AdviceRequest resumed = d.slots().has(Slots.RAISED_ON) && questions.checksBack(checked)
                ? new AdviceRequest(back.partnership(), back.state(), back.classification(), back.text(), back.now(),
                        back.style(), withoutRaisedOn(back.slots()))
                : back;
        // esc-48: "police have come and arrested him, the boys with me and ok. sorry. whats the timescale for stage 1 again"
        // (own set esc-48-a L06, the esc-47 leftover L06: stage 1's date asked): the question is the last sentence, after the
        // news of the help, and is read as it would be on its own
        return directQuestions.answer(resumed, original, flow, before)
                .or(() -> lastSentence(request.text()).flatMap(asked -> directQuestions.answer(new AdviceRequest(
                        resumed.partnership(), resumed.state(), resumed.classification(), asked, resumed.now(),
                        resumed.style(), resumed.slots()), original, flow, before)))
                .orElseGet(() -> routes.advise(Route.ESCALATION, resumed, before));
    }

    private static Slots withoutRaisedOn(Slots slots) {
        Map<String, String> kept = new HashMap<>(slots.values());
        kept.remove(Slots.RAISED_ON);
        return new Slots(kept);
    }

    /** The last sentence of a message of more than one, if it has words of its own. */
    private static Optional<String> lastSentence(String text) {
        String[] sentences = Words.sentences(text);
        return sentences.length < 2 || sentences[sentences.length - 1].isBlank() ? Optional.empty()
                : Optional.of(sentences[sentences.length - 1]);
    }
}
