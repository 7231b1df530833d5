package uk.mashline.dialogue;

import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the words of a message outweigh the model's route: a stage named in the policy's own words is the
 * escalation, a decision talked through or not accepted is a disagreement, telling the family before a referral is
 * consent, and a question is never an update to the last answer. The cue phrases are data
 * ({@code dialogue/route-cues.tsv}); {@link Conversation} decides when in a conversation each applies.
 */
public final class RouteOverrides {

    public static final String DEFAULT_FILE = "dialogue/route-cues.tsv";
    private static final List<String> LABELS = List.of("question", "escalation_words", "disagrees", "not_accepted",
            "asks_consent", "child_told", "practice_concern", "complains", "asks_advice", "asks_threshold", "asks_line", "talk_through", "about_staff", "about_staff_me", "own_job_header", "will_refer", "own_lead", "referrer_asks", "parent_not_coping", "family_asks_help", "parent_drinks", "being_assessed", "taken_into_care", "adult_relative", "threatened_report", "decision_words",
            "names_level", "told_of_referral", "wants_a_person", "quotes_someone", "own_subject", "called_them", "age_range", "young_carer", "unreachable", "must_agree",
            "too_slow", "wants_escalation", "escalates_concern", "about_manner", "decision_named", "foster_disagrees", "childs_eating", "promised_secret", "parent_secret", "foster_shares", "foster_child_said", "public_may_report", "stays_out", "denies_complaint", "levels_which",
            "stage_waiting", "asks_at_end", "safety_plan", "consent_first", "rang_999_before", "refers_without_telling",
            "adds_to_referral", "relative_contact", "assessed_asks", "assessed_must", "rings_who_now", "no_child_said",
            // care-43: a volunteer with children asking whom to tell (care-43-a CS01, CL01, CW01)
            "volunteer",
            // facts-47: a council's everyday business asked of (own set facts-47-a LS04: a school place appeal, the escalation)
            "council_business",
            // facts-47: a greeting alone in another language (the blind tester's q47 kind 15: the "which of these" menu)
            "greeting_word",
            // risk-47: the case taken up again after a 999 call made during it (own set risk-47-a AL01, AS01, AN03)
            "back_to_case", "still_to_tell",
            // lead-48: the writer's own safeguarding lead is away (the blind tester's q48 kind 13)
            "lead_away",
            // care-49: a practitioner asking whom to talk to about a worry (own set care-49-a CL01, CS01)
            "asks_whom_to_tell",
            // care-49: a practitioner asking whether they or the family make the referral (own set care-49-a CL02)
            "who_refers",
            // care-49: a thank-you as the first message (own set care-49-b B11, B12)
            "thanks_first",
            // lead-50: a practitioner asking how to refer, the model unsure (the blind tester's q50 F056)
            "how_to_refer");

    private final Map<String, GatedPattern> cues;

    RouteOverrides(List<PatternFile.Labelled> lines) {
        this.cues = lines.stream().collect(Collectors.toUnmodifiableMap(PatternFile.Labelled::label,
                PatternFile.Labelled::gated));
        for (String label : LABELS) {
            if (!cues.containsKey(label)) {
                throw new IllegalStateException(DEFAULT_FILE + ": no '" + label + "' line");
            }
        }
    }

    public static RouteOverrides fromClasspath(String resource) {
        return new RouteOverrides(PatternFile.labelledFromClasspath(resource));
    }

    /** Whether the caller asks something: a question is never taken as an update to the last answer. */
    public boolean asks(String text) {
        return cue("question").foundIn(PatternFile.cueText(text).strip());
    }

    /**
     * "can i text them", "and if i change my mind?", "do i need any information ready": a question that speaks of the
     * answer before it (a pronoun for its people, an opening "and", the line's own business), not a new one of its own.
     */
    public boolean refersBack(String text) {
        return cue("refers_back").foundIn(PatternFile.cueText(text).strip());
    }

