package uk.mashline.dialogue;

import uk.mashline.knowledge.EscalationStage;
import uk.mashline.nlu.Slots;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known of the case once a message is read: the facts of earlier turns updated by this message's (a stage named
 * in the partnership's words, another agency's decision, whose harm it is, an online service told of), and who is
 * writing. Facts said once are never asked for again; a role said once is kept unless a professional or a child says
 * otherwise.
 */
final class KnownFacts {

    /** The decision slot's value for another agency's decision ({@link Slots#DECISION}). */
    private static final String DECIDED_BY_AN_AGENCY = "agency";
    /** "im 12", "I am 12 years old": an age given on its own, not a sentence that also says more. */
    private static final int AGE_ANSWER_WORDS = 5;
    /** "yesterday", "on monday", "last thurs morning": a day and nothing else (esc-46). */
    private static final int BARE_DAY_WORDS = 3;
    private static final int YOUNGEST_WRITER = 5;
    static final int OLDEST_CHILD = 17;
    /** An age said of someone else ("hes 4", "theyre 5 and 7", "my son is 6"), or two ages at once. */
    private static final java.util.regex.Pattern SOMEONE_ELSES_AGE = java.util.regex.Pattern.compile(
            "\\b(?:he|she|they|hes|shes|theyre|he'?s|she'?s|they'?re|his|her|their|both|my (?:son|daughter|kids?|children|"
                    + "boy|girl|boys|girls|grandson|granddaughter|niece|nephew|baby))\\b|\\d+\\s*(?:and|&|,)\\s*\\d+");

    private final CallerRoleDetector roles;
    private final DisclosureDetector disclosures;
    private final FollowUpAdvisor followUps;
    private final OnlineFollowUps online;
    private final WhoseHarm whose;
    private final RouteOverrides overrides;
    private final StageTakenTo stageTakenTo;
    private final DirectQuestions questions;

    KnownFacts(CallerRoleDetector roles, DisclosureDetector disclosures, FollowUpAdvisor followUps,
               OnlineFollowUps online, WhoseHarm whose, RouteOverrides overrides, StageTakenTo stageTakenTo,
               DirectQuestions questions) {
        this.roles = roles;
        this.disclosures = disclosures;
        this.followUps = followUps;
        this.online = online;
        this.whose = whose;
        this.overrides = overrides;
        this.stageTakenTo = stageTakenTo;
        this.questions = questions;
    }

