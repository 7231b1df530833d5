package uk.mashline.dialogue;

import uk.mashline.knowledge.Contact;
import uk.mashline.knowledge.NationalHelplines;
import uk.mashline.knowledge.Partnership;
import uk.mashline.language.DangerCues;
import uk.mashline.language.Language;
import uk.mashline.language.LanguageDetector;
import uk.mashline.language.LanguagePack;
import uk.mashline.language.LanguagePacks;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.RoutePolicy;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The step before the English pipeline. A message in another language gets the safety line in
 * that language: 999 first; this line answers in English; call the MASH (or the out-of-hours
 * team) and ask for an interpreter, because family members must not interpret; Childline for a
 * child. When its words signal danger the turn is immediate risk. A language without a file gets
 * the same in English, and so does a short English message asking for an interpreter (in the language it names
 * too). Never the English menu, which the writer may not be able to read.
 * Voice stays English: Twilio transcribes the caller as en-GB.
 */
public final class LanguageGate {

    public static final String INTENT = "first_language_safety_line";
    public static final String DANGER_RULE = "language-danger";
    public static final String INTERPRETER_INTENT = "interpreter_asked";

    private static final int FEW_WORDS = 3;
    /** A thank-you alone: "dziękuję bardzo", "muito obrigada mesmo", not a thank-you with a question after it. */
    private static final int THANKS_WORDS = 4;
    /** languages/*.yml lines: the 999 line for the writer or a child (facts-46), and the reply to a thank-you. */
    private static final String CALL_999_ADULT = "call999Adult";
    private static final String WELCOME = "welcome";
    /** Up to this many words, a message asking for an interpreter is that request ("hello my english is not good, i need help"). */
    private static final int REQUEST_WORDS = 12;
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private final LanguageDetector detector;
    private final LanguagePacks packs;
    private final HelpNow helpNow;
    private final NationalHelplines national;
    private final InterpreterAsked interpreter;
    /** English words for whoever helps the writer read them, where the message asks what the document answers (facts-43). */
    private final Wording wording;
    /** facts-44: what an ordinary message in another language asks for, and the English answer to it (was two topics here). */
    private final FirstLanguageTopics topics;
    /** facts-50: the facts of a later message put in English words for the English pipeline. */
    private final FirstLanguageFacts facts = new FirstLanguageFacts();

    public LanguageGate(LanguageDetector detector, LanguagePacks packs, HelpNow helpNow, NationalHelplines national) {
        this(detector, packs, helpNow, national, null);
    }

    /**
     * @param wording the English words said after the writer's own language where the message asks for something the
     *                partnership's document answers (facts-43: dialogue/first-language-topics.tsv); none, no such words
     */
    public LanguageGate(LanguageDetector detector, LanguagePacks packs, HelpNow helpNow, NationalHelplines national,
                        Wording wording) {
        this.detector = detector;
        this.packs = packs;
        this.helpNow = helpNow;
        this.national = national;
        this.interpreter = packs == null ? null : InterpreterAsked.fromClasspath(packs);
        this.wording = wording;
        this.topics = new FirstLanguageTopics(wording, helpNow);
    }

    /** A gate that passes everything to the English pipeline (for tests of that pipeline alone). */
    public static LanguageGate englishOnly() {
        return new LanguageGate(text -> Language.ENGLISH, null, null, null);
    }

    /** The language to answer in. */
    public Language languageOf(InboundMessage message) {
        return message.channel() == Channel.VOICE ? Language.ENGLISH : detector.detect(message.text());
    }

    /**
     * The turn for a message not in English; empty for English, which the conversation engine takes.
     * A reply of a few words ("ok", "2", "yes") in a conversation begun in another language is taken as
     * written in that language: the writer may know those words of English and no more.
     */
    public Optional<Turn> take(AdviceRequest request, Language detected) {
        return take(request, detected, null);
    }