    /**
     * "is it going to rain tomorrow", "what time is it": a question of its own on something no answer of the line speaks
     * of, whatever pronoun it has - not a question about the last answer.
     */
    public boolean ownSubject(String text) {
        return cue("own_subject").foundIn(PatternFile.cueText(text).strip());
    }

    /** "hes 8 or 9": the whole message is an age given as a guess between two. */
    public boolean ageRange(String text) {
        return cue("age_range").foundIn(PatternFile.cueText(text).strip());
    }

    /** "i called them", "done it": the whole message says a call was made (right after the 999 answer, that call). */
    public boolean calledThem(String text) {
        return cue("called_them").foundIn(PatternFile.cueText(text).strip());
    }

    /**
     * "Foster carer here. the LA want to move her to her aunts and i dont think its safe": a foster carer objecting to a
     * decision about the child they foster, which is the disagreement whatever the model heard.
     */
    public boolean fosterCarerDisagrees(String text) {
        return cue("foster_disagrees").foundIn(PatternFile.cueText(text));
    }

    /**
     * "the social worker just wont listen to me about my daughters cp plan", "theres a cin plan for my boy and i dont agree
     * with half whats in it" (esc helper's leftovers, 30th session: the complaints answer at night, or early help): a family
     * disputing their child's plan, which is a decision about the child to challenge, not a complaint of how they were treated.
     */
    public boolean familyDisputesPlan(String text) {
        return cue("family_disputes_plan").foundIn(PatternFile.cueText(text));
    }

    /**
     * "the trust have decided shes going back to mum next wk and i dont agree at all. who do i complain to": a decision about
     * the child named, disagreed with, and "complain" said of it (esc-48, own set esc-48-a S05). From a family this is their
     * disagreement, whose answer names the council's complaints process; {@link #disagreesWithNamedDecision} leaves it out
     * because "complain" is said.
     */
    public boolean complainsOfNamedDecision(String text) {
        String t = PatternFile.cueText(text);
        return complaintSaid(t) && cue("disagrees").foundIn(t) && cue("decision_words").foundIn(t)
                && !cue("about_manner").foundIn(t);
    }

    /** "do i have to say yes", "can i say no to it": a family asking whether they must agree to help offered. */
    public boolean mustAgree(String text) {
        return cue("must_agree").foundIn(PatternFile.cueText(text));
    }

    /** "Do i need to tell the parents before i refer?": about consent, whatever the model made of "refer". */
    public boolean asksConsent(String text) {
        return cue("asks_consent").foundIn(PatternFile.cueText(text));
    }

    /** "Rang 999 last nite ..., police came round. do i need to tell you lot as well": a past 999 call, and what else to do. */
    public boolean rang999Before(String text) {
        return cue("rang_999_before").foundIn(PatternFile.cueText(text));
    }

    /** "Do i have to get mums ok first before i refer": a parent's agreement asked about before a referral, in any words. */
    public boolean consentFirst(String text) {
        return cue("consent_first").foundIn(PatternFile.cueText(text));
    }

    /** "I want some advice about a family I'm worried about": asking for advice, not for support for the family. */
    public boolean asksAdvice(String text) {
        return cue("asks_advice").foundIn(PatternFile.cueText(text));
    }

    /**
     * "We sent a referral on Monday and the child has told us more, how do I update it": something to add to a referral
     * already made - the worry's answer and its number, not an escalation.
     */
    public boolean addsToReferral(String text) {
        return cue("adds_to_referral").foundIn(PatternFile.cueText(text));
    }

    /** "Is that for MASH?", "does it meet threshold": whether a case described is one to refer, not about consent. */
    public boolean asksThreshold(String text) {
        return cue("asks_threshold").foundIn(PatternFile.cueText(text));
    }

    /** "Is there a consultation line?": the line professionals ring for advice, on its own. */
    public boolean asksLine(String text) {
        return cue("asks_line").foundIn(PatternFile.cueText(text).strip());
    }