    /**
     * The facts of earlier turns updated by this message's, and the caller's role from either: a role is
     * taken when none was known, or when it says a professional or a child is writing (a parent's message
     * quoting a child does not make a professional a child).
     */
    AdviceRequest withKnownFacts(AdviceRequest request) {
        ConversationState state = request.state();
        Map<String, String> stated = new HashMap<>(request.slots().values());
        // "2" to "have you talked it through?" after "we have escalated already" (esc helper's unseen set, 18th session:
        // "please reply yes or no" twice, then the date thanked): a stage of the policy reached, which comes after the talk
        Optional<Integer> bare = request.slots().number(Slots.NUMBER).filter(n -> n >= 1
                && request.partnership().escalationPolicy().stage(n).isPresent());
        if (Slots.INITIAL_DISCUSSION.equals(state.dialogue().awaiting()) && bare.isPresent()
                && !stated.containsKey(Slots.STAGE)) {
            stated.put(Slots.STAGE, String.valueOf(bare.get()));
            stated.put(Slots.INITIAL_DISCUSSION, Slots.YES);
            stated.put(EscalationAdvisor.STAGE_NAMED, Slots.YES);
        }
        // "can i escalate this to stage 2 now? ... their TM hasnt replied since 25/11": the stage asked about is not the case's
        // (esc helper's unseen set, 18th session: counted at stage 2); its people named place it instead
        if (stated.remove(Slots.STAGE_ASKED) != null) {
            // "had a word with the allocated sw on 27/11 ... what is stage one and when is it due" (esc helper's second set,
            // 20th session: asked which stage): the first stage asked about after the talk told is the next step, the
            // case at the talk
            boolean firstAfterTalk = "1".equals(stated.get(Slots.STAGE))
                    && Slots.YES.equals(stated.get(Slots.INITIAL_DISCUSSION));
            stated.remove(Slots.STAGE);
            if (firstAfterTalk) {
                stated.put(Slots.STAGE, "0");
            }
        }
        // a bare yes, no or number answers this turn's question; it is not a fact to keep
        stated.remove(Slots.ANSWER);
        stated.remove(Slots.NUMBER);
        // the role rules' child before the name finder's guess: a child's own words ("my mum has a new boyfriend and he walks
        // in when im in the shower", lead's child sweep, 22nd session) hold a family word the name finder reads as a
        // parent's; the rules put every professional's words before any child's, so a teacher is never read as a child
        // (the rules are read only where the name finder found no role or a family's or the public's)
        // the name finder's child in words that tell only of others ("her mums boyfriend shouts at her and shes scared to go
        // home after school"; lead's set, 27th session: the 999 reply worded for a child, "are you somewhere safe?", to an
        // aunt): a child tells of their own harm with an I, a me or a my, so whoever wrote this has not said who they are
        Optional<CallerRole> named = Optional.ofNullable(stated.remove(Slots.ROLE)).map(CallerRole::valueOf)
                .filter(r -> r != CallerRole.CHILD || !roles.aboutOthersOnly(request.text()));
        Optional<CallerRole> said = named;
        // a job signed first ("youth worker. 13yo ... says shes scared to go home", "camhs nurse. ... my 15yo patient") is who
        // writes, whatever child or family the name finder read in the rest: the child or family is the one told of (esc
        // helper's unseen sets, 24th session: the 999 reply worded for a child, a family's answer to a nurse)
        // a pupil who told the writer ("year 9 pupil just told me ...") likewise (risk helper, 24th session: answered as the child)
        // the rules' plain reading of the writer, once: a job, a child or an adult in so many words
        Optional<CallerRole> plain = roles.plainly(request.text());
        boolean signed = named.filter(CallerRole.PROFESSIONAL::equals).isEmpty() && (roles.signedAsProfessional(request.text())
                || plain.filter(CallerRole.PROFESSIONAL::equals).isPresent());
        // a child's words the rules make plain ("send a pic in my school uniform": care helper's unseen set, 25th session - the
        // name finder read "my school" as a teacher's, and the professionals' answer followed) stand over the name finder too
        boolean plainlyChild = !signed && plain.filter(CallerRole.CHILD::equals).isPresent();
        // an adult telling of their own childhood with their age now ("im 30 now and my uncle abused me when i was a kid":
        // care helper's unseen set, 27th session - answered as a child, with Childline) is an adult, whatever child the name
        // finder read in "a kid" or the disclosure's words
        boolean plainlyAdult = !signed && plain.filter(CallerRole.PUBLIC::equals).isPresent();
        // a family in its own words ("the social worker has put us on a child in need plan": esc helper's unseen set, 29th
        // session - the name finder read a professional, and a mother got the escalation stages) stands over the name finder
        boolean plainlyFamily = !signed && plain.filter(CallerRole.PARENT_FAMILY::equals).isPresent();
        if (signed) {
            said = Optional.of(CallerRole.PROFESSIONAL);
        } else if (plainlyAdult) {
            said = Optional.of(CallerRole.PUBLIC);
        } else if (plainlyFamily) {
            said = Optional.of(CallerRole.PARENT_FAMILY);
        } else if (named.isEmpty() || named.get().isFamilyOrPublic() || plainlyChild) {
            Optional<CallerRole> ruled = roles.detect(request.text());
            said = ruled.filter(CallerRole.CHILD::equals).or(() -> named).or(() -> ruled);
        }
        Optional<String> disclosed = disclosures.detect(request.text());
        // care-43: an adult who passed on a worry stays one when they ask if the family will know it was them ("will my sister
        // know it was me" from an aunt who rang about her sister's children, own set care-43-a CN02: "my sister" read as a
        // child's sibling, and Childline's words on telling followed; the cue is dialogue/asked.tsv knownAsReporter)
        if (state.role().isFamilyOrPublic() && !plainlyChild && disclosed.isEmpty()
                && AskedCues.asks(AskedCues.KNOWN_AS_REPORTER, request.text())) {
            said = said.filter(r -> r != CallerRole.CHILD);
        }
        // "my stepdad hits me" is a child telling of their own harm, even after a "1" for professional (but not
        // from someone who named their job: a teacher may quote a child) - unless the message gives the writer's own age
        // with it: "im 12 and my stepdad hits me" after "health visitor here" or "im a teacher" is a child writing, and a
        // teacher quoting a pupil does not say "im 12" (lead's mid-flow sweep, 2 Dec: the professional's answer)
        // - or a child's own words with nothing that reports another's speech: "my mum hits me with the remote and i have
        // marks" after "nursery manager here" is not a quotation (lead's mid-flow sweep, 16th session: the professionals'
        // 999 reply, no Childline); "she said her mum hits her" or a quoted "my mum hits me" stays the teacher's
        boolean ownAge = request.slots().has(Slots.CHILD_AGE);
        boolean ownWords = ownAge || !overrides.quotesSomeone(request.text());
        // a young person who gave their own age stays one for "will u tell my school" (care helper's first set, 27th session:
        // "my school" read as a teacher's, and the professionals' consent rules followed a 14-year-old's self-harm): only a
        // job named in so many words makes them a professional
        // so does one who has told of their own harm, whatever job the name finder reads in "thanks" (care helper's first set,
        // 28th session: "is the child safe now?" to a child who had told of her brother hurting her)
        boolean childStays = state.role() == CallerRole.CHILD && (state.slots().has(Slots.CHILD_AGE)
                || state.slots().has(DisclosureAdvisor.SLOT)) && !signed;
        CallerRole role = said.filter(r -> !(childStays && r == CallerRole.PROFESSIONAL))
                .filter(r -> replaces(state.role(), r) || (r == CallerRole.CHILD && disclosed.isPresent()
                && (!state.slots().has(Slots.PROFESSION) || ownWords))).orElse(state.role());
        // "do i need to tell her parents first" from someone who has not said who they are: the one who would refer
        if (!role.isKnown() && overrides.asksAsReferrer(request.text())
                && !state.slots().flag(WhoseHarm.ABOUT_A_FRIEND).orElse(false)) {
            role = CallerRole.PROFESSIONAL;
        }
        disclosed.ifPresent(kind -> stated.put(DisclosureAdvisor.SLOT, kind));
        // "she made me promise not to tell her mum" from an adult: kept, so "so is that a yes" next is answered for that case
        // ... and from a parent who told a practitioner and asked them to keep it to themselves: theirs, not a child's secret
        // (care helper's brief, 38th session: the child's-secret text to a health visitor a mother asked not to pass on)
        boolean parentSecret = role != CallerRole.CHILD && overrides.parentSecret(request.text());
        if (parentSecret) {
            stated.put(ConsentAdvisor.PARENT_SECRET, Slots.YES);
        } else if (role != CallerRole.CHILD && overrides.promisedSecret(request.text())) {
            stated.put(ConsentAdvisor.SECRET_ASKED, Slots.YES);
        }
        // a child who told of fear at home has told something: "ok" next is a check-in, not "tell me what is worrying you"
        if (disclosed.isEmpty() && role == CallerRole.CHILD && disclosures.frightenedChild(request.text())) {
            stated.put(DisclosureAdvisor.SLOT, DisclosureDetector.FRIGHTENED);
        }
        // new harm or danger: whether the child is safe is a question again
        if (disclosed.isPresent() || request.classification().route() == Route.IMMEDIATE_RISK) {
            stated.put(DisclosureAdvisor.SAID_SAFE, Slots.NO);
        }
        if (disclosed.isPresent() && role != CallerRole.CHILD && !parentSecret && overrides.childTold(request.text())) {
            stated.put(DisclosureAdvisor.TOLD, Slots.YES);
        }
        Optional<String> toldOnline = online.told(request.text());
        toldOnline.ifPresent(service -> stated.put(OnlineFollowUps.SLOT, service));
        if (toldOnline.isPresent() && !role.isKnown() && whose.ownPictures(request.text())) {
            stated.put(OnlineFollowUps.OWN_PICTURES, Slots.YES);
        }
        List<String> services = online.toldAll(request.text());
        if (!services.isEmpty()) {
            stated.put(OnlineFollowUps.SERVICES_SLOT, String.join(" ", services));
        }
        // "my best mate keeps cutting herself": the harm is a friend's, so "im 15" next is the writer's age (lead's N10);
        // only a message that tells of harm or danger says whose it is ("im at my friends house" does not)
        if (disclosed.isPresent() || request.classification().route() == Route.IMMEDIATE_RISK) {
            whose.aboutAFriend(request.text())
                    .ifPresent(friend -> stated.put(WhoseHarm.ABOUT_A_FRIEND, friend ? Slots.YES : Slots.NO));
        }
        // "my big brother cuts his arms", harm the detector may not hear as such: whom the replies for a friend's harm name in
        // place of "your friend" (care-41; RelationWord), from any message that tells of someone else's
        whose.aboutAFriend(request.text()).filter(Boolean::booleanValue)
                .flatMap(friend -> whose.relation(request.text()))
                .ifPresent(whom -> stated.put(WhoseHarm.ABOUT_WHOM, whom));
        // a child who was asked what is worrying them and now says more than "ok" or their age has told something
        boolean onlyAge = (request.slots().has(Slots.CHILD_AGE) || request.slots().has(Slots.NUMBER))
                && Words.in(request.text()) <= AGE_ANSWER_WORDS;
        if (state.slots().flag(DisclosureAdvisor.INVITED).orElse(false) && !request.slots().has(Slots.ANSWER) && !onlyAge
                && !followUps.acknowledges(request.text())) {
            stated.put(DisclosureAdvisor.INVITED, Slots.NO);
        }
        // "we did, last tues" to "have you talked it through?": the day of that first talk, not of a stage, where the
        // document does not make the talk a stage (Sandwell's initial discussion, line 154; Medway's, 529) - a stage asked
        // next has its own day asked (esc helper's unseen set, 15th session: stage 1 counted from the talk); a stage or its
        // people named with the day keep it ("went to their team manager on the 20th")
        if (Slots.INITIAL_DISCUSSION.equals(state.dialogue().awaiting()) && stated.containsKey(Slots.RAISED_ON)
                && !stated.containsKey(Slots.STAGE)
                && request.partnership().escalationPolicy().discussionIsStage().isEmpty()
                && stageTakenTo.reached(request.text(), request.partnership().escalationPolicy()).isEmpty()) {
            stated.remove(Slots.RAISED_ON);
        }
        // "right so wednesday then?", "so the 21st?" after a dated escalation answer (the blind tester's kind E3, 33rd session:
        // read as a new day raised, and a different due date given): the due day said back to check it, not a new day - the
        // case keeps its own, and its answer is given again
        // esc-49: ... and right after a 999 answer in an escalation, the check its last sentence ("police came and took him.
        // back to the escalation, is it the 29th": own set esc-49-a SA05, LA05 - the case started again from the 29th)
        // (the 999 answer waits on "is the child safe now?", not on the escalation's questions)
        if (state.slots().has(Slots.RAISED_ON)
                && (state.dialogue().last() == Route.ESCALATION && state.dialogue().awaiting() == null
                        || state.dialogue().last() == Route.IMMEDIATE_RISK)
                && (questions.checksBack(request.text()) || questions.checksBack(lastSentence(request.text())))) {
            stated.remove(Slots.RAISED_ON);
        }
        // "the scsp chair had the resolution meeting on thurs 3rd, when should we get the outcome?" (esc helper's brief, 38th
        // session: counted as stage 4 raised that day): the day told is the meeting's, from which the document dates the
        // outcome; kept for "it was wed 9th" on a later turn
        if (questions.saysMeetingHeld(request.text())) {
            stated.put(EscalationAdvisor.MEETING_HELD, Slots.YES);
            // "the scsp chair held the resolution meeting on 20/11/2026": the meeting's people name its stage
            if (!stated.containsKey(Slots.STAGE) && !state.slots().has(Slots.STAGE)) {
                String text = PatternFile.cueText(request.text());
                request.partnership().escalationPolicy().stages().stream()
                        .filter(s -> s.outcomeMonthsAfterMeeting() != null && s.heldBy().stream().anyMatch(text::contains))
                        .findFirst().ifPresent(s -> {
                            stated.put(Slots.STAGE, String.valueOf(s.number()));
                            stated.put(Slots.INITIAL_DISCUSSION, Slots.YES);
                        });
            }
        }
        // esc-46: a bare day ("yesterday", "on monday") right after an escalation answer that asked nothing and said "if you
        // have not spoken to the person who made the decision yet, start there" (North Tyneside, West Sussex) is the day of
        // that talk: it was had, so the answer moves on to what follows it, not the same answer again (own set esc-46-a N06)
        if (state.dialogue().awaiting() == null && state.dialogue().last() == Route.ESCALATION
                && !state.slots().has(Slots.INITIAL_DISCUSSION) && !stated.containsKey(Slots.INITIAL_DISCUSSION)
                && stated.containsKey(Slots.RAISED_ON) && !stated.containsKey(Slots.STAGE)
                && Words.in(request.text()) <= BARE_DAY_WORDS) {
            stated.put(Slots.INITIAL_DISCUSSION, Slots.YES);
        }
        // esc-50: ... and so is "yes they wont budge", "yes i rang them" there, now that a relative where anyone may disagree (North
        // Tyneside) is answered with the contact and not asked whether they talked it through (typed-as-users-esc-13 U26: "Thank
        // you for letting me know"): the talk had, so the answer moves on to another, more senior review
        if (state.dialogue().awaiting() == null && state.dialogue().last() == Route.ESCALATION
                && !state.slots().has(Slots.INITIAL_DISCUSSION) && !stated.containsKey(Slots.INITIAL_DISCUSSION)
                && !stated.containsKey(Slots.STAGE) && Words.in(request.text()) <= KEPT_IT_WORDS
                && !ASKS_OR_IFS.matcher(request.text().toLowerCase(java.util.Locale.UK)).find()
                && (questions.saysTalked(request.text()) || stageTakenTo.saysNo(request.text()))) {
            stated.put(Slots.INITIAL_DISCUSSION, Slots.YES);
        }
        Slots known = state.slots().updatedBy(new Slots(stated));
        // "stage 2" in words is the numbered stages' own, whatever route the decision has (EscalationAdvisor.ownRoute)
        if (stated.containsKey(Slots.STAGE) && request.slots().number(Slots.STAGE).filter(n -> n > 0).isPresent()) {
            known = known.with(EscalationAdvisor.STAGE_NAMED, Slots.YES);
        }
        // "social care stepped a family down to early help and we dont agree": another agency's decision, not asked for
        if (!known.has(Slots.DECISION) && overrides.disagreesWithNamedDecision(request.text())) {
            known = known.with(Slots.DECISION, DECIDED_BY_AN_AGENCY);
        }
        // "raised it with the team manager" names the stage reached in this partnership's policy; so it does after an answer
        // given for the first discussion only (stage 0): "went to their team manager 23.11" next is stage 1 from that day
        // (esc helper's unseen set, 16th session: stage 1 counted from today again)
        if (known.number(Slots.STAGE).filter(n -> n > 0).isEmpty()) {
            boolean atNoStage = !known.has(Slots.STAGE);
            Optional<Integer> reached = stageTakenTo.reached(request.text(), request.partnership().escalationPolicy())
                    .filter(n -> n > 0 || atNoStage);
            if (reached.isPresent()) {
                known = known.with(Slots.STAGE, String.valueOf(reached.get()));
                // "ok im going to take it to my manager first, how long have i got" (esc helper's unseen set, 29th session:
                // asked on what date that stage was raised): raised today, where no day was said
                if (reached.get() > 0 && !request.slots().has(Slots.RAISED_ON) && stageTakenTo.takenNow(request.text())) {
                    known = known.with(Slots.RAISED_ON, request.now().toLocalDate().toString());
                }
                // no stage is reached without the first discussion ("escalated to the directors on 25/11", flows 8
                // probe R04: asked whether it had been talked through); the caller's own manager, where the document
                // puts them before the stages (stage 0: "went to my manager" in Medway), answers that question too
                if (!known.has(Slots.INITIAL_DISCUSSION)) {
                    known = known.with(Slots.INITIAL_DISCUSSION, Slots.YES);
                }
            }
        }
        // esc-44: "were at the last stage, the panel", "weve been through all 4 stages" (own set esc-44-a XL02, XS04, XN04: the
        // role asked, then "what decision do you disagree with?", the last stage forgotten): the policy's last numbered stage,
        // and the first discussion had; a document with no numbered stages (West Sussex) keeps only the discussion had
        if (known.number(Slots.STAGE).filter(n -> n > 0).isEmpty()
                && AskedCues.asks(AskedCues.LAST_STAGE_SAID, request.text())) {
            List<EscalationStage> all = request.partnership().escalationPolicy().stages();
            if (!all.isEmpty()) {
                known = known.with(Slots.STAGE, String.valueOf(all.get(all.size() - 1).number()));
                // ... and "what happens next" asked with no day given: answered without the day, not asked for it first
                if (!known.has(Slots.RAISED_ON) && AskedCues.asks(AskedCues.NEXT_ASKED, request.text())) {
                    known = known.with(FlowEngine.SKIPPED, known.get(FlowEngine.SKIPPED)
                            .map(s -> s + "," + Slots.RAISED_ON).orElse(Slots.RAISED_ON));
                }
            }
            if (!known.has(Slots.INITIAL_DISCUSSION)) {
                known = known.with(Slots.INITIAL_DISCUSSION, Slots.YES);
            }
        }
        // "stage 1 n 2 went nowhere so its been sat with the AD since tues", "stage one failed, its with the service managers
        // now" (esc helper's leftover, 30th session, E7: the stage after the numbered ones answered, from today): the stages
        // numbered are behind the caller, and the people named after them hold the stage the case is at now
        Optional<Integer> numbered = request.slots().number(Slots.STAGE).filter(n -> n > 0)
                .filter(n -> !request.slots().has(Slots.STAGE_ASKED));
        if (numbered.isPresent()) {
            Optional<Integer> holders = stageTakenTo.reached(request.text(), request.partnership().escalationPolicy())
                    .filter(n -> n > numbered.get());
            if (holders.isPresent()) {
                known = known.with(Slots.STAGE, String.valueOf(holders.get()));
            }
        }
        // "our head of service emailed theirs" where no stage of the policy names heads of service: the talk was had, and
        // the stage is asked beside a word that the policy does not name them - never guessed (esc helper, 16th session)
        if (!known.has(Slots.STAGE)) {
            Optional<String> unnamed = stageTakenTo.unnamed(request.text(), request.partnership().escalationPolicy());
            if (unnamed.isPresent()) {
                known = known.with(EscalationAdvisor.UNNAMED, unnamed.get());
                if (!known.has(Slots.INITIAL_DISCUSSION)) {
                    known = known.with(Slots.INITIAL_DISCUSSION, Slots.YES);
                }
            }
        }
        // "ive already done stage 1 ... what now": with no date, the next stage is the answer (flows 8, F02)
        if (request.slots().has(Slots.STAGE) && !request.slots().has(Slots.RAISED_ON)
                && known.get(Slots.STAGE).equals(request.slots().get(Slots.STAGE))
                && questions.saysStageDone(request.text(), request.slots().number(Slots.STAGE).orElseThrow())) {
            known = known.with(EscalationAdvisor.STAGE_DONE, request.slots().get(Slots.STAGE).orElseThrow());
        }
        // "stage 2 meeting with heads of service didnt resolve it on 27th nov", "had the meeting with the senior managers,
        // still not sorted": that stage is behind the caller, whatever day it was, so the next stage is the answer (the
        // last session's known failure: stage 2 counted from the 27th)
        Optional<Integer> unresolved = stageTakenTo.leftUnresolved(request.text(),
                request.partnership().escalationPolicy(), request.slots().number(Slots.STAGE));
        if (unresolved.isPresent() && !known.has(Slots.STAGE)) {
            known = known.with(Slots.STAGE, String.valueOf(unresolved.get()));
            if (!known.has(Slots.INITIAL_DISCUSSION)) {
                known = known.with(Slots.INITIAL_DISCUSSION, Slots.YES);
            }
        }
        if (unresolved.isPresent() && known.number(Slots.STAGE).equals(unresolved)) {
            known = known.with(EscalationAdvisor.STAGE_DONE, String.valueOf(unresolved.get()));
        }
        // esc-50: "but they wont budge" on its own right after the answer for the case's dated stage (own set esc-50-a MB02, the
        // esc-49 leftover on Medway: that stage's date again): its people kept the decision, so that stage is over and the next,
        // from today, is the answer
        Optional<Integer> kept = keptByThem(request, known);
        if (kept.isPresent()) {
            known = known.with(EscalationAdvisor.STAGE_DONE, String.valueOf(kept.get()));
        }
        // esc-50: on a route with levels of its own (the LSCB model's joint response, from Team Manager and Sergeant: seed 001 line
        // 74), the people named in this message with their no ("my sgt has spoken to their TM, no joy": own set esc-50-a LB01, the
        // esc-49 leftover): that level is over, so no general stage is offered as if still to come
        Optional<Integer> placed = known.number(Slots.STAGE).filter(n -> n > 0);
        var policy = request.partnership().escalationPolicy();
        if (placed.isPresent() && !known.has(EscalationAdvisor.STAGE_DONE)
                && policy.ownRoutes().stream().anyMatch(r -> r.start() != null && !r.mentions().isEmpty()
                        && r.appliesTo(r.decision(), request.text(), null))
                && stageTakenTo.reached(request.text(), policy).isPresent() && stageTakenTo.saysNo(request.text())) {
            known = known.with(EscalationAdvisor.STAGE_DONE, String.valueOf(placed.get()));
        }
        // "stage 2 didnt resolve it so our head of service will raise stage 3 on monday 21st dec" (blind q25: stage 2 counted
        // from that day): a stage the caller says will be raised is the next one, and the one before it is behind them
        Optional<Integer> planned = stageTakenTo.planned(request.text())
                .filter(n -> n >= 2 && request.partnership().escalationPolicy().stage(n).isPresent());
        if (planned.isPresent()) {
            String behind = String.valueOf(planned.get() - 1);
            known = known.with(Slots.STAGE, behind).with(EscalationAdvisor.STAGE_DONE, behind);
            if (!known.has(Slots.INITIAL_DISCUSSION)) {
                known = known.with(Slots.INITIAL_DISCUSSION, Slots.YES);
            }
        }
        // "spoke to the social worker, no change, whats the next stage": the first discussion is all so far, so the next
        // stage is answered, not asked about (flows 8, F03: asked which stage had been reached)
        // so too "i spoke to the social worker last tues, she wouldnt change it" (flows 9, A01: asked which stage)
        // and so too "had a chat with the SW about it", with no word of how it went, in reply to "have you talked it
        // through?" (esc helper's leftover, 21st session: asked which stage): the talk told is the talk, only its day may
        // be missing. A first message that tells of the talk is still asked which stage (lead's trial L28)
        boolean talkToldInReply = Slots.INITIAL_DISCUSSION.equals(state.dialogue().awaiting())
                && questions.saysTalked(request.text());
        // esc-44: a talk told as not settling it is a talk had, whether or not the extractor read one ("been going back and
        // forth with the allocated sw since the 24th, we cant agree": own set esc-44-a XM06, asked whether it was talked through)
        if (!known.has(Slots.STAGE) && !known.has(Slots.INITIAL_DISCUSSION) && questions.saysOnlyDiscussed(request.text())) {
            known = known.with(Slots.INITIAL_DISCUSSION, Slots.YES);
        }
        if (!known.has(Slots.STAGE) && known.flag(Slots.INITIAL_DISCUSSION).orElse(false)
                && (questions.asksNext(request.text()) || questions.saysOnlyDiscussed(request.text()) || talkToldInReply)) {
            known = known.with(Slots.STAGE, "0");
        }
        // lead-47 decision (re-applying esc-46's reading, reverted then): "yeah i rang her this morning and she said no" where
        // the talk is itself a stage (the LSCB model's stage 1, seed 001 lines 20, 52): that stage is over, so the next stage
        // from today is the answer - not the talk's own one working day counted as if still running (own sets esc-46-a L03,
        // esc-47-a L02, L05); the talk told in answer to "have you talked it through?", whose yes is read after this
        if (known.number(Slots.STAGE).filter(n -> n > 0).isEmpty() && (known.flag(Slots.INITIAL_DISCUSSION).orElse(false)
                || Slots.INITIAL_DISCUSSION.equals(state.dialogue().awaiting()))
                && request.partnership().escalationPolicy().discussionIsStage().isPresent()
                && stageTakenTo.reached(request.text(), request.partnership().escalationPolicy()).isEmpty()
                && stageTakenTo.saysNo(request.text())) {
            known = known.with(EscalationAdvisor.STAGE_DONE, "0");
        }
        // "stage 2 meeting with heads of service didnt resolve it on 27th nov, what now": only practitioners take a
        // disagreement through a policy's stages, so the stage and date are answered, not "are you a professional?" first
        // (lead's probe, 1 Dec); a complaint's stages name the complaint, and a child is never made a professional
        if (!role.isKnown() && known.number(Slots.STAGE).filter(n -> n > 0).isPresent()
                && !PatternFile.cueText(request.text()).contains("complain")) {
            role = CallerRole.PROFESSIONAL;
        }
        if (role.isKnown()) {
            known = known.with(Slots.ROLE, role.name());
        }
        return request.withState(state.withRole(role).withDialogue(state.dialogue().withSlots(known)));
    }