    /**
     * As {@link #take(AdviceRequest, Language)}, where {@code english} answers words in English as the English pipeline
     * would in this conversation (facts-50: the facts of a later message, put in English words by FirstLanguageFacts).
     */
    public Optional<Turn> take(AdviceRequest request, Language detected,
                               Function<String, Turn> english) {
        Language conversation = request.state().language();
        Language language = detected.isEnglish() && !conversation.isEnglish()
                && WORDS.split(request.text().strip()).length <= FEW_WORDS ? conversation : detected;
        if (language.isEnglish()) {
            return interpreterAsked(request);
        }
        LanguagePack pack = packs.find(language).orElse(packs.english());
        Optional<String> danger = danger(pack, request.text(), request.classification());
        boolean young = request.style().channel() == Channel.WEB && topics.young(request.text());
        // facts-48: a child hit as a habit and not now ("sąsiad bije swoje dzieci prawie codziennie", "bate nele quase todos os
        // dias ... não é agora": own set facts-48-a WS04, MW03, NT04, SS04) is a worry to pass on, answered as a report where
        // the message names no other topic; a child writing of themselves gets Childline's words instead (below)
        boolean ongoing = danger.isEmpty() && DangerCues.toldAsHabit(pack, request.text());
        Optional<String> topic = danger.isPresent() ? Optional.empty()
                : topics.topic(request.text()).map(t -> FirstLanguageTopics.following(t, request.state().dialogue().last()))
                        .or(() -> ongoing && !young ? Optional.of(FirstLanguageTopics.REPORT) : Optional.empty());
        // facts-46: a thank-you of a few words after an answer ("multumesc frumos": the blind tester's q46 kind 10, own set
        // facts-46-b B11 - the whole safety line again): the language's short welcome, on the last answer's route
        Route last = request.state().dialogue().last();
        if (topic.filter(FirstLanguageTopics.THANKS::equals).isPresent() && last != null && pack.has(WELCOME)
                && WORDS.split(request.text().strip()).length <= THANKS_WORDS) {
            return Optional.of(new Turn(new Advice().add(line(pack, WELCOME, Map.of())).essentialsEndHere(),
                    request.state().settled(), last, INTENT, 1.0, null));
        }
        Optional<Turn> told = danger.isPresent() ? Optional.empty() : laterFacts(pack, request, topic, english);
        if (told.isPresent()) {
            return told;
        }
        Advice advice = danger.isPresent() ? dangerLine(pack, request)
                : topic.isPresent() ? topicLine(pack, request, topic.get())
                : safetyLine(pack, request.partnership(), request.now(), request.style());
        // facts-44: an ordinary message is answered on its topic's route where the topic is known (the lead, from the blind
        // q44 probes); danger first, and a message whose topic is not known, the handoff
        // facts-47: a child who says their age ("mam 11 lat. tata codziennie na mnie krzyczy": own set facts-47-a MW04, the facts-46
        // leftover LS02 - Childline only behind "more"): Childline's line right after the 999 line, on the web chat's first screen
        if (young) {
            advice.putSecond(line(pack, "childline", Map.of("childline", national.get("childline").phone())));
            // facts-48: and in English for whoever helps, that the writer is a child and Childline can be written to as well
            // as rung (own set facts-48-a LS04, a Polish 13-year-old's "czy mogę do kogoś napisać a nie dzwonić?": only the
            // call line, and an English note that spoke of a partner hurting the writer)
            if (danger.isEmpty() && topic.isEmpty() && wording != null) {
                helpNow.addNationalAgain(advice, "childline", "language.young", Map.of(), request.style());
            }
        }
        Route route = danger.isPresent() ? Route.IMMEDIATE_RISK
                : topic.map(FirstLanguageTopics::route).orElse(ongoing ? Route.REPORT_CONCERN : Route.HUMAN_HANDOFF);
        String rule = danger.map(cue -> DANGER_RULE + ":" + language.code() + ":" + cue).orElse(null);
        // facts-50: the role the writer gives ("jestem nauczycielką", "я мама") is kept, so a later message's facts are answered
        // for it and not asked again (own set facts-50-a NT03: "are you a professional, a parent...?" after "я мама")
        ConversationState after = request.state().settled();
        CallerRole said = topics.role(request.text());
        if (request.state().role() == CallerRole.UNKNOWN && said != CallerRole.UNKNOWN) {
            after = after.withRole(said);
        }
        return Optional.of(new Turn(advice, after, route, INTENT, 1.0, rule));
    }