    /** facts-48: "what number do i ring", "who do i call" - a number or whom to ring asked, whatever else the message names. */
    public boolean asksNumber(String text) {
        return cue("asks_number").foundIn(PatternFile.cueText(text).strip());
    }

    /** "Is there someone I can talk it through with": after the consultation answer, the line on its own. */
    public boolean talkThrough(String text) {
        return cue("talk_through").foundIn(PatternFile.cueText(text).strip());
    }

    /** "A colleague is too close to one boy and messages him": a worry about an adult who works with children. */
    public boolean aboutStaff(String text) {
        String t = PatternFile.cueText(text);
        // the writer's own job said first ("childminder, little girl keeps saying ..."): the adult is someone else, if anyone
        java.util.regex.Matcher header = cue("own_job_header").pattern().matcher(t);
        return cue("about_staff").foundIn(header.lookingAt() ? t.substring(header.end()) : t);
    }

    /** A child's "my teacher keeps messaging me and says its our secret": an adult who works with children, to them. */
    public boolean childAboutStaff(String text) {
        return cue("about_staff_me").foundIn(PatternFile.cueText(text));
    }

    /** "Need to refer asap", "I'm making a referral today": a practitioner who has decided to refer, not asking whether. */
    public boolean willRefer(String text) {
        return cue("will_refer").foundIn(PatternFile.cueText(text));
    }

    /**
     * "DSL at a secondary, got to phone through a referral after lunch for a yr 8": a referral being made, with nothing
     * disagreed with, decided or escalated in the words - so the writer's own job ("DSL") and a time ("after lunch") are
     * no stage of a disagreement (lead-41 probe: the escalation's "have you talked it through?").
     */
    public boolean makesAReferral(String text) {
        String t = PatternFile.cueText(text);
        return cue("will_refer").foundIn(t) && !cue("disagrees").foundIn(t) && !cue("decision_words").foundIn(t)
                && !cue("escalation_words").foundIn(t);
    }

    // care-43: "i help out at brownies, just a volunteer ... who do i tell" (own set care-43-a CS01, CL01, CW01: the front door or
    // the NSPCC alone, never the group's own safeguarding lead)
    /** The writer volunteers with children (a club, a group, a team): their organisation's safeguarding lead first. */
    public boolean volunteer(String text) {
        return cue("volunteer").foundIn(PatternFile.cueText(text));
    }

    // care-49: "who should i talk to, should i be doing something" from a teacher, "who should i talk to about this" from a youth
    // worker (own set care-49-a CL01, CS01; the 48th session's leftover: the front door's numbers, never the safeguarding lead)
    /** The writer asks whom to talk to or tell about a worry: for a practitioner, their safeguarding lead first. */
    public boolean asksWhomToTell(String text) {
        return cue("asks_whom_to_tell").foundIn(PatternFile.cueText(text));
    }

    // care-49: "who actually makes the referral to the mash, me or her" from a family support worker (own set care-49-a CL02; the
    // 48th session's leftover "who actually refers, me or them": the early help answer, nothing on who makes it)
    /** The writer asks who makes the referral or contact: the practitioner or the family. */
    public boolean asksWhoRefers(String text) {
        return cue("who_refers").foundIn(PatternFile.cueText(text));
    }

    // care-49: "thank you so much for last night, you really helped" as the first message (own set care-49-b B11, B12, the blind
    // tester's q49 kind 16: the "which of these" menu, or the escalation's role question)
    /** The writer only thanks the line for help before, asking nothing and telling of no worry. */
    public boolean thanksFirst(String text) {
        return cue("thanks_first").foundIn(PatternFile.cueText(text));
    }

    /** "I'm the DSL": the caller is the safeguarding lead the answers would otherwise send them to. */
    public boolean ownLead(String text) {
        return cue("own_lead").foundIn(PatternFile.cueText(text));
    }