    /** "but they wont budge": a short reply that asks nothing, names no stage and nobody (read above), and says no. */
    private static final int KEPT_IT_WORDS = 10;
    private static final java.util.regex.Pattern ASKS_OR_IFS = java.util.regex.Pattern.compile("\\?|\\bif\\b|\\bwhat\\b");

    /** The case's stage, already dated and answered, whose people the message says kept the decision. */
    private Optional<Integer> keptByThem(AdviceRequest request, Slots known) {
        ConversationState state = request.state();
        Optional<Integer> current = state.slots().number(Slots.STAGE).filter(n -> n > 0);
        String text = request.text().toLowerCase(java.util.Locale.UK);
        if (current.isEmpty() || !state.slots().has(Slots.RAISED_ON) || state.dialogue().last() != Route.ESCALATION
                || state.dialogue().awaiting() != null || request.slots().has(Slots.STAGE)
                || request.slots().has(Slots.RAISED_ON) || !known.number(Slots.STAGE).equals(current)
                || Words.in(request.text()) > KEPT_IT_WORDS || ASKS_OR_IFS.matcher(text).find()) {
            return Optional.empty();
        }
        var policy = request.partnership().escalationPolicy();
        return stageTakenTo.reached(request.text(), policy).isEmpty() && stageTakenTo.saysNo(request.text())
                ? current : Optional.empty();
    }