    /**
     * facts-50: a later message in the conversation's language that tells a fact - where the family lives, the stage, the day
     * it was raised and with whom ("vivimos en crawley", "rozmawiałam z kierownikiem zespołu 3 grudnia": the blind tester's
     * q49 kind 11, own set facts-50-a - the interpreter line again, no local number, stage or due date): answered as the same
     * facts in English would be, after the interpreter line in the writer's language and the English words the line read.
     * Not a question with a topic of its own (a complaint, consent, a name kept back, a person asked for).
     */
    private Optional<Turn> laterFacts(LanguagePack pack, AdviceRequest request, Optional<String> topic,
                                      Function<String, Turn> english) {
        boolean later = pack.language().equals(request.state().language()) && request.state().dialogue().last() != null;
        if (english == null || wording == null || !later || topic.filter(FirstLanguageTopics::ownQuestion).isPresent()) {
            return Optional.empty();
        }
        return facts.gloss(request.text()).map(gloss -> {
            Turn answer = english.apply(gloss);
            Advice advice = answer.advice();
            Advice first = new Advice();
            addInterpreter(first, pack, "interpreter", Map.of(), request.partnership(), request.now(), request.style());
            // one paragraph: the number to ring in the writer's language, the English words read, and the answer's first
            // sentence, so the answer to what they told (a due date, the local number) is on the web chat's first screen
            String lead = String.join(" ", first.paragraphs()) + " " + wording.format("language.facts", "gloss", gloss);
            List<String> said = advice.paragraphs();
            if (said.isEmpty()) {
                advice.add(lead);
            } else {
                String answered = said.get(0);
                advice.rewrite(p -> p.equals(answered) ? lead + " " + p : p);
            }
            advice.citeAll(first.sources());
            if (answer.route() == Route.IMMEDIATE_RISK) {
                advice.putFirst(line(pack, "call999", Map.of("emergency", national.get("emergency").phone())));
            }
            return answer;
        });
    }

    /**
     * The route {@link #take} gives a first message written in {@code language}: immediate risk when its words show
     * danger, its topic's route where the topic is known (facts-44), the handoff otherwise; empty for English, which the
     * English pipeline routes. For the routing probes, which score what the service answers rather than what the English
     * classifier alone would say.
     */
    public Optional<Route> routeOf(String text, Language language, Classification classification) {
        if (language.isEnglish()) {
            return Optional.empty();
        }
        LanguagePack pack = packs.find(language).orElse(packs.english());
        return Optional.of(danger(pack, text, classification).isPresent() ? Route.IMMEDIATE_RISK
                : topics.topic(text).map(FirstLanguageTopics::route).orElse(Route.HUMAN_HANDOFF));
    }

    /**
     * The danger a message shows: a cue in its own language, or one of the English rules (a name,
     * "999", an English word in the message). The intent model's own guess on a language it was
     * not trained on is no evidence either way.
     */
    private Optional<String> danger(LanguagePack pack, String text, Classification c) {
        Optional<String> cue = pack.language().isEnglish() ? Optional.empty() : DangerCues.find(pack, text);
        if (cue.isPresent()) {
            return cue;
        }
        boolean englishRule = c.route() == Route.IMMEDIATE_RISK && c.rule() != null
                && !c.rule().equals(RoutePolicy.RULE_CLASSIFIER) && !c.rule().equals(RoutePolicy.RULE_MARGIN);
        return englishRule ? Optional.of("english:" + c.rule()) : Optional.empty();
    }

    /** The safety line in the writer's language (English when it has no file), without the conversation. */
    public Reply safetyReply(Partnership partnership, ZonedDateTime now, Channel channel, Language language) {
        LanguagePack pack = packs.find(language).orElse(packs.english());
        Advice advice = safetyLine(pack, partnership, now, new ChannelStyle(channel));
        // within the channel's budget like every reply (ReplyBudget); nothing waits for "more"
        ReplyBudget.Page page = ReplyBudget.fit(channel, advice.paragraphs(), "", "");
        return new Reply(null, Route.IMMEDIATE_RISK, "safety_reply", 0.0, SafetyReply.RULE, null, page.now(),
                advice.essential(), advice.sources(), ReplyAction.CONTINUE, null,
                channel == Channel.WEB ? page.later() : List.of(), language);
    }