    /** "Our DSL is off sick": the safeguarding lead the answers would send the writer to is away. */
    public boolean leadAway(String text) {
        return cue("lead_away").foundIn(PatternFile.cueText(text));
    }

    /** "Unhappy with how a social worker spoke to a child in a meeting": a complaint about a professional's practice. */
    public boolean practiceConcern(String text) {
        String t = PatternFile.cueText(text);
        // "the MASH took 4 days to get back to us, thats unacceptable": how long they took is their practice (North
        // Tyneside's own example of a complaint, 004 lines 48-50), unless the decision itself is disagreed with or refused
        return cue("practice_concern").foundIn(t)
                || cue("too_slow").foundIn(t) && !cue("disagrees").foundIn(t) && !cue("not_accepted").foundIn(t);
    }

    /** "nothing back, is that late?": waiting on the people a stage went to, or asking whether they are late. */
    public boolean waitsOnStage(String text) {
        return cue("stage_waiting").foundIn(PatternFile.cueText(text));
    }

    /**
     * "Would that be level 2 or 3?", "whats the difference between 3 and 4": which of the levels of need a case is, asked
     * in a message of any length; a disagreement naming levels is not one.
     */
    public boolean levelsWhich(String text) {
        return cue("levels_which").foundIn(PatternFile.cueText(text).strip());
    }

    /** "Whats level 2?": a question about one level of need, which the consultation answers from the document. */
    public boolean namesLevel(String text) {
        return cue("names_level").foundIn(PatternFile.cueText(text).strip());
    }

    /** "I want to complain about the school": a complaint about a school in so many words (its own procedure). */
    public boolean complainsOfSchool(String text) {
        return cue("complains_of_school").foundIn(PatternFile.cueText(text));
    }

    /** "I just want to complain about it": asking to complain in so many words, not denying it ("its not a complaint"). */
    public boolean complains(String text) {
        return complaintSaid(PatternFile.cueText(text));
    }

    /** "im not wanting to put a complaint in": a complaint denied in so many words. */
    public boolean deniesComplaint(String text) {
        return cue("denies_complaint").foundIn(PatternFile.cueText(text));
    }

    /**
     * Whether "complain" is said of what the writer wants, on cue text: "im not wanting to put a complaint in, i just want
     * them to change there mind" denies it, and is the disagreement its other words say (risk helper, 32nd session).
     */
    public boolean complaintSaid(String cueText) {
        return cueText.contains("complain") && !cue("denies_complaint").foundIn(cueText);
    }

    /**
     * "Do i need to tell her parents first": whether to tell someone else's child's parents, asked by whoever would pass
     * the worry on (a parent asks about their own child), so someone who has not said who they are is the referrer.
     */
    public boolean asksAsReferrer(String text) {
        String t = PatternFile.cueText(text);
        // ... and referring without telling the child's parents (care-39: the blind tester's kind 6, the parents' text)
        return cue("referrer_asks").foundIn(t) || cue("refers_without_telling").foundIn(t);
    }

    /** "Single father here cant cope": a parent on their own who cannot cope, whose family may get support. */
    /** "My 15yo keeps staying out all night", "keeps going missing": a child going missing, told by who cares for them. */
    public boolean staysOut(String text) {
        return cue("stays_out").foundIn(PatternFile.cueText(text));
    }

    /** "Can a neighbour report a worry or is it just for professionals": whether anyone may pass a worry on. */
    public boolean publicMayReport(String text) {
        return cue("public_may_report").foundIn(PatternFile.cueText(text));
    }

    /** "who can i ring today", "whos on tonight", "is first response still open": whom to ring at this hour (facts-42). */
    /** lead-50: "how do i refer", "how do we make a referral": the referral route asked for (route-cues.tsv how_to_refer). */
    public boolean asksHowToRefer(String text) {
        return cue("how_to_refer").foundIn(PatternFile.cueText(text));
    }