    private static boolean replaces(CallerRole known, CallerRole said) {
        return !known.isKnown() || said == CallerRole.PROFESSIONAL
                || (said == CallerRole.CHILD && known != CallerRole.PROFESSIONAL);
    }

    /**
     * "im 12", "I'm 12" or a bare "12" right after harm was told or danger answered, from someone who may be the
     * child (not an adult who said who they are): their own age, under 18. Also a child's "im 12" as the first
     * thing they write.
     */
    static Optional<Integer> childsOwnAge(AdviceRequest request, Slots stated) {
        ConversationState state = request.state();
        boolean afterHarm = afterHarm(state);
        // a bare number with nothing told before is a menu choice; "im 12" says a child is writing
        // after only a greeting too ("hi", then "im 11": flows 8, F12)
        boolean mayBeChild = afterHarm ? state.role() == CallerRole.CHILD || state.role() == CallerRole.UNKNOWN
                : state.role() == CallerRole.CHILD && !stated.has(Slots.NUMBER)
                && (state.dialogue().last() == null || state.dialogue().last() == Route.GREETING);
        // "theyre 5 and 7", "hes 4": someone else's age, not the writer's (care helper's unseen set, fifteenth session: a
        // mother whose ex threatened to take the children was answered as a child)
        // (after a friend's harm was told, "shes 13" is read as before: a young person writing about a friend of their age)
        boolean friends = state.slots().flag(WhoseHarm.ABOUT_A_FRIEND).orElse(false);
        if (!mayBeChild || Words.in(request.text()) > AGE_ANSWER_WORDS || (!friends && SOMEONE_ELSES_AGE.matcher(
                request.text().toLowerCase(java.util.Locale.UK)).find())
                || stated.has(Slots.RAISED_ON) || stated.has(Slots.STAGE)) {
            return Optional.empty();
        }
        return stated.number(Slots.CHILD_AGE).or(() -> stated.number(Slots.NUMBER))
                .filter(a -> a >= YOUNGEST_WRITER && a <= OLDEST_CHILD);
    }

    /** Harm was told, or danger answered, earlier in the conversation. */
    static boolean afterHarm(ConversationState state) {
        return state.slots().has(DisclosureAdvisor.SLOT) || state.dialogue().last() == Route.IMMEDIATE_RISK;
    }

    /** The message's last sentence, or the whole of a message of one ("police came and took him. is it the 29th"). */
    private static String lastSentence(String text) {
        String[] sentences = Words.sentences(text);
        return sentences.length == 0 ? text : sentences[sentences.length - 1];
    }
}