    /**
     * facts-46: danger now told in another language, where the writer may be the one being hurt ("mąż mnie teraz bije", "my
     * husband is hitting me now": the blind tester's q46 kind 9, own set facts-46-b B01-B06 - the 999 sentence spoke only of a
     * child): the 999 line for the writer or a child, then the safety line as ever, and in English for whoever helps, the
     * national domestic abuse line beside 999 (partnerships/national.yml domestic-abuse).
     */
    private Advice dangerLine(LanguagePack pack, AdviceRequest request) {
        // only where the words say the writer is the one hurt ("mnie", "مجھے": first-language-topics.tsv self), and on web chat,
        // whose first screen has room: a text's first part must keep the interpreter's number (ReplyBudgetsTest)
        // facts-48: never for a child who says their age ("mam 13 lat, mama bije mnie": own set facts-48-a LS04 - the domestic
        // abuse helpline "if a partner is hurting the writer"): Childline is put second for them instead (take)
        boolean self = request.style().channel() == Channel.WEB && pack.has(CALL_999_ADULT) && topics.self(request.text())
                && !topics.young(request.text());
        // risk-47: a marriage the writer or a child is being taken to now ("meri behan ko aaj raat Pakistan le ja rahe hain shaadi
        // ke liye": the blind tester's kind 11, own set risk-47-b B08, B09 - no English for a helper, no Forced Marriage Unit),
        // and any other danger on web chat: in English for whoever helps, that it is danger now, with the Forced Marriage Unit
        // where a marriage is named (partnerships/national.yml forced-marriage)
        boolean web = request.style().channel() == Channel.WEB;
        boolean marriage = web && topics.marriage(request.text());
        Advice advice = safetyLine(pack, request.partnership(), request.now(), request.style(),
                self && !marriage ? CALL_999_ADULT : "call999");
        if (marriage) {
            return helpNow.addNationalService(advice, "forced-marriage", "language.danger.marriage", request.style());
        }
        if (self) {
            return helpNow.addNationalService(advice, "domestic-abuse", "language.danger.adult", request.style());
        }
        return web && wording != null ? advice.add(wording.text("language.danger")) : advice;
    }

    private Advice safetyLine(LanguagePack pack, Partnership partnership, ZonedDateTime now, ChannelStyle style) {
        return safetyLine(pack, partnership, now, style, "call999");
    }

    private Advice safetyLine(LanguagePack pack, Partnership partnership, ZonedDateTime now, ChannelStyle style,
                              String call999) {
        Advice advice = new Advice().add(line(pack, call999, Map.of("emergency", national.get("emergency").phone())));
        addInterpreter(advice, pack, "interpreter", Map.of(), partnership, now, style);
        advice.essentialsEndHere();
        // on SMS, the number comes before the explanation: a text that has room for only one keeps the number
        advice.add(line(pack, "englishOnly", Map.of()));
        return advice.add(line(pack, "childline", Map.of("childline", national.get("childline").phone())));
    }

    /**
     * "Do you have arabic speaker", "my english not good" (lead's own set, 25th session: the menu, or that nobody from the
     * MASH was on duty): in English, that the line answers in English and whom to call for an interpreter in the
     * language named; then the same in that language, for whoever reads it better. Danger goes to the English pipeline.
     */
    private Optional<Turn> interpreterAsked(AdviceRequest request) {
        // a message that goes on to tell what happened ("my english not good. my husband hit my son yesterday, i not know
        // who to call") is answered in English as written: its writer gets the answer to what they told
        // so is a short one the classifier hears a worry in ("english not good, husband hit my son today": lead's set, 26th
        // session, got only whom to ask for an interpreter)
        Route heard = request.classification().route();
        Optional<InterpreterAsked.Asked> asked = interpreter == null || heard == Route.IMMEDIATE_RISK
                || heard == Route.REPORT_CONCERN || Words.in(request.text()) > REQUEST_WORDS
                ? Optional.empty() : interpreter.in(request.text());
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        LanguagePack english = packs.english();
        Optional<LanguagePack> named = asked.get().language();
        // an ordinary question, asked in English: not led by "Call 999 now" (the danger line closes the reply instead)
        Advice advice = new Advice().add(line(english, "englishOnly", Map.of()));
        addInterpreter(advice, english, named.isPresent() ? "interpreterIn" : "interpreter",
                named.map(p -> Map.of("language", p.name())).orElse(Map.of()), request.partnership(), request.now(),
                request.style());
        advice.essentialsEndHere();
        named.ifPresent(pack -> {
            addInterpreter(advice, pack, "interpreter", Map.of(), request.partnership(), request.now(), request.style());
            advice.add(line(pack, "englishOnly", Map.of()));
        });
        advice.add(line(english, "childline", Map.of("childline", national.get("childline").phone())));
        advice.add(line(english, "danger999", Map.of("emergency", national.get("emergency").phone())));
        return Optional.of(new Turn(advice, request.state().settled(), Route.HUMAN_HANDOFF, INTERPRETER_INTENT, 1.0, null));
    }