    /** facts-47: a council's everyday business - a school place or its appeal, housing, benefits - asked of (route-cues.tsv). */
    public boolean councilBusiness(String text) {
        return cue("council_business").foundIn(PatternFile.cueText(text));
    }

    /** facts-47: a message that is only a greeting, in any language ("hola", "salam", "ciao"): route-cues.tsv greeting_word. */
    public boolean greetingWord(String text) {
        return cue("greeting_word").foundIn(PatternFile.cueText(text).strip());
    }

    public boolean ringsWhoNow(String text) {
        return cue("rings_who_now").foundIn(PatternFile.cueText(text));
    }

    /** "no children involved", "its not about a child": the caller says no child is in it (facts-42). */
    public boolean noChildSaid(String text) {
        return cue("no_child_said").foundIn(PatternFile.cueText(text));
    }

    public boolean parentNotCoping(String text) {
        return cue("parent_not_coping").foundIn(PatternFile.cueText(text));
    }

    /**
     * "we need some help as a family ... he said once back in the summer he wished he wasnt here but hes been fine since": a
     * family asking support for itself, a dark remark told as past and passed (care-42).
     */
    public boolean familyAsksHelp(String text) {
        return cue("family_asks_help").foundIn(PatternFile.cueText(text));
    }

    /** "dad is on the cans every day and gets nasty with it": a parent's drinking told as a worry (care-42). */
    public boolean parentDrinks(String text) {
        return cue("parent_drinks").foundIn(PatternFile.cueText(text));
    }

    /** "Social services took my 2 kids into care yesterday": a family whose children have been taken into care. */
    public boolean takenIntoCare(String text) {
        return cue("taken_into_care").foundIn(PatternFile.cueText(text));
    }

    /** "My ex keeps saying she will ring social services on me": someone threatens to report the writer's family. */
    public boolean threatenedReport(String text) {
        return cue("threatened_report").foundIn(PatternFile.cueText(text));
    }

    /** "My daughter is 19 and her boyfriend is really controlling": a grown son or daughter, and no child in the words. */
    public boolean adultRelative(String text) {
        return cue("adult_relative").foundIn(PatternFile.cueText(text));
    }

    /** "They want to come and do an assessment on my kids": a family told children's services want to assess them. */
    public boolean beingAssessed(String text) {
        return cue("being_assessed").foundIn(PatternFile.cueText(text));
    }

    /**
     * "The social worker told my partner he cant be on his own with my kids, can they actually do that": a family told of a
     * safety plan's terms (not alone with the children, supervised, moving out), asking whether children's services may.
     */
    public boolean safetyPlan(String text) {
        return cue("safety_plan").foundIn(PatternFile.cueText(text));
    }

    /**
     * care-40: a grandparent or other relative kept from a child by the parents ("my daughter in law wont let me see my
     * grandkids"), no harm told: the family's routes, not a referral.
     */
    public boolean relativeContact(String text) {
        return cue("relative_contact").foundIn(PatternFile.cueText(text));
    }

    /** care-40: "what will they ask me", in the message that tells of an assessment. */
    public boolean assessedAsks(String text) {
        return cue("assessed_asks").foundIn(PatternFile.cueText(text));
    }

    /** care-40: "do i have to let her in", "can i say no to it", in the message that tells of an assessment. */
    public boolean assessedMust(String text) {
        return cue("assessed_must").foundIn(PatternFile.cueText(text));
    }

    /**
     * "The school have made a referral to the mash about us", "social services rang me saying someone reported us": a
     * family told that someone passed a worry about them on (not their own referral, an assessment or a complaint).
     */
    public boolean toldOfReferral(String text) {
        // care-45: "i want to complain about the social worker from the mash who rang me, she was so rude" (own set care-45-a
        // CN03: who passed the worry on) is a complaint, as this says
        String t = PatternFile.cueText(text);
        return !complaintSaid(t) && cue("told_of_referral").foundIn(t);
    }

