package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.ContactKind;
import uk.mashline.knowledge.Guidance;
import uk.mashline.knowledge.GuidanceTopic;
import uk.mashline.nlu.Slots;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * "Will they know it was me?", "am I overreacting?", "what happens after I ring them?", "how long do they have to
 * reply?": questions about the answer just given, which a person on the line answers from what they know of the
 * case instead of starting again. Answered from the partnership's document (what it says, or that it is silent) with
 * the last answer's own number, so the caller is never left with nothing to do. The phrases are data
 * ({@code dialogue/context-questions.tsv}).
 */
public final class ContextQuestions {

    public static final String DEFAULT_FILE = "dialogue/context-questions.tsv";

    /** "will the family know it was me who reported it to you": a question about the answer, not a new story. */
    private static final int MAX_WORDS = 14;
    /** The most words of a message in which {@link #LONGER} kinds are still read. */
    private static final int MAX_WORDS_SAID_WITH_WHO = 24;
    /** A parent's "are they going to take him" after the story of what happened. */
    private static final int MAX_WORDS_WITH_A_STORY = 45;
    /** care-44: a parent's "im scared theyll take him off me" at the end of a long story (own set care-44-a CS04: 88 words). */
    private static final int MAX_WORDS_FEAR_IN_A_STORY = 120;
    /**
     * care-45: a childminder's or nursery worker's practice question - an accident form, a medicine, ratios, or the framework
     * itself ("do i have to fill in an accident form", "can we give calpol without a signed form", "how many under 2s am i
     * allowed"): the label names the national entry that answers it (partnerships/national.yml early-years-*), read in a
     * practitioner's story of up to {@link #MAX_WORDS_PRACTICE_STORY} words.
     */
    private static final java.util.Set<String> EARLY_YEARS = java.util.Set.of("early_years_medicines", "early_years_accidents",
            "early_years_ratios", "early_years_framework");
    /** Kinds asked with who is asking and what they did first, at any point: read in longer messages too. */
    // (a family's own fear, "my ex keeps saying shes going to get social services on me, can they take my kids off me",
    // says whose it is first); so is "how long" after what the caller is doing about it ("ok im taking it to my first line
    // manager now, how long have we got": blind q24, T03, 15 words - the menu)
    private static final java.util.Set<String> LONGER = union(EARLY_YEARS, java.util.Set.of("decision_time", "prevent", "anonymity",
            "anonymity_fear", "assessed", "removal", "contact_made", "relative_kept_out", "look_out_for", "visit",
            "written_follow_up", "who_reported", "standing", "how_long", "fallout", "friend_fallout", "can_wait", "hours_day",
            "activities", "childminding", "childcare", "childline_name", "supporter", "talk_to_child", "shares_about_us", "online",
            "child_may_tell", "they_ask", "they_ask_detail", "ring_now",
            // facts-49: whether the document prints a number, said after who asks and what they read ("student social worker,
            // reading ur professional differences policy - does it have a phone number for the mash anywhere?": own set facts-49-a
            // LA01, 17 words - the complaints answer); answered as door_number
            "door_number_in_document",
            // facts-46: "its not urgent tbh it can wait till after christmas, who do i ring then" (own set facts-46-a MW04: 15 words,
            // so never read); its other lines are anchored to the whole question, so a longer message matches only this one
            "who_to_ring"));
    /** "r u guys open on a sunday? its not an emergency...": the hours asked of a day, the worry after it; answered as {@link #HOURS}. */
    private static final String HOURS_DAY = "hours_day";
    /**
     * "can i ring them now" right after an answer whose service is shut now (blind q41 start kind 4: "nobody from the MASH
     * team is on duty"): that service's hours, as {@link #HOURS}; never after the 999 answer, whose "them" is 999.
     */
    private static final String RING_NOW = "ring_now";
    /** "i phoned the mash this morning... should i have followed it up in writing": a contact made, and its written follow-up. */
    private static final String WRITTEN_FOLLOW_UP = "written_follow_up";
    /** "i rang the mash yesterday about next door, what happens now": what follows a contact the writer made. */
    private static final String CONTACT_MADE = "contact_made";
    /** The wording's suffix for what follows a contact the writer has made already (not "when you get in touch"). */
    static final String MADE = ".made";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String OVERREACTING = "overreacting";
    /** "can i just phone them myself", "do i need a referral from someone": whether they may ring the number given. */
    static final String SELF_CONTACT = "self_contact";
    /** "will she get in trouble" from a child: not in trouble for telling, and Childline before deciding anything. */
    static final String TROUBLE = "trouble";
    /** "will she get in trouble if she tells someone": someone else, in trouble for telling (care-41). */
    static final String TROUBLE_TELLING = "trouble_telling";
    /** "her dad says she cant tell anyone, do we both have to agree": a child needs no one's permission to tell (care-41). */
    static final String CHILD_MAY_TELL = "child_may_tell";
    /** "are they open today": the last answer's numbers, with the hours the document gives. */
    static final String HOURS = "hours";
    /** "is that free?": which of the last answer's numbers are free, from partnerships/national.yml. */
    static final String COST = "cost";
    /** "is it free" in words that do not name a call: after the family-support answer, of the support too. */
    static final String SUPPORT_COST = "support_cost";
    /** "nobody will tell me anything about my granddaughter": what a relative may not be told, and whom to ask. */
    static final String RELATIVE_KEPT_OUT = "relative_kept_out";
    /** care-40: an adult survivor's own question after their answer ("will i have to go to court"); read only then. */
    private static final String SURVIVOR_MORE = "survivor_more";
    /** "can you text me that number": this line cannot send one. */
    static final String SEND_ME = "send_me";
    /** "will she get the baby took off her": what happens after a contact; the line cannot say what will be decided. */
    static final String REMOVAL = "removal";
    /** "i dont want to ring anyone" from a child: they need not ring. */
    static final String NO_CALL = "no_call";
    /** "is that bad" from a child after telling: not OK, and not their fault. */
    static final String NOT_OK = "not_ok";
    /** "the school reported me": what a family can ask, and what happens after a contact. */
    static final String REPORTED_ME = "reported_me";
    /** "why didnt they talk to me first": when professionals tell a family before a referral, and that they can ask why. */
    static final String NOT_ASKED_FIRST = "not_asked_first";
    /** "what is the mash number": the front door's numbers, asked at any point, the first message too. */
    static final String DOOR_NUMBER = "door_number";
    /** facts-49: "does the policy have a number for the mash", read in a longer message than door_number; answered as it. */
    static final String DOOR_NUMBER_IN_DOCUMENT = "door_number_in_document";
    /** "who do i ring then" after a worry or a consultation: the front door's number, as for {@link #DOOR_NUMBER}. */
    private static final String WHO_TO_RING = "who_to_ring";
    /** facts-43: {@link #WHO_TO_RING} asked of the family-support answer. */
    private static final String EARLY_HELP_WHO = "early_help_who";
    /** The answers after which "who do i ring then" is the front door's number: a worry's, a consultation's, and the consent
     *  rules' ("who do i phone then" after them: blind tester's kinds C5, 31st session - "Thank you for letting me know"). */
    private static final java.util.Set<Route> WHO_TO_RING_AFTER = java.util.EnumSet.of(Route.REPORT_CONCERN,
            Route.CONSULTATION, Route.CONSENT_INFO_SHARING);
    /** "is there an email for the mash": the front door's address, or that the document gives none. */
    static final String DOOR_EMAIL = "door_email";
    /** "is there a food bank": a local service the documents do not list. */
    static final String NOT_LISTED = "not_listed";
    /** "any holiday clubs round here": a local service the documents do not list, asked after the writer's day. */
    private static final String ACTIVITIES = "activities";
    /** "what do i need to do to start minding again": working as a childminder; "need childcare for my 3 yr old": childcare. */
    private static final String CHILDMINDING = "childminding";
    private static final String CHILDCARE = "childcare";
    /** care-45: an early years practice question told after what happened at pick-up (own set CS04: 48 words). */
    private static final int MAX_WORDS_PRACTICE_STORY = 120;
    /** "i dont want to involve the police" from an adult abused as a child: their choice, NAPAC, children's services. */
    private static final String NO_POLICE = "no_police";
    /** "can i text someone instead": read only by {@link #withTextOptions}, never a kind of its own. */
    private static final String TEXT_INSTEAD = "text_instead";
    /** "how long does the mash take to decide", "when will i hear back": the MASH's decision times, at any point. */
    static final String DECISION_TIME = "decision_time";
    /** "how long till they ring me back" after the family-support answer, where the early help team has its own number. */
    static final String HELP_TIME = "help_time";
    /** "worried a lad is being radicalised": the partnership's Prevent contacts, or that its document gives none. */
    static final String PREVENT = "prevent";
    private static final String HOW_LONG = "how_long";
    /** "its urgent but not an emergency": ring now and say so, with the numbers that answer now. */
    private static final String URGENT = "urgent";
    /** "its not an emergency, can it wait till the morning": it can, with the numbers' hours; 999 if that changes. */
    private static final String CAN_WAIT = "can_wait";
    /** "but i really want to see her" from a child: it is OK to want that, who could help them ask, and Childline. */
    private static final String WISH = "wish";
    private static final String SCARED = "scared";
    private static final String TALK_FIRST = "talk_first";
    private static final String MISSING_AGAIN = "missing_again";
    /** "can i have someone with me when they come back": a family's or a child's question about a visit or a meeting. */
    private static final String SUPPORTER = "supporter";
    /** "do social workers need my permission to speak to my daughter at school": a parent's question about their child. */
    private static final String TALK_TO_CHILD = "talk_to_child";
    /** "is the school allowed to pass things to social services about my kids": whether a worry may be shared about them. */
    private static final String SHARES_ABOUT_US = "shares_about_us";
    /** A child's "i just want them to stop" about adults at home: not a wish to die, and not their fault. */
    private static final String WANT_STOP = "want_stop";
    /** "what if he finds out it was me": anonymity, from someone afraid of the person they told about. */
    private static final String ANONYMITY_FEAR = "anonymity_fear";
    private static final String ANONYMITY = "anonymity";
    private static final String FOUND_OUT = "found_out";
    /** "are they going to come round to my house" from a family: not necessarily, and what follows a contact. */
    private static final String VISIT = "visit";
    /** "what should i look out for when im there" from someone about to see the family: what to notice and note. */
    private static final String LOOK_OUT_FOR = "look_out_for";
    /** "what if she hates me" from a child who told of a friend's harm: telling was right, and Childline to talk it over. */
    static final String FRIEND_FALLOUT = "friend_fallout";
    static final String FRIEND_SCARED = "friend_scared";
    /** "but i promised" from a child who told of a friend's harm: a promise does not count when a friend is hurt. */
    static final String FRIEND_PROMISE = "friend_promise";
    /** "she begged me not to tell anyone" from a grown-up a child told of harm: such a secret is not kept, and how to say so. */
    private static final String SECRET_KEPT = "secret_kept";
    /** "she made me promise to keep it a secret": a secret asked in so many words, friend_scared for anyone but a practitioner. */
    private static final String SECRET_ASKED = "secret_asked";
    /** "what will they want to know from me" after a worry's answer: what the MASH asks. */
    static final String THEY_ASK = "they_ask";
    /** "do i need the childs date of birth", "i dont know her surname": one detail the caller may not have (facts-42). */
    static final String THEY_ASK_DETAIL = "they_ask_detail";
    /** "i havent done anything wrong" from a family children's services want to assess. */
    static final String ASSESSED = "assessed";
    /** "should i ring the police" after a worry: yes, 999, if a child is in danger now; if not, 101 and the answer's number. */
    static final String POLICE = "police";
    /** "i have to go now mum is coming" from a child: 999 if in danger, they can come back any time, and Childline. */
    static final String LEAVING = "leaving";
    /**
     * What a caller asks while help comes, once the 999 answer was given: "should i stay on the phone with her", "do i go
     * round there", "what do i tell the police" - each its own wording (context.onThePhone...); elsewhere not these.
     */
    private static final Map<String, String> WHILE_HELP_COMES = Map.of("on_the_phone", "context.onThePhone",
            "go_round", "context.goRound", "tell_police", "context.tellPolice");
    /** "who do i call" from a member of the public where the document prints no front-door number. */
    private static final String NO_DOOR_PUBLIC = "no_door_public";
    /** "but she will hate me" from a child who told of their own harm: a normal fear, not their fault, and Childline. */
    static final String FALLOUT = "fallout";
    /** "can i go and live at my aunties instead" from a child: who can help them ask for it, and not to go off alone. */
    static final String LIVE_ELSEWHERE = "live_elsewhere";
    /** "will they take me away", "i dont want us to get split up" from a child: what telling is for; nobody can promise. */
    static final String TAKEN_AWAY = "taken_away";
    /** "what if he gets angry when i get home" from a child who told of home: an adult before going home, 999 in danger. */
    static final String HOME_SCARED = "home_scared";
    /** A young person's "if i ring childline do i have to say my name": Childline's own words on names, then Childline. */
    static final String CHILDLINE_NAME = "childline_name";
    /** "i dont want to go back there" from a young person: they need not go back somewhere unsafe; who can help; 999. */
    static final String NOT_GOING_BACK = "not_going_back";
    /** A young person's "will u tell my school", "do the police have to know": who has to pass things on, and asking first. */
    static final String CHILD_WHO_TOLD = "child_who_told";
    /**
     * A child's questions about telling, each answered in a child's words ("will they tell my mum", "will i get taken
     * away", "what happens after i tell", "but she will hate me"; care helper's unseen set, sixteenth session: told only to
     * ask Childline, after the adult's 999 line), with Childline, then Childline's own words on who passes on what and
     * what happens when a young person tells (partnerships/national.yml) - never the document's rules for referrers.
     */
    private static final Map<String, String> CHILD_ABOUT_TELLING = Map.ofEntries(
            Map.entry("anonymity", "context.anonymity.child"), Map.entry(REMOVAL, "context.takenAway.child"),
            Map.entry("after_contact", "context.trouble.child"), Map.entry(TROUBLE, "context.trouble.child"),
            Map.entry(FALLOUT, "context.fallout.child"), Map.entry("child_permission", "context.permission.child"),
            Map.entry(CHILD_WHO_TOLD, "context.whoIsTold.child"),
            Map.entry("must_talk", "context.mustTalk.child"), Map.entry("must_talk_no", "context.mustTalk.no.child"),
            Map.entry(LIVE_ELSEWHERE, "context.liveElsewhere.child"), Map.entry(TAKEN_AWAY, "context.takenAway.child"),
            Map.entry(HOME_SCARED, "context.homeScared.child"), Map.entry(NOT_GOING_BACK, "context.notGoingBack.child"));
    /** A child's own questions, which an adult asking the same words does not get (theirs go on as before). */
    private static final java.util.Set<String> CHILD_ONLY = java.util.Set.of(NO_CALL, NOT_OK, WISH, WANT_STOP,
            LIVE_ELSEWHERE, TAKEN_AWAY, HOME_SCARED, NOT_GOING_BACK, CHILD_WHO_TOLD, CHILDLINE_NAME);
    /**
     * After the 999 answer, before the caller said they rang: "whos number do i ring", "is that the police", "i dont know
     * how" - 999 is the police and ambulance, free at any hour (national.yml emergency), not the 999 reply word for word
     * nor the menu (care helper's unseen set, seventeenth session). Read only after the 999 answer.
     */
    static final String RING_999 = "ring_999";
    /** "who do i tell after" once the 999 answer was given: when the child is safe, tell these, with that answer's numbers. */
    static final String TELL_AFTER = "tell_after";
    /** "is that the police" after the 999 answer: yes, 999 is the police and the ambulance. */
    static final String POLICE_999 = "police_999";
    /** "can i find out who reported me": a family asking who passed a worry on about them. */
    private static final String WHO_REPORTED = "who_reported";
    /**
     * A family's questions that stand alone as a first message: who will know it was them, an assessment, a removal; and
     * what happens after they pass a worry on ("what actually happens after i make a referral": care-41, blind kind 14).
     */
    private static final java.util.Set<String> FAMILY_STANDALONE = java.util.Set.of(ANONYMITY, ANONYMITY_FEAR, ASSESSED,
            REMOVAL, RELATIVE_KEPT_OUT, VISIT, WHO_REPORTED, CHILDLINE_NAME, SUPPORTER, TALK_TO_CHILD, SHARES_ABOUT_US,
            CHILD_MAY_TELL, TROUBLE_TELLING, "after_contact");
    /** The anonymity answer was given: "will they tell the parents" next is what happens after a contact, not it again. */
    private static final String ANONYMITY_TOLD = "anonymity_told";
    /** Set once a worry about a grown son or daughter was answered: a short detail after it is that worry's. */
    static final String ADULT_RELATIVE = "adult_relative";
    private static final java.util.Set<String> AFTER_DANGER = java.util.Set.of(RING_999, TELL_AFTER, POLICE_999);
    /** A child's "do social workers need my mums permission", "will my teacher tell my mum". */
    static final String CHILD_PERMISSION = "child_permission";
    /** A child's "do i have to talk to the social worker", "what if i dont want to". */
    static final String MUST_TALK = "must_talk";
    /** A child's "what if i dont want to" talk to them. */
    static final String MUST_TALK_NO = "must_talk_no";
    private static final java.util.Set<String> CHILDS_OWN = java.util.Set.of(CHILD_PERMISSION, MUST_TALK, MUST_TALK_NO);
    /** "can u tell someone": the line cannot pass it on straight away. */
    private static final String PASS_ON = "pass_on";
    /** "and if im still not happy" after the complaints answer: the national ombudsman, after the council's process. */
    private static final String STILL_UNHAPPY = "still_unhappy";
    /** "can i do that even tho im not his mum": whether a relative, not a parent, may disagree with a decision. */
    private static final String STANDING = "standing";
    /** "can someone ring me back": this line cannot book a call; the answer's number to ring. */
    private static final String CALL_BACK = "call_back";
    /** "can i do it online": the partnership's online form, or that its document gives none. */
    private static final String ONLINE = "online";
    /** "so do i refer or not" from a professional after the consultation or worry answer: theirs to judge, and how. */
    private static final String REFER_OR_NOT = "refer_or_not";
    /** How the partnership files begin what a document leaves out ("Not stated in this policy."). */
    private static final String NOT_STATED = "Not stated";
    /** An address to write to; with a number to ring ({@link NumbersGiven}), the one thing to do next. */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.]+@[\\w.]+|https?://");

    private final List<PatternFile.Labelled> cues;
    /** The cues, asked of a text in order: only those whose words it holds are tried. */
    private final GatedCues index;
    private final Wording wording;
    private final NationalHelp national;
    private final FrontDoorAnswers frontDoor;
    private final AfterContactAnswers afterContact;
    private final Function<String, Optional<String>> afterManners;
    /** Whether a message asks something: the route cues' one reading of a question ({@link RouteOverrides#asks}). */
    private final java.util.function.Predicate<String> asks;
    /** A town outside the partnership said with the worry: the way to the right council instead (facts-40). */
    private final OutsideArea outsideArea;

    ContextQuestions(List<PatternFile.Labelled> cues, Wording wording, NationalHelp national, FrontDoorAnswers frontDoor,
                     AfterContactAnswers afterContact, Function<String, Optional<String>> afterManners,
                     java.util.function.Predicate<String> asks) {
        this.asks = asks;
        this.cues = List.copyOf(cues);
        this.index = GatedCues.of(this.cues);
        this.afterManners = afterManners;
        this.wording = wording;
        this.national = national;
        this.frontDoor = frontDoor;
        this.afterContact = afterContact;
        this.outsideArea = OutsideArea.fromClasspath(wording, national);
    }

    /**
     * care-45: a parent who asks how to complain about a school or nursery while telling of harm to their child there ("my
     * daughter told her teacher a lad keeps touching her ... the school have done NOTHING ... how do i complain about them":
     * own set care-45-a CS02 - the worry's answer alone, the question asked never answered): the worry's answer stays first,
     * and the complaints route they asked for comes right after it. Not on a text or a call, whose budget holds the worry's
     * essentials; not for a child or a professional.
     *
     * @param complainsOfProvider the message asks to complain of a school or nursery (RouteOverrides#complainsOfSchool)
     */
    public Turn withProviderComplaint(Turn turn, AdviceRequest request, boolean complainsOfProvider) {
        if (!complainsOfProvider || turn.route() != Route.REPORT_CONCERN || request.style().brief()
                || request.role() == CallerRole.CHILD || request.role() == CallerRole.PROFESSIONAL) {
            return turn;
        }
        // a nursery, pre-school or childminder named (dialogue/asked.tsv childcareNamed): the provider's own route, not a school's
        boolean childcare = AskedCues.asks(AskedCues.CHILDCARE_NAMED, request.text());
        Advice route = national.addService(new Advice(), childcare ? "childcare-complaints" : "school-complaints",
                childcare ? "complaint.childcare" : "complaint.school", request.style());
        route.paragraphs().forEach(turn.advice()::putSecond);
        turn.advice().citeAll(route.sources());
        return turn;
    }

    /** The answer, or where the caller lives outside the partnership, the way to the council where the child lives. */
    public Turn withOutsideArea(Turn turn, AdviceRequest request) {
        return outsideArea.withOutsideArea(turn, request);
    }

    /**
     * @param afterManners what a message asks after the thanks or "ok" it opens with ("thanks, what hours is that"), the
     *                     follow-ups' own reading of manners ({@link FollowUpAdvisor#afterManners}), so one list says what
     *                     manners are
     * @param asks         whether a message asks something ({@link RouteOverrides#asks}), so one cue says what a question is
     */
    public static ContextQuestions fromClasspath(String resource, Wording wording, NationalHelp national,
                                                 Function<String, Optional<String>> afterManners,
                                                 java.util.function.Predicate<String> asks) {
        return fromClasspath(resource, wording, national, afterManners, asks, Optional.empty());
    }

    /** As above, with the working-day calendar that dates a MASH's timescales counted from today (care-39). */
    public static ContextQuestions fromClasspath(String resource, Wording wording, NationalHelp national,
                                                 Function<String, Optional<String>> afterManners,
                                                 java.util.function.Predicate<String> asks,
                                                 Optional<uk.mashline.knowledge.WorkingDayCalendar> calendar) {
        return new ContextQuestions(PatternFile.labelledFromClasspath(resource), wording, national,
                new FrontDoorAnswers(wording, national, calendar),
                new AfterContactAnswers(wording, calendar.map(c -> new NamedStageLimit(wording, c))), afterManners, asks);
    }

    /** "if i ask for help will they take my kids": read only inside the removal answer, never a kind of its own. */
    private static final String REMOVAL_HELP = "removal_help";

    /**
     * An adult who told of abuse in their own childhood, asking whether they will be believed: the police take it however
     * long ago, and their line. Whether it was added (not for a child, nor in a conversation that is no survivor's).
     */
    private boolean listenedAsSurvivor(Advice advice, AdviceRequest request, boolean child) {
        if (child || !survivor(request)) {
            return false;
        }
        advice.add(wording.text("context.listened.survivor"));
        national.addPolice(advice, request.style());
        return true;
    }

    /** An adult who told of abuse in their own childhood in this conversation (dialogue/non-recent-abuse.tsv's NAPAC line). */
    static boolean survivor(AdviceRequest request) {
        return java.util.Arrays.asList(request.state().slots().get(OnlineFollowUps.SERVICES_SLOT).orElse("").split(" "))
                .contains("adult-survivors");
    }

    /** Whether the message says what the line of {@code label} says (a qualifier read inside one kind's answer). */
    /** facts-47: a short "can i text it instead" (no story told beside it), for a guess of danger from the model alone. */
    boolean asksToTextInstead(String text) {
        return Words.in(PatternFile.cueText(text)) <= MAX_WORDS && said(TEXT_INSTEAD, text);
    }

    private boolean said(String label, String text) {
        String t = PatternFile.cueText(text).strip();
        return PatternFile.Labelled.anyFound(cues, label, t);
    }

    /** The kind of question ({@code anonymity}, {@code overreacting}...), when the message is a short one. */
    Optional<String> kind(String text) {
        String t = PatternFile.cueText(text).strip();
        int words = t.isEmpty() ? 0 : WHITESPACE.split(t).length;
        if (words == 0) {
            return Optional.empty();
        }
        // "school phoned social services on me because my son had a bruise, hes 6, i smacked him once. are they going to
        // take him away" (care helper's unseen set, 21st session: only the numbers): a parent's fear of removal comes after
        // their story, so it is read in a longer message than other questions are
        // so too a worry of radicalisation told with its story ("my 15 yr old has been watching these videos online and now
        // hes saying really nasty stuff about muslims ... im scared hes getting into something": lead's set, 26th session,
        // the NSPCC with no word of Prevent): the area's Prevent contacts with the worry's number
        // and so is a family's "who was it" after what happened at their door ("social services turned up at my door saying
        // theres been a referral about my kids. i have a right to know who it was surely": care helper's own set, 37th session)
        if (words > MAX_WORDS_SAID_WITH_WHO) {
            // ... and "can my sister be there when the social worker comes?" after what brought them (care helper's brief, 38th
            // session: the family's consent answer with no word on it)
            // ... and "will my neighbour find out i reported her?" before what the neighbour does (care brief kind 3, 40th session:
            // 26 words, the consent rules of a referral, written to a parent)
            // ... and "is first response open on christmas day? my niece is going to her dads for christmas and..." (facts-40):
            // the hours of a day asked first, the reason after it
            // ... and care-44: "i rang first response yesterday about my granddaughter, her mum keeps leaving her with anyone so
            // she can go out. what happens next" (own set care-44-a CM04, CN04, CL05: 27-36 words, the menu or the numbers
            // first): a contact the writer made, told before what follows it
            // ... and a parent's fear of removal told at the end of a long story ("... his teacher said they might have to make
            // a referral and now im scared theyll take him off me, i work and i do my best", care-44-a CS04, CL04: 75-88
            // words, the public's numbers or the LADO's answer): read in a story up to MAX_WORDS_FEAR_IN_A_STORY
            // ... and care-45: "what will they ask me" after a practitioner's story (own set care-45-a CW06: 25 words, the consent
            // rules), "when should i hear back" after the referral phoned through (care-45-b B10: 30 words, the consultation line),
            // and an early years practice question after what happened (EARLY_YEARS)
            return kindAmong(t, java.util.Set.of(REMOVAL, PREVENT, CAN_WAIT, WHO_REPORTED, SUPPORTER, ANONYMITY, HOURS_DAY,
                            CHILD_MAY_TELL, CONTACT_MADE, WRITTEN_FOLLOW_UP, THEY_ASK, DECISION_TIME),
                    MAX_WORDS_WITH_A_STORY)
                    .or(() -> kindAmong(t, java.util.Set.of(REMOVAL), MAX_WORDS_FEAR_IN_A_STORY))
                    .or(() -> kindAmong(t, EARLY_YEARS, MAX_WORDS_PRACTICE_STORY));
        }
        // "im a teacher, i sent a contact to the mash, how long until they decide": a question that says who asks and
        // what they did first is longer; only the kinds that stand alone are read in it
        // "thanks, what hours is that" asks what "what hours is that" asks: the thanks is manners, not a goodbye (lead's
        // follow-up sweep, 2 Dec: the goodbye after every answer)
        return firstKind(t, words).or(() -> afterManners.apply(t).flatMap(rest -> firstKind(rest, words)));
    }

    /**
     * "is 999 the police", "which number do i ring": a question about ringing 999 itself, in so few and such fixed words
     * (anchored at both ends) that no danger can be told in it. Answered after the 999 answer, whose line stays first.
     */
    boolean asksAbout999(String text) {
        return afterDangerKind(text).filter(k -> k.equals(RING_999) || k.equals(POLICE_999)).isPresent();
    }

    /** {@link #RING_999}, {@link #POLICE_999} or {@link #TELL_AFTER}, tested before the other kinds, whose words they may share. */
    private Optional<String> afterDangerKind(String text) {
        return kindAmong(text, AFTER_DANGER, MAX_WORDS);
    }

    /** The first of these kinds that finds a message of at most {@code longest} words, tested before the others. */
    private Optional<String> kindAmong(String text, java.util.Set<String> kinds, int longest) {
        String t = PatternFile.cueText(text).strip();
        if (Words.in(t) == 0 || Words.in(t) > longest) {
            return Optional.empty();
        }
        return labelOf(index.first(t, i -> kinds.contains(cues.get(i).label())));
    }

    private Optional<String> firstKind(String t, int words) {
        return labelOf(index.first(t, i -> {
            String label = cues.get(i).label();
            return !label.equals(TEXT_INSTEAD) && !label.equals(SURVIVOR_MORE) && (words <= MAX_WORDS || LONGER.contains(label));
        }));
    }

    private Optional<String> labelOf(int cue) {
        return cue < 0 ? Optional.empty() : Optional.of(cues.get(cue).label());
    }

    /**
     * "...i never see him go out. am i overreacting?" in the worry itself: the reassurance right after the answer's
     * first line, as a person would say it (lead's trial, 30 Nov: it was given only to a later bare "am i
     * overreacting"). Not for a child, who is told on every route that telling is right.
     */
    public Turn withReassurance(Turn turn, AdviceRequest request) {
        if (turn.route() != Route.REPORT_CONCERN || request.role() == CallerRole.CHILD
                || turn.state().role() == CallerRole.CHILD) {
            return turn;
        }
        String t = PatternFile.cueText(request.text());
        if (cues.stream().anyMatch(c -> c.label().equals(OVERREACTING) && c.foundIn(t))) {
            turn.advice().putSecond(wording.text("context.reassure.worry"));
        }
        return turn;
    }

    /**
     * "is there a number i can text instead", "im hard of hearing ... can i text someone to report a worry" (risk helper's brief,
     * thirty-first session: the handoff, the menu, or the 999 reply word for word): the ways to write instead of ringing, added to
     * whatever answered the message - a child, Childline's typed chat and email; an adult, the front door's address where the
     * document gives one and the NSPCC's email - and that texting 999 works only for a phone registered first (national.yml
     * emergency-sms). After the 999 line where there is one.
     */
    public Turn withTextOptions(Turn turn, AdviceRequest request) {
        String t = PatternFile.cueText(request.text());
        if (Words.in(t) > MAX_WORDS_WITH_A_STORY || !said(TEXT_INSTEAD, request.text())) {
            return turn;
        }
        // facts-48: "can i message them instead of ringing, dont want my husband hearing" after the self-harm answer, which the
        // model placed nowhere (own set facts-48-a SS06: the ways to write, then "which of these is closest?" and the menu): the
        // ways to write on the answer they follow, without the menu
        Route last = request.state().dialogue().last();
        // (never after danger, whose "them" may be 999 and whose answer to texting is its own, below)
        if (turn.route() == Route.OUT_OF_SCOPE && last != null && last != Route.OUT_OF_SCOPE && last != Route.GREETING
                && last != Route.IMMEDIATE_RISK) {
            turn = Turn.of(request, new Advice(), request.state().settled(), last);
        }
        boolean child = request.role() == CallerRole.CHILD || turn.state().role() == CallerRole.CHILD;
        boolean danger = turn.route() == Route.IMMEDIATE_RISK;
        Advice options = new Advice();
        if (child) {
            options.add(wording.text("context.textInstead.child"));
        } else if (!danger) {
            // an adult in danger now is not told to write to anyone: 999, by text only where registered
            // asked how to write ("does it have to be secure", "or the portal"), not whether they may: that answered first
            boolean how = AskedCues.foundIn(AskedCues.SECURE, t) || AskedCues.foundIn(AskedCues.FORM, t);
            Optional<Contact> door = request.partnership().contact(ContactKind.MASH);
            // "can i just email first response a referral? cant find an email address anywhere" where the document prints
            // none (facts-40: "you can write instead" and the NSPCC's email, the online form nowhere): that it prints no
            // email, then what it gives instead - its online form, or what it says of its front door (Sandwell's MARF)
            boolean noDoorEmail = AskedCues.foundIn(AskedCues.EMAIL, t) && door.map(Contact::email).isEmpty();
            // a member of the public may still write instead (the NSPCC's email, below); a referral is written another way
            boolean referral = noDoorEmail && (professional(request) || AskedCues.foundIn(AskedCues.REFERRAL_NAMED, t));
            if (!how && !referral) {
                options.add(wording.text("context.textInstead.adult"));
            }
            // facts-48: "can i just email them instead" after the family-support answer (own set facts-48-a WS06, a health visitor
            // given Early Help South's number: the MASH's address): the early help team's own address, for the caller's area
            // given alone, on the family-support route: not a worry to pass on, so neither the MASH nor the NSPCC
            List<Contact> teams = AskedCues.foundIn(AskedCues.EMAIL, t) ? afterEarlyHelp(request) : List.of();
            if (!teams.isEmpty()) {
                Advice emails = new Advice();
                teams.forEach(c -> emails.add(wording.format("earlyhelp.teamEmail", "name", c.name(), "email", c.email()),
                        c.source()));
                return Turn.of(request, emails, request.state().settled(), Route.EARLY_HELP);
            }
            door.filter(c -> c.email() != null).ifPresent(c -> options.add(
                    wording.format("context.doorEmail", "name", c.name(), "email", c.email()), c.source()));
            if (noDoorEmail) {
                options.add(wording.format("context.doorEmail.none", "partnership", request.partnership().name()));
                if (!AskedCues.foundIn(AskedCues.FORM, t)) {
                    addForm(options, request);
                }
                door.filter(c -> c.phone() == null && c.notes() != null && professional(request)
                        && request.partnership().contact(ContactKind.ONLINE_REFERRAL).isEmpty())
                        .ifPresent(c -> options.add(request.style().speakable(c.notes()), c.source()));
            }
            addSecureAndForm(options, request, t);
            national.addService(options, "nspcc", "context.textInstead.nspcc", request.style());
        }
        // texting 999 is for someone who asked about texting, not about emailing a referral (facts-40: a school nurse's
        // "can i just email first response" was told how to register for emergencySMS first)
        if (child || !AskedCues.foundIn(AskedCues.EMAIL, t) || AskedCues.foundIn(AskedCues.TEXTING, t)) {
            national.addService(options, "emergency-sms", request.style().spoken() ? "national.emergency-sms.voice"
                    : "national.emergency-sms", request.style());
        }
        // facts-44: asked right after the 999 answer ("i cant ring he will hear me. can i text 999", "can she text them instead":
        // own set facts-44-a FM03, FN05, FW02 - the same 999 answer again with the texting fact behind "more"): the danger was
        // answered a turn ago, so the answer to what was asked now, then what to do if it gets worse - not the script again
        if (danger && request.state().dialogue().last() == Route.IMMEDIATE_RISK) {
            Advice answer = national.addService(new Advice(), "emergency-sms", request.style().spoken()
                    ? "national.emergency-sms.voice" : "national.emergency-sms", request.style());
            if (child) {
                answer.add(wording.text("context.textInstead.child"));
            }
            answer.add(wording.text(child ? "context.textInstead.afterDanger.child" : "context.textInstead.afterDanger"));
            return turn.withAdvice(answer);
        }
        // after the 999 line where there is one (danger said stays first), else first: the answer to what was asked
        List<String> lines = options.paragraphs();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (danger) {
                turn.advice().putSecond(lines.get(i));
            } else {
                turn.advice().putFirst(lines.get(i));
            }
        }
        turn.advice().citeAll(options.sources());
        return turn;
    }

    /**
     * The early help teams with an address, right after the family-support answer: the caller's own area's (the place they
     * named) where one covers it, else all of them; none after any other answer.
     */
    private static List<Contact> afterEarlyHelp(AdviceRequest request) {
        if (request.state().dialogue().last() != Route.EARLY_HELP) {
            return List.of();
        }
        List<Contact> teams = request.partnership().contacts(ContactKind.EARLY_HELP).stream()
                .filter(c -> c.email() != null).toList();
        Optional<String> place = request.state().slots().get(uk.mashline.nlu.Slots.PLACE);
        List<Contact> theirs = place.map(at -> teams.stream().filter(t -> t.covers(at)).toList()).orElse(List.of());
        return theirs.isEmpty() ? teams : theirs;
    }

    /**
     * Beside "can i email a referral": "does it have to be secure?" gets the document's own rule on sharing securely, or that
     * it says nothing of it; "or does it have to go on the portal?" the partnership's online form, with its notes (Medway:
     * professionals' referrals all go through it). Facts helper's own set, 38th session: no word of either.
     */
    private void addSecureAndForm(Advice options, AdviceRequest request, String asked) {
        var p = request.partnership();
        if (AskedCues.foundIn(AskedCues.SECURE, asked)) {
            p.informationSharing().rules().stream()
                    .filter(r -> AskedCues.foundIn(AskedCues.SECURE, r.text().toLowerCase(java.util.Locale.UK))).findFirst()
                    .ifPresentOrElse(r -> options.add(wording.format("context.secure", "partnership", p.name(),
                                    "rule", r.text()), r.source()),
                            () -> options.add(wording.format("context.secure.notStated", "partnership", p.name())));
        }
        if (AskedCues.foundIn(AskedCues.FORM, asked)) {
            addForm(options, request);
        }
    }

    /** The partnership's online form, with its address and notes, where it has one. */
    private void addForm(Advice options, AdviceRequest request) {
        request.partnership().contact(ContactKind.ONLINE_REFERRAL).ifPresent(form -> options.add(wording.format(
                form.url() == null ? "context.textInstead.formNoUrl" : "context.textInstead.form", Map.of("name",
                form.name(), "url", form.url() == null ? "" : form.url(), "notes", form.notes() == null ? ""
                : form.notes())), form.source()));
    }

    /**
     * "rang first response earlier about 2 kids left home alone... do i need to put it in writing after" told with harm, and
     * so answered as a worry or a consultation (esc helper's unseen set, 27th session: the levels of need, nothing on
     * writing): that answer opens with what the document asks of a written follow-up (its timescale written-follow-up,
     * West Sussex's 24 hours), or says the document asks none. Never the 999 answer, which stays as it is.
     */
    public Turn withWrittenFollowUp(Turn turn, AdviceRequest request) {
        if ((turn.route() != Route.REPORT_CONCERN && turn.route() != Route.CONSULTATION) || request.role() == CallerRole.CHILD) {
            return turn;
        }
        String t = PatternFile.cueText(request.text());
        if (cues.stream().noneMatch(c -> c.label().equals(WRITTEN_FOLLOW_UP) && c.foundIn(t))) {
            return turn;
        }
        var written = request.partnership().timescale("written-follow-up");
        if (written.isPresent()) {
            // West Sussex's referral answer holds the 24 hours behind "more" (lead's trial, 39th session: "if i ring a referral
            // through do i have to follow it up in writing"): putFirst moves it up to be the first thing said
            if (turn.advice().putFirst(written.get().description())) {
                turn.advice().cite(written.get().source());
            }
        } else if (turn.advice().paragraphs().stream().noneMatch(p -> p.contains("follows up") || p.contains("followed up"))) {
            turn.advice().putFirst(wording.format("context.writtenFollowUp.notStated", "partnership",
                    request.partnership().name()));
        }
        return turn;
    }

    /**
     * The answer, when the message is such a question and there is an answer to ask about.
     *
     * @param again the last route's advice, given again for this request (its number is offered again)
     */
    public Optional<Turn> answer(AdviceRequest request, Function<Route, Turn> again) {
        Route last = request.state().dialogue().last();
        // care-40: an adult survivor's own question after the survivor's answer ("will i have to go to court or anything", "what
        // about me tho, is there anyone i can talk to about what happened to me": care brief kind 1, 40th session - "I cannot
        // answer that one here" with the NSPCC's line or the out-of-hours team): their own lines again, NAPAC and the police
        if (last != null && last != Route.IMMEDIATE_RISK && survivor(request) && request.role() != CallerRole.CHILD
                && said(SURVIVOR_MORE, request.text())) {
            Advice advice = new Advice().add(wording.text("context.survivorMore"));
            national.addService(advice, "adult-survivors", "national.adult-survivors", request.style());
            national.addService(advice, "police-non-emergency", "context.survivorMore.police", request.style());
            return Optional.of(Turn.of(request, advice.essentialsEndHere(), request.state().settled(), last));
        }
        // "any holiday clubs round here" told with the writer's day ("xmas hols are gonna finish me off lol, ..."), read in a
        // longer message than a food bank is: the same answer - no list of local services, the Family Information Service
        // "can i ring them now" after the 999 answer asks whether to ring 999: yes, now (as "whos number do i ring" there)
        boolean answeredDanger = last == Route.IMMEDIATE_RISK;
        Optional<String> kind = kind(request.text())
                .filter(k -> !k.equals(RING_NOW) || request.state().dialogue().last() != null)
                .map(k -> k.equals(RING_NOW) ? (answeredDanger ? RING_999 : HOURS) : k)
                .map(k -> k.equals(HOURS_DAY) ? HOURS : k.equals(ACTIVITIES) ? NOT_LISTED
                        : k.equals(DOOR_NUMBER_IN_DOCUMENT) ? DOOR_NUMBER : k)
                // esc-49: "what about weekends" right after an escalation's answer (own set esc-49-a MA04: the front door's
                // hours): whether its working days left weekends out, which the escalation answers (holidaysCounted)
                .filter(k -> !k.equals(HOURS) || request.state().dialogue().last() != Route.ESCALATION
                        || !AskedCues.asks(AskedCues.HOLIDAYS, request.text()));
        // "what time does the mash shut" before anything else was answered: the front door's numbers and their hours
        // (flows 8, F16: the menu, then 999 for "its gone 8 now tho")
        // ... and so is "not urgent, is it ok to leave it till the office is open" (lead-30 K8: the menu): whether it can wait
        if (kind.filter(k -> k.equals(HOURS) || k.equals(CAN_WAIT)).isPresent() && (last == null || last == Route.GREETING
                || last == Route.OUT_OF_SCOPE || last == Route.GOODBYE)) {
            // ... the early help team's own hours when it is the team asked of ("we live in worthing, is the early help team
            // open today or is it shut cos of the bank hol": facts-40, the MASH's numbers would not answer it)
            last = AskedCues.asks(AskedCues.EARLY_HELP_ASKED, request.text()) ? Route.EARLY_HELP
                    : Route.REPORT_CONCERN;
        }
        // a family's own question that needs no answer before it, as a first message: "if i ring about the family over the
        // road will they find out it was me", "a social worker is coming to my house tomorrow what will happen", "can they
        // take my kids off me" (care helper's unseen set, 20th session: the family-consent answer, the menu, a line on
        // sharing that did not answer): asked of the answer to a worry. Not a professional's, whose questions have their own
        // ... "can i find out who reported me" whatever job the name finder read in "social services turned up at my door" (care
        // helper's own set, 37th session: the family's consent answer, nothing on who): the words are a family's own
        // ... and so is "can i bring someone to the child protection conference", whatever job the conference's words were read as
        // (care helper's probe, 38th session: the practitioners' consent rules)
        boolean familyAsks = !professional(request) || kind.filter(k -> k.equals(WHO_REPORTED) || k.equals(SUPPORTER)).isPresent();
        if (kind.filter(FAMILY_STANDALONE::contains).isPresent() && familyAsks && (last == null
                || last == Route.GREETING || last == Route.OUT_OF_SCOPE || last == Route.GOODBYE)) {
            last = Route.REPORT_CONCERN;
        }
        // "do social workers need my permission to speak to my daughter at school", "is the school allowed to pass things to social
        // services about my kids?" (care helper's brief and own set, 38th session): asked of the family's consent answer, so its
        // number follows and "so is that a yes or a no" next is that answer's follow-up
        if (kind.filter(k -> k.equals(TALK_TO_CHILD) || k.equals(SHARES_ABOUT_US)).isPresent() && familyAsks) {
            last = Route.CONSENT_INFO_SHARING;
        }
        // "sent a referral into mash earlier today, what happens now?" (esc helper's unseen set, 24th session: the consultation
        // answer, or the menu): what follows a contact, asked of the answer to a worry before anything else was answered
        boolean contactMade = kind.filter(k -> k.equals(CONTACT_MADE) || k.equals(WRITTEN_FOLLOW_UP)).isPresent();
        if (contactMade) {
            kind = Optional.of("after_contact");
            if (last == null || last == Route.GREETING || last == Route.OUT_OF_SCOPE || last == Route.GOODBYE) {
                last = Route.REPORT_CONCERN;
            }
        }
        // after the 999 answer, "whos number do i ring" or "who do i tell after" asks of that answer, before any other kind
        // its words may share ("who do i ring" is who_to_ring after a worry); after any other answer these go on as before
        if (last == Route.IMMEDIATE_RISK) {
            Optional<String> ringsNow = kind.filter(RING_999::equals);
            Optional<String> afterDanger = afterDangerKind(request.text()).or(() -> ringsNow);
            if (afterDanger.isPresent()) {
                // once rung, "who do i call" is whom to tell when the child is safe, not how to ring 999
                boolean rung = request.state().slots().flag(Slots.CALLED_999).orElse(false);
                kind = Optional.of(rung && afterDanger.get().equals(RING_999) ? TELL_AFTER : afterDanger.get());
            }
        } else if (kind.filter(RING_999::equals).isPresent() && WHO_TO_RING_AFTER.contains(last)) {
            // "whats the number" after the answer to a worry is whom to ring (lead's sealed q18: North Tyneside, whose policy
            // prints no front-door number, gave the same first screen again)
            kind = Optional.of(WHO_TO_RING);
        } else if (kind.filter(AFTER_DANGER::contains).isPresent()) {
            return Optional.empty();
        }
        // a child's "do social workers need my mums permission", "do i have to talk to the social worker" is a child's
        // question, the first message too, whatever other kind its words share ("before they talk to me" is not_asked_first,
        // which a child is not asked); an adult's goes on as before
        if (request.role() == CallerRole.CHILD) {
            // a child's question often says their age and whom first ("im 12 do social workers have to ask my mum before...")
            Optional<String> childs = kindAmong(request.text(), CHILDS_OWN, MAX_WORDS_SAID_WITH_WHO);
            if (childs.isPresent()) {
                kind = childs;
            }
        }
        if (kind.filter(CHILDS_OWN::contains).isPresent()) {
            if (request.role() != CallerRole.CHILD) {
                return Optional.empty();
            }
            if (last == null || last == Route.GREETING || last == Route.OUT_OF_SCOPE || last == Route.GOODBYE) {
                // risk-44: whether a teacher has to tell their mum is a question of consent and sharing, and its route says so
                // (the blind tester's kind 10e, 44th session: the report route, the reply right for the child)
                last = kind.get().equals(CHILD_PERMISSION) ? Route.CONSENT_INFO_SHARING : Route.REPORT_CONCERN;
            }
        }
        // "who do i ring then" after a worry or a consultation is the front door's number; elsewhere it goes on as before
        if (kind.filter(WHO_TO_RING::equals).isPresent() && last == Route.EARLY_HELP) {
            // facts-43: "who do i actually ring tomorrow morning" after the family-support answer (the lead's own set, 43rd
            // session: "I cannot answer that one here" after Sandwell's): whom that answer named, to ring when they open
            kind = Optional.of(EARLY_HELP_WHO);
        } else if (kind.filter(WHO_TO_RING::equals).isPresent()) {
            if (!WHO_TO_RING_AFTER.contains(last)) {
                return Optional.empty();
            }
            // a member of the public whose partnership prints no front-door number asked whom to ring, not for the
            // MASH: the numbers the answer gave (the follow-up's "again"), not that the document gives none
            // (ReplyBudgetsTest: "what number do i call" after a Sandwell neighbour's worry)
            // ... and the council's children's services (or whom the document names as running them) through their
            // published details, before those numbers: not only the national lines (care helper, sixteenth session)
            boolean noDoorNumber = request.partnership().contact(ContactKind.MASH).map(Contact::phone).isEmpty();
            kind = Optional.of(request.role() != CallerRole.PROFESSIONAL && noDoorNumber ? NO_DOOR_PUBLIC : DOOR_NUMBER);
        }
        // "what is the mash number" is the front door's, whatever was answered before (after danger, 999 stays first)
        if (kind.filter(k -> k.equals(DOOR_NUMBER) || k.equals(DOOR_EMAIL)).isPresent() && last != Route.IMMEDIATE_RISK) {
            last = Route.REPORT_CONCERN;
        }
        // "how long does the mash take to decide", "when will i hear back" (facts audit: the escalation answer, or the
        // how-to-refer numbers with no timescale): the MASH's decision times, the first message too; after a
        // disagreement or a complaint it is that case's own deadline, after an assessment the assessment's length
        // a first message that places a practitioner's disagreement at a stage by its people, with its day ("spoke to the
        // social worker, then rang their team manager last wednesday. when do i hear back?"): that stage's own due date,
        // which the escalation answers, not the MASH's decision time (the blind tester's kind E1, 33rd session)
        if (kind.filter(DECISION_TIME::equals).isPresent() && last == null && professional(request)
                && request.state().slots().number(Slots.STAGE).filter(n -> n > 0).isPresent()
                && request.state().slots().has(Slots.RAISED_ON)) {
            return Optional.empty();
        }
        if (kind.filter(DECISION_TIME::equals).isPresent()) {
            if (last == Route.ESCALATION || last == Route.COMPLAINT || AfterContactAnswers.assessmentAnswered(request, last)) {
                kind = Optional.of(HOW_LONG);
            } else if (last == Route.EARLY_HELP && !professional(request) && request.partnership()
                    .contacts(ContactKind.EARLY_HELP).stream().anyMatch(c -> c.phone() != null)) {
                // a parent who was given the early help team's own number: when that team rings back, not the MASH's
                // decision time for referring professionals (care helper's leftover, 31st session, and own set, 32nd:
                // West Sussex's "the referring professional is contacted ... within one working day" and the MASH's number)
                kind = Optional.of(HELP_TIME);
            } else if (last != Route.IMMEDIATE_RISK) {
                last = Route.REPORT_CONCERN;
            }
        }
        // "im a youth worker worried a lad is being radicalised" (facts audit: the menu in Medway, whose document gives
        // Prevent's numbers): asked of the answer to a worry
        if (kind.filter(PREVENT::equals).isPresent() && last != Route.IMMEDIATE_RISK) {
            last = Route.REPORT_CONCERN;
        }
        // "is there a food bank" before anything else was answered: asked of the family-support answer
        if (kind.filter(NOT_LISTED::equals).isPresent() && (last == null || last == Route.GREETING
                || last == Route.OUT_OF_SCOPE || last == Route.GOODBYE)) {
            last = Route.EARLY_HELP;
        }
        // "i want to register as a childminder", "need childcare for my 3 yr old" before anything else was answered: asked of
        // the family-support answer, as a food bank is (care-39)
        if (kind.filter(k -> k.equals(CHILDMINDING) || k.equals(CHILDCARE) || EARLY_YEARS.contains(k)).isPresent() && (last == null
                || last == Route.GREETING || last == Route.OUT_OF_SCOPE || last == Route.GOODBYE)) {
            last = Route.EARLY_HELP;
        }
        // facts-42: "what sort of things will the mash ask me when i get through", "do i need the childs date of birth to report
        // something?" before anything else was answered (own set facts-42-a L04, W03, S05: the menu, "Nobody from the MASH team is
        // on duty", the NSPCC's lines; facts-41 F22's leftover): asked of the answer to a worry, as an online form is
        // (care-42-a M03, W05 too: "what sort of questions will the mash ask me if i phone")
        if (kind.filter(k -> k.equals(THEY_ASK) || k.equals(THEY_ASK_DETAIL)).isPresent() && (last == null
                || last == Route.GREETING || last == Route.OUT_OF_SCOPE || last == Route.GOODBYE)) {
            last = Route.REPORT_CONCERN;
        }
        if (kind.filter(THEY_ASK_DETAIL::equals).isPresent() && last == Route.IMMEDIATE_RISK) {
            kind = Optional.of(THEY_ASK);
        }
        // "what will they ask me" after the 999 answer: what to tell the police, not what the MASH asks a referrer
        if (kind.filter(THEY_ASK::equals).isPresent() && last == Route.IMMEDIATE_RISK) {
            kind = Optional.of("tell_police");
        }
        // "is there an online form for referrals?" before anything else was answered: asked of the answer to a worry (facts
        // helper's own set, 38th session: the numbers, and the form's address nowhere)
        if (kind.filter(ONLINE::equals).isPresent() && request.role() != CallerRole.CHILD && (last == null
                || last == Route.GREETING || last == Route.OUT_OF_SCOPE || last == Route.GOODBYE)) {
            last = Route.REPORT_CONCERN;
        }
        // "can i do it online" asks of the answer to a worry, a consultation or a request for support; a child's goes on
        if (kind.filter(ONLINE::equals).isPresent() && (request.role() == CallerRole.CHILD || (last != Route.REPORT_CONCERN
                && last != Route.CONSULTATION && last != Route.EARLY_HELP))) {
            return Optional.empty();
        }
        // the decision to refer is a professional's; anyone else asking it ("should i report it") goes on as before
        if (kind.filter(REFER_OR_NOT::equals).isPresent()
                && (!professional(request) || (last != Route.CONSULTATION && last != Route.REPORT_CONCERN))) {
            return Optional.empty();
        }
        if (kind.filter(WHILE_HELP_COMES::containsKey).isPresent() && last != Route.IMMEDIATE_RISK) {
            return Optional.empty();
        }
        // whether someone will come is a family's question about a worry passed on; after the 999 answer "will they come" asks
        // of the police, and a child's or a professional's goes on as before
        if (kind.filter(VISIT::equals).isPresent() && (last == Route.IMMEDIATE_RISK || professional(request)
                || request.role() == CallerRole.CHILD)) {
            return Optional.empty();
        }
        // what to notice is asked before a visit; after the 999 answer it is what to watch for while help comes, from
        // somewhere safe (the 999 line first), not a visit's
        if (kind.filter(LOOK_OUT_FOR::equals).isPresent() && last == Route.IMMEDIATE_RISK) {
            kind = Optional.of("go_round");
        }
        if (kind.isEmpty() || last == null || last == Route.GREETING || last == Route.GOODBYE
                || last == Route.OUT_OF_SCOPE) {
            return Optional.empty();
        }
        // "oh and shes been missing school again this week" from a nan disagreeing with the MASH's decision (esc helper's own
        // set, 37th session: told what an assessment is, as if defending herself): in a disagreement it is more to tell them,
        // thanked as such; "what is an assessment?" there is still asked
        if (kind.get().equals(ASSESSED) && last == Route.ESCALATION && !asks.test(request.text())) {
            return Optional.empty();
        }
        boolean child = request.role() == CallerRole.CHILD;
        // a child is answered as a child: not the MASH's timescales for referrers, nor the Prevent contacts
        if (child && (kind.get().equals(DECISION_TIME) || kind.get().equals(PREVENT))) {
            return Optional.empty();
        }
        // a family told to use the complaints process: "what happens next" is the complaint's (a professional's
        // disagreement has its own next stage, under "what else")
        boolean complaint = last == Route.COMPLAINT
                || (last == Route.ESCALATION && !child && !professional(request));
        if (kind.filter(STILL_UNHAPPY::equals).isPresent() && !complaint) {
            return Optional.empty();
        }
        // "what happens next" is the worry's next step only after a worry was passed on, or the complaint's after
        // the complaints answer; elsewhere it is "what else"
        // once 999 has been rung, "what happens now with the baby" is what follows the call: the worry's next step
        boolean called = last == Route.IMMEDIATE_RISK && request.state().slots().flag(Slots.CALLED_999).orElse(false);
        // a family told they were referred ("my neighbour reported me"): "what will happen now" is what follows a worry
        // passed on about them (lead's sealed q7: the menu, after the consent answer for a referred family)
        // so is a family's "what happens now" after any consent answer (care helper's unseen set, fifteenth session: a parent
        // told the school had referred their son got "not understood")
        boolean referred = last == Route.CONSENT_INFO_SHARING && !professional(request);
        // a child's "what happens now" after telling of their own harm (care helper's unseen set, 20th session: a 10-year-old who
        // had told her teacher was told to tell an adult like a teacher again): what happens after telling, in a child's words
        if (kind.get().equals("report_next") && child && request.state().slots().has(DisclosureAdvisor.SLOT)
                && !WhoseHarm.aboutAFriend(request)) {
            kind = Optional.of("after_contact");
        }
        if (kind.get().equals("report_next")
                && (child || (last != Route.REPORT_CONCERN && !complaint && !called && !referred))) {
            return Optional.empty();
        }
        // "she says if i tell anyone shell never talk to me again" from an adult: the secret a child asked for (blind q25: "this
        // policy gives no consent rules"), not a friend's fallout
        if (kind.filter(k -> k.equals(FALLOUT) || k.equals(FRIEND_FALLOUT)).isPresent() && !child
                && said(SECRET_ASKED, request.text())) {
            kind = Optional.of(SECRET_ASKED);
        }
        // "but she will hate me" about a friend who was hurt is the friend's fallout; from an adult it goes on as usual
        if (kind.filter(FALLOUT::equals).isPresent() && WhoseHarm.aboutAFriend(request)) {
            kind = Optional.of(FRIEND_FALLOUT);
        }
        if (kind.filter(FALLOUT::equals).isPresent() && !child) {
            return Optional.empty();
        }
        // "will he find out", "will my dad find out" from a child who told of home (care helper's unseen set, 19th session:
        // "tell an adult you trust" again): the child's anonymity answer; an adult's goes on as usual
        if (kind.filter(FOUND_OUT::equals).isPresent()) {
            if (!child) {
                return Optional.empty();
            }
            kind = Optional.of(ANONYMITY);
        }
        // a friend's harm is told by young people above all, so "what if she hates me" is theirs whatever role was read
        // ... but a grown-up told of a child's harm whom the child "begged not to tell" (care helper's unseen set, 20th
        // session: the numbers again, the secret not heard) is told what to do with the secret: not kept, and why
        // ... and so is a practitioner whose pupil or patient asked for secrecy, after any answer but the consent rules, whose
        // own paragraphs on going ahead without agreement answer it (esc helper's leftover, 25th session: a GP thanked)
        // ("she doesnt want me to tell anyone" from a practitioner may be a parent refusing consent: only a secret asked in
        // so many words, or a promise given, is taken as the child's)
        boolean secretAsked = kind.get().equals(SECRET_ASKED);
        if (secretAsked) {
            kind = Optional.of(FRIEND_SCARED);
        }
        boolean friendKind = kind.get().equals(FRIEND_SCARED) || kind.get().equals(FRIEND_PROMISE);
        if (friendKind && !child && !WhoseHarm.aboutAFriend(request) && (professional(request)
                ? (secretAsked || kind.get().equals(FRIEND_PROMISE)) && last != Route.CONSENT_INFO_SHARING
                : KnownFacts.afterHarm(request.state()))) {
            kind = Optional.of(SECRET_KEPT);
        }
        if ((kind.get().equals(FRIEND_FALLOUT) || kind.get().equals(FRIEND_SCARED) || kind.get().equals(FRIEND_PROMISE))
                && !child
                && !WhoseHarm.aboutAFriend(request)) {
            return Optional.empty();
        }
        // "i dont want to ring anyone" is a child's question; an adult's goes on as usual. "Will she get in trouble" too,
        // unless the adult says they do not want to get someone in trouble (flows 9, second set B13)
        boolean adultsTrouble = kind.get().equals(TROUBLE)
                && AskedCues.asks(AskedCues.TROUBLE_NOT_WANTED, request.text());
        // after danger, "should i call the police" is the 999 script again; a child leaving is a child's, an adult's goes on
        if ((kind.get().equals(POLICE) && last == Route.IMMEDIATE_RISK) || (kind.get().equals(LEAVING) && !child)) {
            return Optional.empty();
        }
        if (!child && (CHILD_ONLY.contains(kind.get()) || (kind.get().equals(TROUBLE) && !adultsTrouble))) {
            return Optional.empty();
        }
        // a family or a child asking whether they may ring the number given themselves; a professional's "do i need a
        // referral" is theirs
        if (kind.get().equals(SELF_CONTACT) && professional(request)) {
            return Optional.empty();
        }
        // what the MASH asks whoever passes a worry on is not what a complaint or a disagreement needs ready (lead's
        // follow-up sweep, 2 Dec: "do i need any information ready" after the complaints answer got the MASH's list)
        if (kind.get().equals(THEY_ASK) && complaint) {
            return Optional.empty();
        }
        // "will they tell the parents" once the anonymity answer was given (care helper's unseen set, 20th session, once a
        // first message could be answered with it): not the same answer again - they can ask before giving their name,
        // and the line that needs none
        boolean anonymityAsked = kind.get().equals(ANONYMITY) || kind.get().equals(ANONYMITY_FEAR);
        boolean anonymityAgain = anonymityAsked && !child && request.state().slots().flag(ANONYMITY_TOLD).orElse(false);
        Turn previous = again.apply(last);
        Advice advice = new Advice();
        // after danger the 999 line stays first, whatever was asked
        // (after the call, not the while-help-comes script again: to call again if anything changes)
        // (a child is told it in a child's words, not the adult's "call 999 now if a child is in danger": care helper's
        // unseen set, sixteenth session - "will they tell my mum" got both)
        if (called) {
            advice.add(wording.text("risk.afterCall.more"));
        } else if (last == Route.IMMEDIATE_RISK && child) {
            advice.add(wording.text(request.style().spoken() ? "child.danger.voice" : "child.danger"));
        } else if (last == Route.IMMEDIATE_RISK && !previous.advice().paragraphs().isEmpty()) {
            advice.add(previous.advice().paragraphs().get(0));
        }
        // the question is Childline's own rule, so its words answer it first (national.yml childline-name)
        if (child && kind.get().equals(CHILDLINE_NAME)) {
            national.addService(advice, "childline-name", "national.childline-name", request.style());
            national.addChildline(advice, request.style()).essentialsEndHere();
            return Optional.of(previous.withAdvice(advice));
        }
        // a child's own questions about telling: the worry answered, Childline's words on telling, and Childline
        Optional<String> childsQuestion = child ? Optional.ofNullable(CHILD_ABOUT_TELLING.get(kind.get())) : Optional.empty();
        if (childsQuestion.isPresent()) {
            // on a call, the shorter form where there is one, so that Childline's number is heard in the first prompt
            String spokenKey = childsQuestion.get() + ".voice";
            advice.add(wording.text(request.style().spoken() && wording.has(spokenKey) ? spokenKey : childsQuestion.get()));
            national.addChildline(advice, request.style()).essentialsEndHere();
            // Childline's own words on it after the first screen: the worry answered and Childline come first
            String service = kind.get().equals("anonymity") || kind.get().equals(CHILD_PERMISSION)
                    || kind.get().equals(CHILD_WHO_TOLD)
                    ? "childline-confidential" : "child-what-happens";
            // (said once: not again for "what if i dont want to" after "do i have to talk to them")
            if (!kind.get().equals(FALLOUT) && !kind.get().equals(MUST_TALK_NO)) {
                national.addService(advice, service, "national." + service, request.style());
            }
            return Optional.of(previous.withAdvice(advice));
        }
        // the label names the national entry that answers it (early_years_medicines: national.yml early-years-medicines)
        if (EARLY_YEARS.contains(kind.get())) {
            return Optional.of(frontDoor.earlyYears(advice, request, previous, kind.get().replace('_', '-')));
        }
        boolean reportAgain = false;
        switch (kind.get()) {
            // facts-43: whom to ring about family support when they open: the numbers the family-support answer gave (the front
            // door first, with its hours where published), or, where the document gives none, the child's school, GP or health
            // visitor on their own numbers, with the national line meanwhile
            case EARLY_HELP_WHO -> {
                List<String> numbers = NumbersGiven.paragraphs(previous);
                boolean own = request.partnership().contacts(ContactKind.EARLY_HELP).stream().anyMatch(c -> c.phone() != null)
                        || request.partnership().contact(ContactKind.MASH).map(Contact::phone).isPresent();
                advice.add(own ? wording.text("context.earlyHelpWho") : wording.format("context.earlyHelpWho.noNumber",
                        "partnership", request.partnership().name()));
                numbers.forEach(advice::add);
                if (numbers.isEmpty()) {
                    national.addFor(advice, request.role(), request.style());
                }
                return Optional.of(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
            }
            case ANONYMITY, ANONYMITY_FEAR -> {
                if (anonymityAgain) {
                    national.addFor(advice.add(wording.text("context.anonymity.again")), request.role(), request.style());
                } else if (child) {
                    advice.add(wording.text("context.anonymity.child"));
                } else {
                    anonymity(advice, request, kind.get().equals(ANONYMITY_FEAR));
                }
            }
            case TROUBLE -> advice.add(wording.text(child ? "context.trouble.child" : "context.trouble.adult"));
            // "will she get in trouble if she tells someone" (care-41-a FU06: the worry's numbers again): no, and Childline for them
            // one parent saying the child may not tell anyone (care-41-a PR05: the consent rules of a referral): no one's
            // permission is needed, Childline for the child, and the worry's number after (below)
            case CHILD_MAY_TELL -> national.addService(advice.add(wording.text(child ? "context.childMayTell.child"
                    : "context.childMayTell")), "childline", "national.childline.forThem", request.style());
            case TROUBLE_TELLING -> national.addService(advice.add(wording.text("context.troubleTelling")), "childline",
                    "national.childline.forThem", request.style());
            case "on_the_phone", "go_round" -> advice.add(wording.text(WHILE_HELP_COMES.get(kind.get())));
            case "tell_police" -> advice.add(wording.text(child ? "context.tellPolice.child" : "context.tellPolice"));
            // 999 is the police and ambulance, free at any hour: what to ask for (a child: how to ring it), and nothing of
            // the next day's numbers, which the 999 answer already gave
            case RING_999, POLICE_999 -> {
                String key = child && kind.get().equals(RING_999) ? "context.ring999.child"
                        : kind.get().equals(POLICE_999) ? "context.ring999.yes" : "context.ring999";
                if (child) {
                    national.addService(advice, "emergency", request.style().spoken() ? key + ".voice" : key,
                            request.style());
                    national.addChildline(advice, request.style());
                    return Optional.of(previous.withAdvice(advice.essentialsEndHere()));
                }
                // an adult's "what number" after the 999 answer also wants the number to tell once the child is safe (blind
                // tester, 3 Dec: only 999 again, as if the chat were locked to it): how to ring 999 first - which is the 999
                // line, so the answer's own first line is not said twice - then that answer's numbers
                Advice numbers = national.addService(new Advice(), "emergency",
                        request.style().spoken() ? key + ".voice" : key, request.style());
                numbers.essentialsEndHere().add(wording.text("context.tellAfter"));
                NumbersGiven.paragraphs(previous).forEach(numbers::add);
                numbers.citeAll(previous.advice().sources());
                return Optional.of(previous.withAdvice(numbers));
            }
            // once the child is safe, tell these what was seen, so that someone follows it up: that answer's numbers
            case TELL_AFTER -> {
                if (child) {
                    return Optional.of(toChild(advice, request, previous, "followup.child.whatToDo"));
                }
                advice.add(wording.text("context.tellAfter"));
                NumbersGiven.paragraphs(previous).forEach(advice::add);
                advice.citeAll(previous.advice().sources());
            }
            case FRIEND_FALLOUT -> national.addChildline(advice.add(wording.text("context.friendFallout")),
                    request.style());
            case FRIEND_SCARED -> national.addChildline(advice.add(wording.text("context.friendScared")),
                    request.style());
            case FRIEND_PROMISE -> national.addChildline(advice.add(wording.text("context.friendPromise")),
                    request.style());
            case SECRET_KEPT -> {
                advice.add(wording.text(professional(request) ? "context.secret.professional" : "context.secret.adult"));
                // the number that answers now, not the whole list again
                NumbersGiven.paragraphs(previous).stream().limit(1).forEach(advice::add);
                advice.citeAll(previous.advice().sources());
            }
            case COST, SUPPORT_COST -> {
                // after the family-support answer "is it free" asks of the support: that the document does not say, and
                // whom to ask - not what a call to each number costs (blind tester's q21)
                if (kind.get().equals(SUPPORT_COST) && last == Route.EARLY_HELP) {
                    advice.add(wording.text("context.cost.support"));
                    // facts-49: and a free national line the reply gave first, which the question may ask of ("is it free"
                    // after Samaritans' line to a dad who could not cope: own set facts-49-a MA04)
                    frontDoor.freeNationalGiven(advice, request, previous);
                    NumbersGiven.paragraphs(previous).stream().limit(1).forEach(advice::add);
                    return Optional.of(previous.withAdvice(advice.citeAll(previous.advice().sources())
                            .essentialsEndHere()));
                }
                return Optional.of(frontDoor.cost(advice, request, previous));
            }
            case SEND_ME -> {
                return Optional.of(frontDoor.sendMe(advice, request, previous));
            }
            case ONLINE -> {
                return Optional.of(frontDoor.online(advice, request, previous));
            }
            case NO_DOOR_PUBLIC -> {
                return Optional.of(frontDoor.noDoorNumberForThePublic(advice, request, previous));
            }
            case CHILDMINDING, CHILDCARE -> {
                return Optional.of(frontDoor.childcare(advice, request, previous, kind.get().equals(CHILDMINDING)));
            }
            case DOOR_NUMBER, DOOR_EMAIL, NOT_LISTED -> {
                return Optional.of(frontDoor.frontDoor(advice, request, previous, kind.get()));
            }
            case DECISION_TIME -> {
                return Optional.of(frontDoor.decisionTime(advice, request, previous));
            }
            case HELP_TIME -> {
                advice.add(wording.format("context.helpTime", "partnership", request.partnership().name()));
                NumbersGiven.paragraphs(previous).stream().limit(1).forEach(advice::add);
                return Optional.of(previous.withAdvice(advice.citeAll(previous.advice().sources()).essentialsEndHere()));
            }
            case PREVENT -> {
                return Optional.of(frontDoor.prevent(advice, request, previous));
            }
            case NOT_OK -> {
                return Optional.of(toChild(advice, request, previous, "context.notOk.child"));
            }
            case POLICE -> {
                if (child) {
                    return Optional.of(toChild(advice, request, previous,
                            request.style().spoken() ? "child.danger.voice" : "child.danger"));
                }
                advice.add(wording.text(request.style().spoken() ? "context.police.voice" : "context.police"));
                national.addPolice(advice, request.style());
            }
            case LEAVING -> {
                // the 999 line first, then that they can come back: a child who must stop writing may be in danger
                if (last != Route.IMMEDIATE_RISK) {
                    advice.add(wording.text(request.style().spoken() ? "child.danger.voice" : "child.danger"));
                }
                return Optional.of(toChild(advice, request, previous,
                        request.style().spoken() ? "context.leaving.child.voice" : "context.leaving.child"));
            }
            // "i just want them to stop" after telling of shouting at home (care helper, 2 Dec: the self-harm 999 script from
            // the model alone): it makes sense, it is not their fault, 999 if in danger, Childline
            case WANT_STOP -> {
                advice.add(wording.text("context.wantStop.child"));
                return Optional.of(toChild(advice, request, previous,
                        request.style().spoken() ? "child.danger.voice" : "child.danger"));
            }
            case WISH -> {
                return Optional.of(toChild(advice, request, previous, "context.wish.child"));
            }
            case NO_CALL -> {
                return Optional.of(toChild(advice, request, previous, "context.noCall.child"));
            }
            // "social services are involved with my granddaughter and nobody will tell me anything" (blind tester's q21b): not
            // the parents' consent to a referral, but why a relative may be told little, whom to ask, advice for relatives
            case RELATIVE_KEPT_OUT -> {
                if (child) {
                    return Optional.empty();
                }
                advice.add(wording.text("context.relativeKeptOut"));
                national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
            }
            // "can i do that even tho im not his mum" after the answer to a family's disagreement or complaint (esc helper's
            // leftover, 28th session, and unseen set, 29th: "I cannot answer that one here", or the consent rules): a relative
            // may say they disagree; where the policy names who may raise a disagreement, its words; advice for relatives
            case STANDING -> {
                if (child || professional(request) || (last != Route.ESCALATION && last != Route.COMPLAINT)) {
                    return Optional.empty();
                }
                var who = request.partnership().escalationPolicy().whoMayEscalate();
                if (who.audience() == uk.mashline.knowledge.EscalationAudience.ANYONE_IN_CHILDS_NETWORK) {
                    advice.add(wording.format("context.standing.network", Map.of("partnership",
                            request.partnership().name(), "text", who.text())), who.source());
                } else {
                    advice.add(wording.text("context.standing"));
                }
                national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
            }
            // "the school have suggested early help, do they come to your house" (brief's leftover, 35th session, facts set
            // F35-28/29: the MASH's "a worry passed on does not mean anyone will come"): early help is support agreed with the
            // family, and what the document says of it (Medway: parents consent; West Sussex: the assessment made with them)
            case VISIT -> {
                if (last == Route.EARLY_HELP || AskedCues.asks(AskedCues.EARLY_HELP_NAMED, request.text())) {
                    advice.add(wording.text("context.visit.earlyHelp"));
                    request.partnership().guidance(GuidanceTopic.EARLY_HELP, false, request.text())
                            .forEach(g -> advice.add(g.text().text(), g.text().source()));
                    // then the early help answer's own numbers (West Sussex's teams, not the MASH)
                    Turn earlyHelp = again.apply(Route.EARLY_HELP);
                    NumbersGiven.paragraphs(earlyHelp).stream().limit(2).forEach(advice::add);
                    return Optional.of(earlyHelp.withAdvice(advice.citeAll(earlyHelp.advice().sources())
                            .essentialsEndHere()));
                } else {
                    advice.add(wording.text("context.visit"));
                    afterContact.addGuidance(advice, request, GuidanceTopic.AFTER_CONTACT, "");
                }
            }
            // what to notice on a visit, then what to do with it: the answer's number follows (999 first after danger)
            case LOOK_OUT_FOR -> {
                if (child) {
                    return Optional.empty();
                }
                advice.add(wording.text("context.lookOutFor")).add(wording.text("context.lookOutFor.after"));
            }
            case WHO_REPORTED -> {
                if (child) {
                    return Optional.empty();
                }
                whoReported(advice, request);
            }
            case REPORTED_ME -> {
                advice.add(wording.text(child ? "context.trouble.child" : "context.reportedMe"));
                afterContact.addGuidance(advice, request, GuidanceTopic.AFTER_CONTACT, "");
            }
            // "i dont understand why the school didnt talk to me first" (care helper, 2 Dec: "Nobody on duty", a handoff):
            // they can ask, and what the document says of telling a family before a referral; a child's goes on as usual
            case NOT_ASKED_FIRST -> {
                if (child) {
                    return Optional.empty();
                }
                advice.add(wording.text("context.notAskedFirst"));
                GuidanceNotes.add(advice, request, GuidanceTopic.CONSENT);
            }
            // "what do i say to them" from a parent once what an assessment is was said (care helper's unseen set, 24th session:
            // what a reporter tells the MASH, "the child's name and where they live"): how to meet the social worker
            case THEY_ASK_DETAIL -> afterContact.theyAskDetail(advice, request);
            case THEY_ASK -> {
                if (!child && request.state().slots().flag(AfterContactAnswers.ASSESSMENT_ANSWERED).orElse(false)) {
                    advice.add(wording.text("context.assessed.theyAsk"));
                    national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
                } else {
                    afterContact.theyAsk(advice, request);
                }
            }
            // a bare "im scared" (care helper's unseen set, fifteenth session: the 999 script again, or "Thank you for
            // letting me know"): understandable, 999 if anyone is in danger now, who helps; a child is answered as a child
            case SCARED -> {
                if (child) {
                    return Optional.of(toChild(advice, request, previous, request.style().spoken()
                            ? "context.scared.child.voice" : "context.scared.child"));
                }
                advice.add(wording.text(request.style().spoken() ? "context.scared.voice" : "context.scared"));
                national.addService(advice, "domestic-abuse", "national.domestic-abuse", request.style());
            }
            // "what do i do when he goes again" after telling of a teenager who keeps going missing (lead's set, 26th
            // session: "I cannot answer that one here"): report it to the police each time, 999 where the child is at risk,
            // no wait of 24 hours; a child's goes on as usual
            case MISSING_AGAIN -> {
                if (child) {
                    return Optional.empty();
                }
                national.addService(advice, "missing-child", "national.missing-child", request.style());
            }
            // "should i say something to my son first" from a parent (care helper's unseen set: the menu)
            case TALK_FIRST -> {
                if (child) {
                    return Optional.empty();
                }
                advice.add(wording.text("context.talkFirst"));
            }
            // no document says who may sit in: ask the social worker; a parent's independent advice, a child's Childline
            case SUPPORTER -> {
                if (child) {
                    return Optional.of(toChild(advice, request, previous, "context.supporter.child"));
                }
                advice.add(wording.format("context.supporter", "partnership", request.partnership().name()));
                national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
            }
            // "do social workers need my permission to speak to my daughter at school", "can social services talk to my son at
            // school without me being there" (care helper's brief and own set, 38th session: the menu, or the early help teams):
            // no document says when they may, so said, what to ask the social worker, and independent advice for parents
            case TALK_TO_CHILD -> {
                if (child) {
                    return Optional.of(toChild(advice, request, previous, "context.supporter.child"));
                }
                advice.add(wording.format("context.talkToChild", "partnership", request.partnership().name()));
                national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
            }
            // "is the school allowed to pass things to social services about my kids?" (care helper's brief: the menu; own set,
            // 38th session: "the people working with your child can tell you what they share", no yes or no): yes, and when
            // without the family's agreement, from the national advice to those who share (national.yml information-sharing)
            case SHARES_ABOUT_US -> {
                if (child) {
                    return Optional.empty();
                }
                national.addService(advice, ConsentAdvisor.INFORMATION_SHARING, "context.sharesAboutUs", request.style());
                advice.add(wording.text("context.sharesAboutUs.ask"));
            }
            case ASSESSED -> {
                // a child's "i havent done anything wrong": it is not their fault, and Childline to talk it over
                if (child) {
                    return Optional.of(toChild(advice, request, previous, "context.trouble.child"));
                }
                // "i only lost my temper once" once what an assessment is was said (care helper, 24th session: "thank you for
                // telling me more", as if it were a detail to pass on): what to do with it, and independent advice
                if (request.state().slots().flag(AfterContactAnswers.ASSESSMENT_ANSWERED).orElse(false)) {
                    advice.add(wording.text("context.assessed.again"));
                    national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
                } else {
                    afterContact.assessment(advice, request);
                    // a family told of an assessment: independent advice for parents whose children are involved with
                    // children's services (care helper's own set, 32nd session: "is there anyone independent i can talk to
                    // about it" got the NSPCC alone, then nothing more to "have u got a number for them")
                    if (!professional(request)) {
                        national.addService(advice, "family-rights-group", "national.family-rights-group",
                                request.style());
                    }
                }
            }
            case REMOVAL -> {
                // a child ("will i get taken away") is told it is not their fault and to talk it over with Childline
                if (child) {
                    return Optional.of(toChild(advice, request, previous, "context.trouble.child"));
                }
                // asking for help for the family is early help, not a report (care helper's first set, 27th session)
                // care-44: what the document says of a meeting or service the fear is told with ("theres going to be a TAF for
                // him, what happens at it?? im worried theyll take him off me": typed-as-users-facts-37 FZ09), first; then what
                // a referral is, where the story names one (own set care-44-a CS04, CL04)
                request.partnership().guidance(GuidanceTopic.EARLY_HELP, professional(request), request.text()).stream()
                        .filter(g -> !g.mentions().isEmpty()).forEach(g -> advice.add(g.text().text(), g.text().source()));
                if (AskedCues.asks(AskedCues.REFERRAL_SAID, request.text())) {
                    advice.add(wording.text("context.removal.referral"));
                }
                if (said(REMOVAL_HELP, request.text())) {
                    advice.add(wording.text(request.style().spoken() ? "family.not_social.voice" : "family.not_social"))
                            .add(wording.text(request.style().spoken() ? "family.ask_support.voice" : "family.ask_support"));
                    national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
                    // care-43: asked of the early help answer, with its teams' numbers after the first screen, so that "we're in
                    // horsham" next is that team's (own set care-43-a CW05: the West Sussex MASH, as after a worry passed on)
                    Turn earlyHelp = again.apply(Route.EARLY_HELP);
                    advice.essentialsEndHere();
                    NumbersGiven.paragraphs(earlyHelp).stream().filter(p -> !advice.paragraphs().contains(p)).limit(2)
                            .forEach(advice::add);
                    return Optional.of(earlyHelp.withAdvice(advice.citeAll(earlyHelp.advice().sources())));
                }
                // care-47: asked straight after the family-support answer ("will they take my kids off me" from a father who
                // asked for early help in Chatham: own set care-47-a CM02 - only what cannot be foretold): that early help is
                // support the family agrees to, first
                if (request.state().dialogue().last() == Route.EARLY_HELP) {
                    advice.add(wording.text(request.style().spoken() ? "family.not_social.voice" : "family.not_social"));
                }
                advice.add(wording.text("context.removal"));
                // what the document says of children staying with their families, or that it says nothing - then where a
                // parent gets independent advice (care helper's unseen set, 21st session: no word on what usually happens)
                if (!afterContact.removal(advice, request)) {
                    advice.add(wording.format("context.removal.notStated", "partnership", request.partnership().name()));
                }
                national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
                afterContact.addGuidance(advice, request, GuidanceTopic.AFTER_CONTACT, "");
            }
            case HOURS -> frontDoor.hours(advice, request, previous);
            case CAN_WAIT -> {
                advice.add(wording.text(child ? "context.canWait.child" : "context.canWait"));
                frontDoor.hours(advice, request, previous);
                advice.add(wording.text("context.urgent.danger"));
            }
            // not the same answer again (care helper, 1 Dec): ring rather than wait here, and the numbers, which say
            // who is open now where the document gives hours
            case URGENT -> {
                advice.add(wording.text(child ? "context.urgent.child" : "context.urgent"));
                NumbersGiven.paragraphs(previous).forEach(advice::add);
                advice.citeAll(previous.advice().sources());
                advice.add(wording.text("context.urgent.danger"));
            }
            // after a family's worry or request for support, whether the team takes them directly; after any other
            // answer, a child's included, yes: the answer's own number follows
            case SELF_CONTACT -> advice.add(wording.text(child ? "context.selfContact.child"
                    : last == Route.EARLY_HELP || last == Route.REPORT_CONCERN ? "context.selfContact"
                    : "context.selfContact.direct"));
            case PASS_ON -> {
                advice.add(wording.text(child ? "context.passOn.child" : "context.passOn"));
                if (child) {
                    // Childline, and the number a child or an adult can ring where that answer gave one (not out of hours)
                    previous.advice().paragraphs().stream().filter(ContextQuestions::givesContact).limit(2)
                            .forEach(advice::add);
                    advice.citeAll(previous.advice().sources());
                }
            }
            case REFER_OR_NOT -> advice.add(wording.text("context.referOrNot"));
            case CALL_BACK -> {
                if (child) {
                    return Optional.of(toChild(advice, request, previous, "context.callBack.child"));
                }
                advice.add(wording.text("context.callBack"));
            }
            // care-50: after a school's or a nursery's complaints answer, their own next step ("and if the head just ignores me":
            // own set care-50-a SW03 - "Thank you for letting me know"), not the ombudsman, who looks at councils
            case STILL_UNHAPPY -> {
                Optional<String> about = request.state().slots().get(ComplaintAdvisor.ABOUT);
                if (about.filter(ComplaintAdvisor.SCHOOL::equals).isPresent()) {
                    national.addService(advice, "school-complaints", "context.stillUnhappy.school", request.style());
                } else if (about.filter(ComplaintAdvisor.CHILDCARE::equals).isPresent()) {
                    national.addService(advice, "childcare-complaints", "context.stillUnhappy.childcare", request.style());
                } else {
                    national.addService(advice, "ombudsman", "national.ombudsman", request.style());
                }
            }
            case "overreacting" -> {
                // an adult who told of abuse in their own childhood asks whether they will be believed, not whether a worry
                // is worth passing on (risk helper, 32nd session: "what if they dont believe me" got "you are not overreacting")
                if (!child && survivor(request)) {
                    advice.add(wording.text("context.listened.survivor"));
                    national.addPolice(advice, request.style());
                } else {
                    advice.add(wording.text(child ? "context.reassure.child"
                            : last == Route.ESCALATION ? "context.reassure.escalation" : "context.reassure.worry"));
                }
            }
            // "what if they deny it": nobody has to prove anything to pass a worry on
            // ... from an adult who told of abuse in their own childhood, "what if they dont believe me" is whether they will be
            // believed (risk helper, 32nd session: "you do not have to be sure that something is wrong", as if of a worry)
            case "doubt" -> {
                if (!listenedAsSurvivor(advice, request, child)) {
                    advice.add(wording.text(child ? "context.reassure.child" : "context.reassure.doubt"));
                }
            }
            // "she says he would never do it again" after danger or harm told (care helper's first set, 28th session: the
            // professionals' consultation line and levels of need): a promise does not make the child safe
            case "never_again" -> advice.add(wording.text(child ? "context.reassure.child" : "context.neverAgain"));
            // "will they listen to me tho, im only the nan" after a worry (care helper's first set, 29th session: thanked for
            // telling more): yes, and what to tell them
            // ... and an adult who told of abuse in their own childhood, "would they even believe me now after all these years"
            // (risk helper's set, 31st session: a relative's "a worry from a grandparent is taken seriously"): the police take
            // it however long ago, no proof needed, and their line
            case "listened" -> {
                if (!listenedAsSurvivor(advice, request, child)) {
                    advice.add(wording.text(child ? "context.listened.child" : "context.listened"));
                }
            }
            // "i dont want to involve the police" from an adult who told of abuse in their own childhood (blind tester's kind R6,
            // 31st session: "Thank you for telling me more. Tell them that too"): their choice; NAPAC; children's services for
            // children near that person now. Anyone else's goes on as before
            case NO_POLICE -> {
                if (child || !survivor(request)) {
                    return Optional.empty();
                }
                advice.add(wording.text("context.noPolice.survivor"));
                national.addService(advice, "adult-survivors", "national.adult-survivors", request.style());
                NumbersGiven.paragraphs(previous).stream().filter(p -> !national.isPoliceNonEmergencyLine(p)).limit(2)
                        .forEach(advice::add);
            }
            case "how_long" -> {
                // "how long have they got to give it me" after the answer on asking for one's records (care helper's own set,
                // 33rd session: First Response's one working day for a contact): the time the law gives the council
                if (!child && request.state().slots().has(FamilyFollowUps.RECORDS_ASKED)) {
                    national.addService(advice, FamilyFollowUps.RECORDS_TIME, "national." + FamilyFollowUps.RECORDS_TIME,
                            request.style());
                    return Optional.of(previous.withAdvice(advice.essentialsEndHere()));
                }
                // a parent or a member of the public told to use the complaints process: how long the complaint's reply
                // takes, not the escalation answer again (lead's sealed q19: Sandwell's family answer twice)
                boolean family = request.role().isFamilyOrPublic();
                Optional<Turn> answered = afterContact.howLong(advice, request, previous,
                        last == Route.ESCALATION && family ? Route.COMPLAINT : last);
                if (answered.isPresent()) {
                    return answered;
                }
                afterContact.addGuidance(advice, request, complaint ? GuidanceTopic.COMPLAINT_REPLY
                        : GuidanceTopic.AFTER_CONTACT, complaint ? "" : AfterContactAnswers.HOW_LONG);
            }
            default -> {
                // a child's "what will happen if i tell": not the document's rules on what referrers are told (lead's SMS
                // trial, 1 Dec: a 12-year-old got "Family, friends and neighbours are told..."), but that they are not
                // in trouble and can talk it over with Childline first
                if (child) {
                    advice.add(wording.text("context.trouble.child"));
                } else {
                    afterContact.addGuidance(advice, request, complaint ? GuidanceTopic.COMPLAINT_REPLY
                            : GuidanceTopic.AFTER_CONTACT, kind.get().equals("how_long") ? "" : contactMade ? MADE : ".next");
                    // care-42: "what actually happens after i ring about a kid" from the public where the document says
                    // nothing for them (care-42-a S04, L06: only "you can ask them what will happen next"): what a council's
                    // public page says follows a report (national.yml report-again), after the answer's number
                    reportAgain = !complaint && !contactMade && !professional(request)
                            && !request.state().slots().flag(ConsentAdvisor.TOLD_OF_REFERRAL).orElse(false)
                            && request.partnership().guidance(GuidanceTopic.AFTER_CONTACT, false, request.text()).isEmpty();
                }
            }
        }
        // "i rang the mash yesterday about the kids across the road, what happens now and will the family find out it was me"
        // (care helper's first set, 29th session: only what follows a contact): the second question too, from what the
        // document says of anonymity or its silence
        if (kind.get().equals("after_contact") && !child && !anonymityAsked
                && (said(ANONYMITY, request.text()) || said(ANONYMITY_FEAR, request.text()))) {
            anonymity(advice, request, said(ANONYMITY_FEAR, request.text()));
        }
        // the answer's own number or address: what to do with the answer (999 stays first after danger); to "will they tell
        // her it was me" from the public, second, so that the area's own number stays on the first screen ahead of the
        // national line that needs no name (care brief kind 3, 40th session: North Tyneside's Front Door behind "more")
        boolean ownNumberSecond = anonymityAsked && !child && !professional(request) && !advice.paragraphs().isEmpty();
        previous.advice().paragraphs().stream().limit(Math.max(1, previous.advice().essential()))
                .filter(p -> givesContact(p) && !advice.paragraphs().contains(p)).findFirst()
                .ifPresent(p -> {
                    if (ownNumberSecond) {
                        advice.putSecond(p);
                    } else {
                        advice.add(p);
                    }
                    advice.citeAll(previous.advice().sources());
                });
        advice.essentialsEndHere();
        if (reportAgain) {
            national.addService(advice, "report-again", "national.report-again", request.style());
        }
        Turn answered = previous.withAdvice(advice);
        if (anonymityAsked || (kind.get().equals(ASSESSED) && !child)) {
            ConversationState state = answered.state();
            answered = answered.withState(state.withDialogue(state.dialogue().withSlots(
                    state.slots().with(anonymityAsked ? ANONYMITY_TOLD : AfterContactAnswers.ASSESSMENT_ANSWERED, Slots.YES))));
        }
        return Optional.of(answered);
    }

    /**
     * A family asking who passed a worry on about them: what the document says of naming whoever got in touch (West
     * Sussex's footnote: a professional is named, a member of the public who asked not to be is not), or that it does
     * not say; then what matters more - what the worry is, asked of the social worker - and independent advice.
     */
    private void whoReported(Advice advice, AdviceRequest request) {
        var anonymity = request.partnership().publicReporting().anonymity();
        if (anonymity.text().startsWith(NOT_STATED)) {
            advice.add(wording.format("context.whoReported.notStated", "partnership", request.partnership().name()),
                    anonymity.source());
        } else {
            advice.add(wording.format("context.whoReported", "text", anonymity.text()), anonymity.source());
        }
        // what may be kept back from a family that asks for its records - what others told children's services in confidence -
        // is the national subject access line's (care helper's own set, 37th session: nothing sourced on whether they are told)
        national.addService(advice, "subject-access", "national.subject-access", request.style());
        advice.add(wording.text("context.whoReported.ask"));
        // and what happens next with the worry, from the partnership's own document where it says (AFTER_CONTACT)
        afterContact.addGuidance(advice, request, GuidanceTopic.AFTER_CONTACT, "");
        national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
    }

    /**
     * An adult afraid of being named: what the document says of anonymity, or its silence, and what it does say about
     * who is told what after a contact (guidance ANONYMITY); anyone but a professional can ask before giving their
     * name, and is given the line that needs no name. Afraid of what the person they told about might do: 999 if
     * threatened (care helper, 1 Dec: North Tyneside's "what if he finds out it was me" got a parent's disagreement).
     */
    private void anonymity(Advice advice, AdviceRequest request, boolean fear) {
        // facts-47: "if i ring crimestoppers will they know it was me? he knows where i live" (own set facts-47-a NT06: the MASH's
        // anonymity lines, Crimestoppers' own never said): the charity asked of never asks a name (national.yml crimestoppers)
        if (AskedCues.asks(AskedCues.CRIMESTOPPERS_NAMED, request.text())) {
            national.addService(advice, "crimestoppers", "context.anonymity.crimestoppers", request.style());
            if (fear) {
                advice.add(wording.text("context.anonymity.fear"));
            }
            return;
        }
        boolean professional = professional(request);
        var anonymity = request.partnership().publicReporting().anonymity();
        List<Guidance> said = request.partnership().guidance(GuidanceTopic.ANONYMITY, professional, request.text());
        // in a text or on a call the line that needs no name comes first, within what is sent first
        if (!professional && request.style().brief()) {
            national.addFor(advice, request.role(), request.style());
        }
        // the document's silence is a professional's to weigh; anyone else hears what it does say, if anything
        if (!anonymity.text().startsWith(NOT_STATED) || professional) {
            advice.add(wording.format("context.anonymity", "text", anonymity.text()), anonymity.source());
        }
        said.forEach(g -> advice.add(g.text().text(), g.text().source()));
        if (professional) {
            return;
        }
        // what the document says is about referrals in general: the neighbour who asked can still ask before naming
        // themselves (care helper's unseen set, twelfth session)
        advice.add(wording.text("context.anonymity.ask"));
        national.addFor(advice, request.role(), request.style());
        if (fear) {
            advice.add(wording.text("context.anonymity.fear"));
        }
    }

    /**
     * A family whose children have been taken into care: where they are and seeing them, asked of the social worker and
     * in writing; a children-law solicitor; the Family Rights Group. No document here speaks of it, so nothing is cited
     * from one; on the consent route, where a family's dealings with children's services are answered.
     */
    public Turn takenIntoCare(AdviceRequest request) {
        // the advice line's number first: a text or a call that has room for one thing keeps it (ReplyBudgetsTest)
        Advice advice = national.addService(new Advice(), "family-rights-group", "national.family-rights-group",
                request.style()).add(wording.text("context.inCare"));
        advice.essentialsEndHere().add(wording.text("context.inCare.solicitor")).add(wording.text("context.inCare.complain"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
    }

    /**
     * A parent someone threatens to report to children's services: what happens if they do (the document's words on what
     * follows a contact), that the parent can give their side, and the Family Rights Group's independent advice.
     */
    public Turn threatenedReport(AdviceRequest request) {
        Advice advice = new Advice().add(wording.text("context.threatenedReport"));
        // the threat used to control the writer ("keeps saying he'll report me ... if i dont do what he says"): the
        // domestic abuse helpline first of the services
        national.addHelpForHarmsTold(advice, request.text(), request.style());
        national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
        advice.essentialsEndHere();
        afterContact.addGuidance(advice, request, GuidanceTopic.AFTER_CONTACT, "");
        return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
    }

    /**
     * The worry's answer to someone who rang 999 before this chat and asks whether to tell anyone else: calling was right,
     * and children's services are told too, so that someone follows it up for the child (its numbers follow).
     */
    public Turn after999Rung(Turn turn) {
        turn.advice().putFirst(wording.text("report.rang999"));
        return turn;
    }

    /**
     * A family told that someone may not be alone with the children, or must move out, while children's services look into
     * a worry, asking whether they can do that: what a safety plan is and that it is agreed, what to ask the social worker
     * (national.yml safety-plan), and the Family Rights Group's independent advice. No document here speaks of it.
     */
    public Turn safetyPlan(AdviceRequest request) {
        Advice advice = national.addService(new Advice(), "safety-plan", "national.safety-plan", request.style());
        national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
        advice.essentialsEndHere().add(wording.text("context.safetyPlan.next"));
        return Turn.of(request, advice, request.state().settled(), Route.CONSENT_INFO_SHARING);
    }

    /**
     * care-40: a relative kept from a child by the parents, no harm told: kindly, that children's services are not the way
     * to contact; the family's routes (national.yml relative-contact); the Family Rights Group where children's services
     * are involved; then, behind "more", the worry's numbers ({@code report}'s) should the child ever be harmed.
     */
    public Turn relativeContact(AdviceRequest request, Turn report) {
        Advice advice = new Advice().add(wording.text("context.relativeContact"));
        national.addService(advice, "relative-contact", "national.relative-contact", request.style());
        national.addService(advice, "family-rights-group", "national.family-rights-group.relative", request.style());
        advice.essentialsEndHere().add(wording.text("context.relativeContact.harm"));
        NumbersGiven.paragraphs(report).forEach(advice::add);
        advice.citeAll(report.advice().sources());
        return Turn.of(request, advice, request.state().settled(), Route.REPORT_CONCERN);
    }

    /**
     * A worry about a grown son or daughter, brother or sister: this line is for children, so where help for an adult is -
     * the domestic abuse helpline, which takes calls from family too, and the council's adult social care - and 999 in
     * danger. No document here speaks of adults.
     */
    public Turn adultRelative(AdviceRequest request) {
        Advice advice = new Advice().add(wording.text("context.adultRelative"));
        national.addService(advice, "domestic-abuse", "national.domestic-abuse.someone", request.style());
        advice.add(wording.text("outofscope.adultAtRisk")).essentialsEndHere();
        Turn turn = Turn.of(request, advice, request.state().settled(), Route.OUT_OF_SCOPE);
        return turn.withState(turn.state().withDialogue(turn.state().dialogue().withSlots(
                turn.state().slots().with(ADULT_RELATIVE, Slots.YES))));
    }

    /**
     * See {@link AfterContactAnswers#assessment(AdviceRequest, Advice)}. care-40: a parent's answer first (care brief kind 2,
     * 40th session: "what will they ask me??" and "do i have to let her in" got what an assessment is and no word on either,
     * and no independent advice): that contact is not a finding of wrong, then the answer to what they asked in the same
     * message, then the Family Rights Group; the document's words on assessments after.
     */
    public Turn assessment(AdviceRequest request, boolean asksWhatTheyAsk, boolean asksMustI) {
        Advice advice = new Advice().add(wording.text("context.assessed"));
        if (!professional(request)) {
            if (asksWhatTheyAsk) {
                advice.add(wording.text("context.assessed.whatTheyAsk"));
            } else if (asksMustI) {
                advice.add(wording.text("context.assessed.mustI"));
            }
            national.addService(advice, "family-rights-group", "national.family-rights-group", request.style());
        }
        return afterContact.assessment(request, advice);
    }

    /** A child's answer: what to say to them, then Childline, and nothing of the document's procedures. */
    private Turn toChild(Advice advice, AdviceRequest request, Turn previous, String key) {
        advice.add(wording.text(key));
        national.addChildline(advice, request.style());
        return previous.withAdvice(advice.essentialsEndHere());
    }

    /** Whether the paragraph gives a number to ring or an address to write to (a narrower address than a follow-up's). */
    private static boolean givesContact(String paragraph) {
        return NumbersGiven.in(paragraph) || ADDRESS.matcher(paragraph).find();
    }

    private static boolean professional(AdviceRequest request) {
        return request.role() == CallerRole.PROFESSIONAL;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return java.util.Set.copyOf(all);
    }
}
