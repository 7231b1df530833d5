package uk.mashline.dialogue;

import uk.mashline.nlu.Classification;
import uk.mashline.nlu.Slots;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static uk.mashline.dialogue.ClassifierTrust.modelOnly;

/**
 * Replies that the classifier may take for danger, or for a new topic, but that in their conversation answer what was
 * asked or add to what was told: a child's "no hes at work now" to "are you somewhere safe?", an adult's "shes here with
 * me, shes safe", "should i ring the police" after online abuse was told, "and if they miss the deadline" in an
 * escalation. Read before the 999 reply: a risk rule, a sure model or a disclosure in the words always keeps 999 first.
 */
final class NotNewDanger {

    /** "no theyre not alone right now, i think shes home": an update to the last worry is a sentence, not a story. */
    static final int UPDATE_WORDS = 12;
    /** "ok im going to take it to my manager first, how long have i got": a step of the escalation told with its question. */
    private static final int STAGE_TOLD_WORDS = 24;
    /** Follow-ups that ask for the last answer's numbers or words again, answered even when the model alone heard danger. */
    private static final Set<String> NUMBERS_AGAIN = Set.of("out_of_hours", "number", "again", "link", "plain");

    /** A model this sure of danger is trusted even in a practitioner's or a family's answered question. */
    static final double SURE = 0.7;
    /** Answers to a question of procedure or support, where nothing said so far told of harm. */
    private static final Set<Route> PROCESS = Set.of(Route.ESCALATION, Route.CONSULTATION, Route.CONSENT_INFO_SHARING,
            Route.COMPLAINT, Route.EARLY_HELP);

    /** Answers that give a line to ring, which a "it rang once and went dead" may follow. */
    private static final Set<Route> NUMBERS_GIVEN = Set.of(Route.REPORT_CONCERN, Route.EARLY_HELP, Route.CONSULTATION);

    private final Conversation.Harm harm;
    private final ClassifierTrust trust;
    private final RouteAnswers routes;
    private final FlowEngine engine;
    private final DirectQuestionRouting directQuestions;
    private final DirectQuestions questions;
    private final RouteOverrides overrides;

    NotNewDanger(Conversation.Harm harm, ClassifierTrust trust, RouteAnswers routes, FlowEngine engine,
                 DirectQuestionRouting directQuestions, DirectQuestions questions, RouteOverrides overrides) {
        this.harm = harm;
        this.trust = trust;
        this.routes = routes;
        this.engine = engine;
        this.directQuestions = directQuestions;
        this.questions = questions;
        this.overrides = overrides;
    }