    /**
     * "Social care stepped a family down to early help and we dont agree": a decision named in words the fact finder
     * does not read as one, with disagreeing words (not a complaint).
     */
    public boolean disagreesWithNamedDecision(String text) {
        String t = PatternFile.cueText(text);
        return !complaintSaid(t) && cue("disagrees").foundIn(t) && cue("decision_words").foundIn(t);
    }

    /**
     * "they have decided im not allowed to move into semi independent yet, i disagree": disagreeing words beside a decision
     * made ("decided", "decision"), in words a young person uses of a decision about their own care (not a complaint).
     */
    public boolean disagreesWithADecision(String text) {
        String t = PatternFile.cueText(text);
        return !complaintSaid(t) && cue("disagrees").foundIn(t) && cue("decided").foundIn(t);
    }

    /** "im going to take it to my manager first": the caller taking a disagreement to their own manager or lead. */
    public boolean toOwnManager(String text) {
        return cue("to_own_manager").foundIn(PatternFile.cueText(text));
    }

    /** "our AD will take it to their deputy director on 21st dec": a disagreement taken up the line, now or to come. */
    public boolean takesItUp(String text) {
        return cue("takes_it_up").foundIn(PatternFile.cueText(text));
    }

    /** "She told me tonight that...": an adult saying a child told them (with a disclosure, kept for what comes next). */
    public boolean childTold(String text) {
        return cue("child_told").foundIn(PatternFile.cueText(text));
    }

    /** Words that report someone else's speech ("she said", "he told me", a quotation mark): a quotation, not the writer. */
    public boolean quotesSomeone(String text) {
        return cue("quotes_someone").foundIn(PatternFile.cueText(text));
    }

    /**
     * A message that names an escalation stage in the policy's own words ("escalated to stage 1 yesterday", "what is
     * stage 2?"), a decision disagreed with where nobody said "complain" ("disagree with mash, im a teacher"), the
     * model's doubtful escalation in the policy's own word ("i need to escalate something"), or a decision talked
     * through or not accepted ("MASH decided NFA, I spoke to the manager and it's still NFA, what's next").
     *
     * @param stated          the facts of the conversation so far, with this message's
     * @param modelEscalation whether the model placed the message on the escalation route, however sure
     */
    public boolean statesEscalation(String text, Slots stated, boolean modelEscalation) {
        String t = PatternFile.cueText(text);
        if (stated.has(Slots.STAGE) && cue("escalation_words").foundIn(t)) {
            return true;
        }
        if (complaintSaid(t)) {
            return false;
        }
        boolean disagrees = cue("disagrees").foundIn(t);
        return (disagrees && (stated.has(Slots.DECISION) || modelEscalation || cue("decision_words").foundIn(t)))
                || (stated.has(Slots.DECISION)
                        && (stated.has(Slots.INITIAL_DISCUSSION) || cue("not_accepted").foundIn(t)));
    }

    /** "heard nothing" said beside a decision and a stage's people, and such short tellings: at most this many words. */
    private static final int TOLD_DECISION_WORDS = 25;