    private static String line(LanguagePack pack, String key, Map<String, String> values) {
        return Wording.fill("languages/" + pack.language().code() + ".yml lines." + key, pack.line(key), values);
    }

    /** The line {@code key} naming whom to call now: the partnership's contact, or the NSPCC where its document has none. */
    private void addInterpreter(Advice advice, LanguagePack pack, String key, Map<String, String> values,
                                Partnership partnership, ZonedDateTime now, ChannelStyle style) {
        Map<String, String> filled = new HashMap<>(values);
        Optional<Contact> contact = helpNow.personNow(partnership, now);
        if (contact.isPresent()) {
            filled.put("name", contact.get().name());
            filled.put("phone", style.phone(contact.get().phone()));
            advice.add(line(pack, key, filled), contact.get().source());
        } else {
            // no number in the partnership's document: the national helpline for adults worried about a child
            var nspcc = national.get("nspcc");
            filled.put("name", nspcc.name());
            filled.put("phone", style.phone(nspcc.phone()));
            advice.add(line(pack, key, filled));
        }
    }

    /**
     * facts-43: a complaint or a request for family support written in another language (the blind tester's q43 kind 9: only the
     * safety line, a complaint the NSPCC with an interpreter): the safety line in that language, then in English, for whoever
     * helps the writer read it, what the partnership's document says of it (FirstLanguageTopics; facts-44: a worry to pass on,
     * what happens next, a person to talk to and a professional's question too). A complaint is never sent to the NSPCC alone:
     * its route is given, and the NSPCC's interpreter only where the partnership has no number to ask for one on.
     */
    private Advice topicLine(LanguagePack pack, AdviceRequest request, String topic) {
        // facts-44: a later question in the same language ("a co będzie dalej?" after the report answer: own set facts-44-a FW01,
        // the same three lines again on the first screen, the answer behind "more"): the interpreter number and the answer
        // first; the 999 line and that the line answers in English were said already
        boolean later = pack.language().equals(request.state().language()) && request.state().dialogue().last() != null;
        if (later) {
            Advice advice = new Advice();
            addInterpreter(advice, pack, "interpreter", Map.of(), request.partnership(), request.now(), request.style());
            topics.add(advice, topic, request);
            // the 999 line was the first turn's first line; danger in a later message is read as ever and gets it first
            return advice.add(line(pack, "childline", Map.of("childline", national.get("childline").phone())));
        }
        Advice advice = new Advice().add(line(pack, "call999", Map.of("emergency", national.get("emergency").phone())));
        // a number to talk on in the writer's own language comes with the complaint too (blind q43 end, kind 22: without it a
        // Polish complaint had only English words to act on); where the partnership prints none, the national helpline's
        // interpreter, beside - not instead of - the route below
        // facts-50: family support for a town whose team is open now: that team's number (the blind tester's q50 kind 18)
        Optional<Contact> team = FirstLanguageTopics.SUPPORT.equals(topic) ? topics.openTeamFor(request) : Optional.empty();
        if (team.isPresent()) {
            Map<String, String> filled = Map.of("name", team.get().name(), "phone", request.style().phone(team.get().phone()));
            advice.add(line(pack, "interpreter", filled), team.get().source());
        } else {
            addInterpreter(advice, pack, "interpreter", Map.of(), request.partnership(), request.now(), request.style());
        }
        advice.essentialsEndHere();
        advice.add(line(pack, "englishOnly", Map.of()));
        topics.add(advice, topic, request);
        return advice.add(line(pack, "childline", Map.of("childline", national.get("childline").phone())));
    }
}