    /**
     * The answer in context, when the message is such a reply; nothing otherwise (the conversation goes on to danger).
     *
     * @param request  the message with the facts known so far
     * @param original the message as it came, with the facts of earlier turns only
     * @param before   the facts known before this message
     */
    Optional<Turn> answer(AdviceRequest request, AdviceRequest original, Optional<FlowDefinition> flow, Slots before) {
        Classification c = request.classification();
        DialogueState dialogue = request.state().dialogue();
        // "he isnt there now hes at work" to "are you somewhere safe?": a child's answer, not new danger, unless a
        // risk rule (not only the model) heard danger in it
        // so too a child's short "no shes asleep now" after telling what worries them, unasked (lead's trial, 30 Nov:
        // a 13-year-old was asked "are you somewhere safe?" after saying it, and again after "ok"), or a sentence of it: "no
        // they are not shouting now theyre watching tv" from a 9-year-old told where to turn (flows 7, B07: 999 from the
        // model alone once "shout loads at night" was heard as a habit and answered without the question)
        boolean askedIfSafe = DisclosureAdvisor.SAFE_NOW.equals(dialogue.awaiting())
                || (dialogue.awaiting() == null && dialogue.last() == Route.IMMEDIATE_RISK)
                || (dialogue.awaiting() == null && dialogue.last() != null && flow.isEmpty()
                && Words.in(request.text()) <= UPDATE_WORDS);
        if (askedIfSafe && request.role() == CallerRole.CHILD
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c)) && harm.disclosure().saysSafeNow(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(harm.disclosure().checkIn(request, true));
        }
        // "mums home now", "i dont want her to see this" from a child after telling (risk helper's leftovers, 30th session: "Call
        // 999 now" from the model alone at 0.30): the check-in - are you somewhere safe right now - unless a risk rule, a sure
        // model or a disclosure heard new danger in the words
        // a short "not now" ("hes in tonight but hes not drinking tonight": the risk helper's set, 39th session - the model alone at
        // 0.76) negates the harm in its own words, so even a sure model does not make it danger; a risk rule still does
        if (flow.isEmpty() && request.role() == CallerRole.CHILD && c.route() == Route.IMMEDIATE_RISK && modelOnly(c)
                && (c.confidence() < SURE || Words.in(request.text()) <= UPDATE_WORDS
                        && (harm.disclosure().saysNotNow(request.text()) || harm.disclosure().saysDangerUpdate(request.text())))
                && dialogue.last() != null
                && (KnownFacts.afterHarm(request.state()) || request.state().highestRoute() == Route.IMMEDIATE_RISK)
                && harm.disclosures().detect(request.text()).isEmpty()) {
            Optional<Turn> update = harm.disclosure().childCheckInUpdate(request);
            if (update.isPresent()) {
                return update;
            }
        }
        // after online abuse was told, "she says they havent met yet", "she's here with me, she's ok" or "should i call
        // the police?" is answered in that context (999 if they could meet now, else CEOP and 101), unless a risk rule
        // heard new danger in the words; before the general "safe for now" answer, which knows nothing of CEOP
        Optional<String> online = before.get(OnlineFollowUps.SLOT);
        if (flow.isEmpty() && online.isPresent() && harm.online().mayAnswer(c, modelOnly(c))) {
            Optional<Turn> answered = harm.online().answer(request, online.get());
            if (answered.isPresent()) {
                return answered;
            }
        }
        // an adult's "no hes at school" to "is the child safe now?": who to tell today, never the same check-in again
        // (after "I've rung 999" it is about the wait for help, below; a risk rule's danger still gets 999); so too
        // "shes here with me, shes safe" after a worry was reported (blind set 6, G16: a foster carer got 999); "mum is in
        // tonight tho" after children left alone, where no harm was told (flows 8 probe, Q04)
        if (flow.isEmpty() && request.role() != CallerRole.CHILD
                && (KnownFacts.afterHarm(request.state()) || dialogue.last() == Route.REPORT_CONCERN
                // "yes they are with mum" after a police officer's consultation: only the model, doubtfully, heard danger
                || (dialogue.last() != null && modelOnly(c) && trust.doubtful(c)))
                && dialogue.awaiting() == null && !before.flag(Slots.CALLED_999).orElse(false)
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c))
                && (harm.disclosure().saysChildIsSafe(request.text()) || (!before.has(DisclosureAdvisor.SLOT)
                && harm.disclosure().saysCarerIsHome(request.text())))
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(harm.disclosure().safeForNow(request));
        }
        // "he's left now, we're ok" after "I've rung 999" (risk helper's unseen set, 26th session: "Is the child safe now?" to a
        // mother who had just said so): the one they feared has gone while help is on its way - the police may still come, 999
        // again if he comes back and the door kept shut, then whom to tell today. A risk rule or a disclosure in the words
        // still gets the danger answer
        if (flow.isEmpty() && request.role() != CallerRole.CHILD && before.flag(Slots.CALLED_999).orElse(false)
                && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c))
                && harm.disclosure().saysTheyLeft(request.text()) && harm.disclosure().saysChildIsSafe(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(harm.disclosure().safeForNow(request));
        }
        // "hes gone now, what do i do in the morning" right after the 999 answer, no call told of (risk helper's brief, 37th session:
        // the check-in's question again, the next steps only behind "more"): the one they feared has left and they ask what comes
        // next - 999 if he comes back, the door kept shut, and whom to tell today, first. A risk rule or a disclosure in the
        // words still gets the danger answer
        if (flow.isEmpty() && request.role() != CallerRole.CHILD && dialogue.last() == Route.IMMEDIATE_RISK
                && !before.flag(Slots.CALLED_999).orElse(false) && (c.route() != Route.IMMEDIATE_RISK || modelOnly(c))
                && harm.disclosure().saysTheyLeft(request.text())
                && harm.followUps().kind(request.text()).filter(RestOfAnswer.WHAT_ELSE::equals).isPresent()
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(harm.disclosure().safeForNow(request));
        }
        // "can i just phone them myself" after a number, a child's "will she get in trouble", "its gone 8 now tho" after
        // the hours (flows 8, F16: a time is not danger), "what happens now with the baby" once the police have come
        // (lead's probe, 1 Dec: the 999 script again): a question about that answer which only the model took for
        // danger ("myself" as self-harm at 0.45, lead's trial) is answered in its context - unless a risk rule or a
        // disclosure is in the words
        // "should i ring the police" after a worry trips the send-help cue, a weak one: its answer begins with 999 too
        // (the question's kind is read only for danger after an answer: the cues are not run on every message)
        Optional<String> question = c.route() == Route.IMMEDIATE_RISK && dialogue.last() != null
                ? harm.asked().kind(request.text()) : Optional.empty();
        boolean policeAsked = question.filter(ContextQuestions.POLICE::equals).isPresent()
                && harm.online().mayAnswer(c, modelOnly(c));
        // "is 999 the police", "which number do i ring" right after the 999 answer, before it was rung, whatever rule heard
        // "police" or "999" in it (care helper's unseen set, seventeenth session: the 999 answer word for word): how to
        // ring 999, which the answer starts with the 999 line anyway; the question's fixed words tell no new danger
        if (flow.isEmpty() && c.route() == Route.IMMEDIATE_RISK && dialogue.last() == Route.IMMEDIATE_RISK
                && !before.flag(Slots.CALLED_999).orElse(false) && harm.asked().asksAbout999(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            Optional<Turn> asked = harm.asked().answer(request, routes.againFor(request));
            if (asked.isPresent()) {
                return asked;
            }
        }
        // "will anyone be awake at childline now", "who do i need to tell tomorrow" after an answer (care helper's unseen
        // set, 2 Dec: the 999 answer from the model alone): a family's or a child's question about that answer
        if (modelOnly(c) && c.route() == Route.IMMEDIATE_RISK && dialogue.last() != null && flow.isEmpty()
                && harm.disclosures().detect(request.text()).isEmpty()) {
            Optional<Turn> asked = harm.family().answer(request, routes.againFor(request));
            if (asked.isPresent()) {
                return asked;
            }
        }
        if ((modelOnly(c) || policeAsked) && question.isPresent()
                && harm.disclosures().detect(request.text()).isEmpty()) {
            Optional<Turn> asked = harm.asked().answer(request, routes.againFor(request));
            if (asked.isPresent()) {
                return asked;
            }
        }
        // "and if they miss the deadline" after an escalation answer (flows 9, second set B10: 999 from the model alone) is
        // the next stage; "who can i call at the weekend about it" after a worry (B02) the out-of-hours numbers: a question
        // about the answer, or a follow-up to it, that only the model took for danger, unless a risk rule or a disclosure
        // is in the words (a follow-up after danger keeps the 999 line first)
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && dialogue.last() != null
                && Words.in(request.text()) <= UPDATE_WORDS
                && harm.disclosures().detect(request.text()).isEmpty()) {
            if (flow.map(FlowDefinition::route).orElse(dialogue.last()) == Route.ESCALATION
                    && questions.kind(request.text()).isPresent()) {
                Optional<Turn> direct = directQuestions.answer(request, original, flow, before);
                if (direct.isPresent()) {
                    return direct;
                }
            }
            // only the kinds that ask for the answer's numbers or words again: "what do i do" may come with new danger
            Optional<String> followUp = harm.followUps().kind(request.text()).filter(NUMBERS_AGAIN::contains);
            if (flow.isEmpty() && followUp.isPresent()) {
                Optional<Turn> answered = harm.followUps().answer(request, routes.againFor(request));
                if (answered.isPresent()) {
                    return answered;
                }
            }
        }
        // facts-42: "i rang it and it just rang once and went dead" after the out-of-hours numbers (own set facts-42-a W02: "Call 999
        // now" from the model alone, immediate_self_harm on "dead"): the line that failed, answered with what to do instead
        // (LineNotAnswering, in Conversation.take), unless a risk rule, a sure model or a disclosure is in the words; never after
        // the 999 answer, whose "it" may be 999 itself
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && c.confidence() < SURE && flow.isEmpty() && dialogue.last() != null
                && dialogue.last() != Route.IMMEDIATE_RISK && NUMBERS_GIVEN.contains(dialogue.last())
                && Words.in(request.text()) <= UPDATE_WORDS && harm.disclosures().detect(request.text()).isEmpty()
                && harm.followUps().lineFailed(request)) {
            return Optional.of(routes.advise(dialogue.last(), request, before));
        }
        // "she lives with him in west brom" after the answer about a grown daughter (blind tester's q23b, 26th session: 999
        // from the model alone): a detail of that adult's worry, answered as such, unless a risk rule or a disclosure
        // is in the words
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && flow.isEmpty() && dialogue.last() == Route.OUT_OF_SCOPE
                && before.flag(ContextQuestions.ADULT_RELATIVE).orElse(false) && Words.in(request.text()) <= UPDATE_WORDS
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(harm.asked().adultRelative(request));
        }
        // "its not that serious, I just want to complain about it" after the complaints answer: the complaint, not the
        // model's guess of danger (blind set 7, B13), unless a risk rule or a disclosure is in the words
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && flow.isEmpty() && dialogue.last() == Route.COMPLAINT
                && overrides.complains(request.text()) && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(routes.advise(Route.COMPLAINT, request, before));
        }
        // a child frightened by shouting at home, whom only the model placed in danger: answered as a child who has told
        // (999 if in danger now first, believed, Childline, are you safe), not with the 999 script (flows 8, F11)
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && request.role() == CallerRole.CHILD
                && !WhoseHarm.aboutAFriend(request) && harm.disclosures().frightenedChild(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(harm.disclosure().advise(request));
        }
        // a young person's own worry that has words of its own - bullied ("these girls in my class keep calling me names ... i
        // dont want to go to school anymore"), a picture of them sent round, pregnant - or their own low mood ("im 13 and i just
        // hate myself"), whom only the model placed in danger (care helper's first set, 27th session: the self-harm 999 script and
        // "are you somewhere safe?" at 0.39 to 0.96): answered as a child for what they told, with 999 if in danger now. A risk
        // rule or a disclosure in the words still gets the danger answer
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && request.role() == CallerRole.CHILD && flow.isEmpty()
                && !WhoseHarm.aboutAFriend(request) && harm.disclosures().detect(request.text()).isEmpty()) {
            if (harm.disclosure().toldOwnWorry(request.text())) {
                return Optional.of(routes.advise(Route.REPORT_CONCERN, request, before));
            }
            Optional<Turn> own = harm.handoff().ownLowMood(request);
            if (own.isPresent()) {
                return own;
            }
        }
        // "im 16 in a childrens home, they have decided im not allowed to move into semi independent yet, i disagree. who can
        // help me" (esc helper's unseen set, 29th session: the 999 script with "are you somewhere safe?" from the model alone at
        // 0.55): a young person disagreeing with a decision about them is answered as such - who can speak up for them, with
        // 999 if in danger now; a risk rule, a sure model or a disclosure in the words still gets the danger answer
        // so too an adult disagreeing with a decision named in its own words, as no complaint, the change wanted ("im not wanting
        // to complain i just want them to change their mind about closing my sons case": risk helper, 32nd session - 999 from the
        // model alone at 0.35, self-harm; "i dont want to put a complaint in, i just want them to reconsider closing my daughters
        // case" at 0.86, which a complaint denied beside a decision named settles whatever the model's sureness: words of
        // self-harm in it are the risk rules', which come first)
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && flow.isEmpty()
                && (request.role() == CallerRole.CHILD
                        ? c.confidence() < SURE && overrides.disagreesWithADecision(request.text())
                        : overrides.disagreesWithNamedDecision(request.text())
                                && (c.confidence() < SURE || overrides.deniesComplaint(request.text())))
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(routes.advise(Route.ESCALATION, request, before));
        }
        // a young carer's "its too much, i cant keep up" (care helper's unseen set, 19th session: the self-harm 999 script
        // from the model alone at 0.76): caring that is too much is answered for a young carer; a risk rule or a
        // disclosure in the words still gets what it gets
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && request.role() == CallerRole.CHILD && flow.isEmpty()
                && overrides.youngCarer(request.text()) && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(routes.advise(Route.EARLY_HELP, request, before));
        }
        // "i emailed them today", "if i raise it today whens it due" in an escalation (lead's sealed set q5: 999 from a
        // self-harm guess of the model alone at 0.21): a date or a stage of that escalation is not danger; a risk rule, a
        // sure model or a disclosure in the words still gets 999
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && trust.doubtful(c)
                && flow.map(FlowDefinition::route).orElse(dialogue.last()) == Route.ESCALATION
                && (original.slots().has(Slots.RAISED_ON) || original.slots().has(Slots.STAGE))
                && Words.in(request.text()) <= UPDATE_WORDS
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(flow.isPresent() ? engine.run(flow.get(), request, routes.advisor(Route.ESCALATION))
                    : routes.advise(Route.ESCALATION, request, before));
        }
        // "its with the assistant director now, went up on the 21st" as a first message (esc helper's unseen set, 16th
        // session: 999 from a self-harm guess of the model alone at 0.29, "went up" heard as a height): a message that
        // places the case at a stage of this partnership's policy by its people and gives the day it was raised tells of
        // an escalation, not danger - unless a risk rule, a sure model or a disclosure is in the words; a child is
        // answered as a child elsewhere
        // ("the deputy director has it now, went up on the 26th": 0.44, above the doubt threshold; a sure model still wins)
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && c.confidence() < SURE && request.role() != CallerRole.CHILD
                && !before.has(Slots.STAGE) && (request.state().slots().number(Slots.STAGE).filter(n -> n > 0).isPresent()
                // or the people it went to, whom the policy does not name ("assistant director" in Sandwell)
                || request.state().slots().has(EscalationAdvisor.UNNAMED) && !before.has(EscalationAdvisor.UNNAMED))
                && request.slots().has(Slots.RAISED_ON) && !KnownFacts.afterHarm(request.state())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(flow.filter(f -> f.route() == Route.ESCALATION).isPresent()
                    ? engine.run(flow.get(), request, routes.advisor(Route.ESCALATION))
                    : routes.advise(Route.ESCALATION, request, before));
        }
        // "ok im going to take it to my manager first, how long have i got" in an escalation (esc helper's unseen set, 29th
        // session: the self-harm 999 script from the model alone at 0.50, "going to take"): a message that places the case at
        // a stage of this partnership's policy by the people it goes to, or takes it to the caller's own manager first, tells
        // of the escalation's next step, not danger,
        // even after the harm the decision was about was told - unless a risk rule, a sure model or a disclosure is in the
        // words; a child is answered as a child elsewhere
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && c.confidence() < SURE && request.role() != CallerRole.CHILD
                && flow.map(FlowDefinition::route).orElse(dialogue.last()) == Route.ESCALATION
                && (request.slots().has(Slots.STAGE) && !before.has(Slots.STAGE) || overrides.toOwnManager(request.text()))
                && Words.in(request.text()) <= STAGE_TOLD_WORDS
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(flow.isPresent() ? engine.run(flow.get(), request, routes.advisor(Route.ESCALATION))
                    : routes.advise(Route.ESCALATION, request, before));
        }
        // "our AD will take it to their deputy director on 21st dec about the joint response" as a first message (esc helper's
        // leftover, 29th session: the self-harm 999 script from the model alone): a disagreement taken up the line, now or on a
        // day to come, is the escalation - unless a risk rule, a sure model or a disclosure is in the words; a child is
        // answered as a child elsewhere
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && c.confidence() < SURE && request.role() != CallerRole.CHILD
                && flow.isEmpty() && dialogue.last() == null && overrides.takesItUp(request.text())
                && Words.in(request.text()) <= STAGE_TOLD_WORDS && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(routes.advise(Route.ESCALATION, request, before));
        }
        // care-48: "do i have to tell them im doing it" after the consent answer to a youth worker's referral question (own set
        // care-48-a AL01: the self-harm 999 script from the model alone at 0.31, "im doing it"): a professional's short question
        // after a consent or consultation answer is about that answer - unless a risk rule, a model above the doubt threshold or a
        // disclosure is in the words
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && trust.doubtful(c) && flow.isEmpty()
                && request.role() == CallerRole.PROFESSIONAL && dialogue.awaiting() == null
                && (dialogue.last() == Route.CONSENT_INFO_SHARING || dialogue.last() == Route.CONSULTATION)
                && Words.in(request.text()) <= UPDATE_WORDS && overrides.asks(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            return Optional.of(routes.advise(dialogue.last(), request, before));
        }
        // "mum says he fell" after a worry was answered (own probe, 1 Dec: the 999 script from the model alone, unsure): an
        // update to that worry - its number again, or the check-in after harm, both with 999 if in danger; a risk rule, a
        // sure model, a disclosure or a question in the words still goes on as before
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && trust.doubtful(c) && flow.isEmpty()
                && dialogue.last() == Route.REPORT_CONCERN && dialogue.awaiting() == null
                && Words.in(request.text()) <= UPDATE_WORDS && !overrides.asks(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            Optional<Turn> update = harm.followUps().update(request, routes.againFor(request));
            if (update.isPresent()) {
                return update;
            }
        }
        // "i havent sent any", "im just in my room", "ive tried all her mates" right after the 999 answer (care helper's
        // unseen set, 20th session: the 999 script again, word for word, from a guess of the model alone at 0.22 to 0.69):
        // a short statement after the 999 answer adds to what was told. It is answered as an update - an adult who has
        // not said they rang is asked to call 999 now (999 first), a child is asked if they are safe, with the 999 line -
        // unless a risk rule, a sure model, a disclosure or a question is in the words.
        // The reply that keeps 999 first ("If you have not called 999 yet, please call now") is given only once, to an adult
        // who told of no harm; a child's check-in, or an adult's after harm, does not start with 999, so they get it only
        // where the model was unsure (below the threshold): "hes found me" (0.56), "hes got my sister now" (0.67) from the
        // model alone are danger, and keep the 999 answer
        boolean urgedOnce = request.role() != CallerRole.CHILD && !before.has(DisclosureAdvisor.SLOT)
                && !before.flag(AdultCheckIn.URGED_TO_CALL).orElse(false);
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && c.confidence() < SURE && flow.isEmpty()
                && (urgedOnce || trust.doubtful(c))
                && dialogue.last() == Route.IMMEDIATE_RISK
                && (dialogue.awaiting() == null || DisclosureAdvisor.SAFE_NOW.equals(dialogue.awaiting()))
                && !before.flag(Slots.CALLED_999).orElse(false) && !request.slots().has(Slots.CALLED_999)
                && Words.in(request.text()) <= UPDATE_WORDS && !overrides.asks(request.text())
                && harm.disclosures().detect(request.text()).isEmpty()) {
            Optional<Turn> update = harm.followUps().update(request, routes.againFor(request));
            if (update.isPresent()) {
                return update;
            }
        }
        // "do they do home visits" after the early help answer, "i spoke to my sergeant about it this morning" after a
        // police officer's escalation answer (care helper's unseen set, 2 Dec: the 999 script from the model alone, at 0.22
        // and 0.60): a short reply to the answer to a question of procedure or support, where nothing told of harm, is
        // about that answer - unless a risk rule, a sure model or a disclosure is in the words. A child is answered above
        Route context = flow.map(FlowDefinition::route).orElse(dialogue.last());
        if (c.route() == Route.IMMEDIATE_RISK && modelOnly(c) && c.confidence() < SURE
                && context != null && PROCESS.contains(context)
                && request.role() != CallerRole.CHILD && !KnownFacts.afterHarm(request.state())
                && request.state().highestRoute() != Route.IMMEDIATE_RISK
                && Words.in(request.text()) <= UPDATE_WORDS
                && harm.disclosures().detect(request.text()).isEmpty()) {
            if (flow.isPresent()) {
                return Optional.of(engine.run(flow.get(), request, routes.advisor(flow.get().route())));
            }
            if (context == Route.ESCALATION) {
                return Optional.of(routes.advise(Route.ESCALATION, request, before));
            }
            Function<Route, Turn> again = routes.againFor(request);
            return overrides.asks(request.text())
                    ? harm.asked().answer(request, again).or(() -> harm.followUps().answer(request, again))
                    .or(() -> harm.followUps().notInTheDocument(request, again))
                    : harm.followUps().update(request, again);
        }
        return Optional.empty();
    }
}