    /**
     * A practitioner's disagreement the model placed on another route: a decision and the stage's people it was taken to
     * in one message ("GP here. Mash decided no further action on my referral ..., I rang their team manager yesterday
     * and heard nothing": the concern report); the policy's own word for what they want where the model heard a complaint
     * or a wish for a person ("2 weeks since I referred, chased twice, need this escalated": the complaints answer); or a
     * practitioner telling, and asking nothing, of another agency's decision ("they stepped the family down to early
     * help": early help). Never where "complain" is said, nor a family's telling (early help is what it means for them).
     *
     * @param decisionStated this message states the decision disagreed with (the decision slot)
     * @param stageNamed     this message placed the case at a stage of the partnership's policy by its people
     */
    public boolean unheardEscalation(String text, Route model, boolean professional, boolean decisionStated,
                                     boolean stageNamed) {
        String t = PatternFile.cueText(text);
        if (complaintSaid(t) || model == Route.ESCALATION || model == Route.IMMEDIATE_RISK) {
            return false;
        }
        if (decisionStated && stageNamed) {
            return true;
        }
        // "hi, escalation question. im the dsl at a primary" (esc helper's own set, 35th session: the greeting's menu)
        if (cue("escalation_words").foundIn(t) && (model == Route.COMPLAINT || model == Route.GREETING
                || model == Route.HUMAN_HANDOFF && !cue("wants_a_person").foundIn(t))) {
            return true;
        }
        // "spoke to there team manger on friday" beside a decision the fact finder could not read ("no futher action"):
        // a practitioner who names the stage's people it went to, asking nothing (typed-as-users-esc-13 U20, after the
        // model retrained on 2 Dec heard a consultation)
        // ... asking nothing: neither a question of its own nor one closing the case told ("..., doesnt meet threshold for CSC,
        // how do i start an EHA": the question is the route, not the decision told before it)
        return professional && (decisionStated || stageNamed || cue("decision_words").foundIn(t)) && !asks(text)
                && !cue("asks_at_end").foundIn(t) && Words.in(text) <= TOLD_DECISION_WORDS
                && (model == Route.EARLY_HELP || model == Route.REPORT_CONCERN || model == Route.CONSULTATION
                        || model == Route.OUT_OF_SCOPE);
    }

    /**
     * "I want to complain about first response NFA'ing my referral, the child is at risk": a practitioner complaining of
     * a decision, which every partnership's policy takes through its escalation stages, not its complaints process (esc
     * helper's unseen set, 21st session: the complaints answer, then the talk's day thanked as a complaint's detail).
     * Not how someone behaved beside it ("the SW was rude and closed the case"), nor a family, who complain of decisions
     * through the council (Medway 002 line 525, Sandwell 003 line 118).
     *
     * @param decisionStated this message states the decision complained of (the decision slot)
     */
    public boolean complainsOfDecision(String text, boolean professional, boolean decisionStated) {
        String t = PatternFile.cueText(text);
        return professional && complaintSaid(t) && (decisionStated || cue("decision_words").foundIn(t)
                || cue("decision_named").foundIn(t)) && !cue("about_manner").foundIn(t) && !practiceConcern(text);
    }

    /**
     * care-48: "i dont disagree with the plan or anything i just want someone to know how she spoke to me" after the complaints
     * answer (own set care-48-a AW06: the escalation policy's "are you a professional?"): how someone behaved, with no
     * disagreement in the words (a disagreement denied is none: route-cues.tsv disagrees).
     */
    public boolean mannerNotDecision(String text) {
        String t = PatternFile.cueText(text);
        return cue("about_manner").foundIn(t) && !cue("disagrees").foundIn(t) && !cue("wants_escalation").foundIn(t);
    }

    /**
     * "I'm the DSL, I need to escalate something about a kid on a CIN plan": wanting to escalate in so many words, not
     * a worry passed on to the front door ("escalate my concerns to the MASH") nor advice asked for.
     */
    public boolean wantsEscalation(String text) {
        String t = PatternFile.cueText(text);
        return cue("wants_escalation").foundIn(t) && !cue("escalates_concern").foundIn(t) && !cue("asks_advice").foundIn(t)
                && !complaintSaid(t);
    }

    /**
     * "i still want to escalate the step down though", "back to the nfa, i want to challenge it": a disagreement with a
     * decision taken up in so many words (wanting to escalate, or disagreeing or the policy's words beside a decision),
     * never a complaint nor a worry passed on to the front door.
     */
    public boolean takesUpDisagreement(String text) {
        String t = PatternFile.cueText(text);
        // "its escalating" alone is the danger growing, not a disagreement: the policy's word counts only beside a decision
        boolean aboutADecision = cue("decision_words").foundIn(t) || cue("decision_named").foundIn(t);
        return !complaintSaid(t) && !cue("escalates_concern").foundIn(t) && (cue("wants_escalation").foundIn(t)
                || (aboutADecision && (cue("disagrees").foundIn(t) || cue("escalation_words").foundIn(t))));
    }

    /**
     * "back to mine, when should stage 1 have been done by", "so for the mash thing, who do i ring on monday": the case the
     * conversation was about taken up again in so many words, after something else (a 999 call made meanwhile).
     */
    public boolean backToTheCase(String text) {
        return cue("back_to_case").foundIn(PatternFile.cueText(text));
    }

    /** "do i still need to ring first response after": whether to tell children's services too, once the call was made. */
    public boolean stillToTell(String text) {
        return cue("still_to_tell").foundIn(PatternFile.cueText(text));
    }

    /**
     * "whats the timescale for stage 1 anyway", "so back to the escalation": the policy's own words, never a complaint nor a
     * worry passed on to the front door ("escalate my concerns"). Asked only of a chat that was already an escalation.
     */
    public boolean namesTheEscalation(String text) {
        String t = PatternFile.cueText(text);
        return !complaintSaid(t) && !cue("escalates_concern").foundIn(t) && cue("escalation_words").foundIn(t);
    }

    /** "then i want a real one", "can i speak to someone": a person asked for in so many words. */
    public boolean wantsAPerson(String text) {
        return cue("wants_a_person").foundIn(PatternFile.cueText(text));
    }

    /** "i look after my mum and my little brothers", "im a young carer": someone (a child, once the role is known) who cares at home. */
    public boolean youngCarer(String text) {
        return cue("young_carer").foundIn(PatternFile.cueText(text));
    }

    /** "anything i need ready before i call?": what to have ready when referring, asked in so many words. */
    public boolean asksWhatToHaveReady(String text) {
        return cue("asks_ready").foundIn(PatternFile.cueText(text));
    }

    /** "my daughter is making herself sick after tea": a worry about a child's eating, a health worry first (their GP). */
    public boolean childsEating(String text) {
        return cue("childs_eating").foundIn(PatternFile.cueText(text));
    }

    /**
     * "she told me her dad hits her but made me promise not to tell": a child who asked the writer to keep harm secret
     * (care helper's first set, 28th session: the numbers, and nothing on the promise).
     */
    /**
     * "mum told me her partner hits her but begged me not to pass it on": a parent or carer who asked the writer to keep what
     * they told to themselves, not a child's secret.
     */
    public boolean parentSecret(String text) {
        return cue("parent_secret").foundIn(PatternFile.cueText(text));
    }

    /** "im a foster carer ... am i allowed to tell them?": a foster carer asking whether they may share or pass something on. */
    public boolean fosterShares(String text) {
        return cue("foster_shares").foundIn(PatternFile.cueText(text));
    }

    /** After {@link #fosterShares}: the foster carer tells of something the child said ("what my foster daughter said"). */
    public boolean fosterChildSaid(String text) {
        return cue("foster_child_said").foundIn(PatternFile.cueText(text));
    }

    public boolean promisedSecret(String text) {
        return cue("promised_secret").foundIn(PatternFile.cueText(text));
    }

    /** "im scared to ring", "what if i get in trouble for calling": afraid to make the call (read right after the 999 answer). */
    public boolean scaredToCall(String text) {
        return cue("scared_to_call").foundIn(PatternFile.cueText(text));
    }

    /** "she isnt answering now", "his phone is off": someone who cannot be reached (read after a threat to end their life). */
    public boolean unreachable(String text) {
        return cue("unreachable").foundIn(PatternFile.cueText(text));
    }

    /** "they fly on monday", "we leave tomorrow": a trip abroad soon (read after FGM or a forced marriage was told of). */
    public boolean tripSoon(String text) {
        return cue("trip_soon").foundIn(PatternFile.cueText(text));
    }

    private GatedPattern cue(String label) {
        return cues.get(label);
    }

}
