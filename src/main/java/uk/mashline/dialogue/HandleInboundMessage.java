package uk.mashline.dialogue;

import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.language.Language;
import uk.mashline.nlu.Classification;
import uk.mashline.nlu.IntentClassifier;
import uk.mashline.nlu.SlotExtractor;
import uk.mashline.nlu.Slots;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The use case every channel calls: recognise one inbound message, answer it as a duty worker
 * would in its conversation, and store the turn. Nothing is kept in memory between turns.
 */
public final class HandleInboundMessage {

    /** The intent of "can I talk to a real person", "HUMAN" or the menu's 0 (not "is this a bot?", not a language) */
    static final String ASKED_FOR_A_PERSON = "human_handoff";

    private final PartnershipDirectory partnerships;
    private final IntentClassifier classifier;
    private final SlotExtractor slots;
    private final ConversationStore store;
    private final Conversation conversation;
    private final Clock clock;
    private final TurnRecorder turns;
    private final Wording wording;
    private final DocumentCurrency currency;
    private final LanguageGate languages;
    private final List<Shortcut> shortcuts;
    private final StaffAttention attention;

    /**
     * @param conversationIdle how long an SMS or call conversation stays open for the next message
     *                         from the same sender before a new one starts
     */
    public HandleInboundMessage(PartnershipDirectory partnerships, IntentClassifier classifier, SlotExtractor slots,
                                ConversationStore store, Conversation conversation, Clock clock,
                                Duration conversationIdle, Wording wording) {
        this(partnerships, classifier, slots, store, conversation, clock, conversationIdle, wording,
                LanguageGate.englishOnly());
    }

    /** @param languages answers a message in another language before the English pipeline sees it */
    public HandleInboundMessage(PartnershipDirectory partnerships, IntentClassifier classifier, SlotExtractor slots,
                                ConversationStore store, Conversation conversation, Clock clock,
                                Duration conversationIdle, Wording wording, LanguageGate languages) {
        this(partnerships, classifier, slots, store, conversation, clock, conversationIdle, wording, languages,
                List.of(MorePages.fromClasspath("dialogue/more-requests.txt", wording)));
    }

    /** @param shortcuts messages about the conversation itself ("more", "is this a bot?"), tried in order before routing */
    public HandleInboundMessage(PartnershipDirectory partnerships, IntentClassifier classifier, SlotExtractor slots,
                                ConversationStore store, Conversation conversation, Clock clock,
                                Duration conversationIdle, Wording wording, LanguageGate languages,
                                List<Shortcut> shortcuts) {
        this(partnerships, classifier, slots, store, conversation, clock, conversationIdle, wording, languages,
                shortcuts, StaffAttention.NONE);
    }

    /** @param attention told, once the turn is stored, when a conversation first reaches immediate risk */
    public HandleInboundMessage(PartnershipDirectory partnerships, IntentClassifier classifier, SlotExtractor slots,
                                ConversationStore store, Conversation conversation, Clock clock,
                                Duration conversationIdle, Wording wording, LanguageGate languages,
                                List<Shortcut> shortcuts, StaffAttention attention) {
        this.attention = attention;
        this.languages = languages;
        this.partnerships = partnerships;
        this.classifier = classifier;
        this.slots = slots;
        this.store = store;
        this.conversation = conversation;
        this.clock = clock;
        this.turns = new TurnRecorder(store, conversationIdle);
        this.wording = wording;
        this.currency = new DocumentCurrency(wording);
        this.shortcuts = List.copyOf(shortcuts);
    }

    /** @throws UnknownPartnershipException for a partnership the line does not serve */
    public Reply handle(InboundMessage message) {
        return handle(partnerships.find(message.partnershipId())
                .orElseThrow(() -> new UnknownPartnershipException(message.partnershipId())), message);
    }

    /**
     * For a partnership the caller already found (by the number called, or the page's address), so a
     * message is matched to its partnership once.
     *
     * @throws UnknownConversationException for a conversation id that does not exist
     */
    public Reply handle(Partnership partnership, InboundMessage message) {
        Classification classification = classifier.classify(message.text());
        ZonedDateTime ukNow = OpeningHours.now(clock);
        Instant now = ukNow.toInstant();
        Slots stated = slots.extract(message.text(), ukNow.toLocalDate());
        Language language = languages.languageOf(message);
        Answered outcome = turns.record(message, now, loaded -> {
            ConversationState state = loaded.writtenIn(language);
            Worked worked = work(partnership, message, state, language, classification, stated, ukNow);
            return new TurnRecorder.Worked<>(worked.after().reached(worked.turn().route()),
                    inbound(message, worked.turn(), classification, now), outbound(worked.reply(), message, now),
                    new Answered(worked.reply(), state, worked.turn(), true));
        }, answered -> new Answered(store.replyTo(message.channel(), message.externalId()).map(Reply::redelivered)
                .orElse(answered.reply()), answered.before(), answered.turn(), false));
        if (outcome.stored()) {
            tellStaffIfNeeded(outcome.before(), outcome.turn(), now);
        }
        return outcome.reply();
    }

    /**
     * Works out {@code message}'s reply as the first of a new conversation, and forgets it: nothing is read from or
     * written to the store, and no one is told. The start-up warm-up ({@code wiring.UnderstandingWarmUp}) runs the
     * dialogue's paths with it, so what they build on first use (a partnership's stage holders' regexes, matchers) is
     * built before the first caller's turn: a long escalation message as the first turn after a start took that turn
     * past its time limit, and a practitioner got the safety reply (blind tester, 32nd session).
     */
    public Reply rehearse(Partnership partnership, InboundMessage message) {
        ZonedDateTime ukNow = OpeningHours.now(clock);
        Classification classification = classifier.classify(message.text());
        Slots stated = slots.extract(message.text(), ukNow.toLocalDate());
        Language language = languages.languageOf(message);
        return work(partnership, message, ConversationState.start(message).writtenIn(language), language, classification,
                stated, ukNow).reply();
    }

    /** A turn worked out: what it decided, its reply, and the state to store with it. */
    private record Worked(Turn turn, Reply reply, ConversationState after) {
    }

    // language: the message's own, which the state's may not be (a writer who switched to English)
    private Worked work(Partnership partnership, InboundMessage message, ConversationState state, Language language,
                        Classification classification, Slots stated, ZonedDateTime ukNow) {
        AdviceRequest request = new AdviceRequest(partnership, state, classification, message.text(), ukNow,
                new ChannelStyle(message.channel()), stated);
        // facts-50: the facts of a later message in another language, put in English words, answered as English ones are
        java.util.function.Function<String, Turn> inEnglish = words -> {
            AdviceRequest english = new AdviceRequest(partnership, state, classifier.classify(words), words, ukNow,
                    request.style(), slots.extract(words, ukNow.toLocalDate()));
            return shortcut(english).orElseGet(() -> conversation.take(english));
        };
        Turn turn = languages.take(request, language, inEnglish).or(() -> shortcut(request))
                .orElseGet(() -> conversation.take(request));
        // a reply giving advice from a document past its review date says so, once - not to a child, for whom it is
        // a professional's caveat and noise between Childline and the number (care helper's unseen set, 20th session:
        // an 11-year-old with no food at home was told of Medway's review date)
        if (turn.state().role() != CallerRole.CHILD) {
            // facts-49: in another language, with the English words after the first screen, not on it (own set facts-49-b B01)
            currency.note(turn.advice(), turn.route(), partnership, request.now().toLocalDate(),
                    !LanguageGate.INTENT.equals(turn.intent()));
        }
        // what the document says about what a disagreeing caller just mentioned (a child on a plan...)
        GuidanceNotes.addMentioned(turn.advice(), turn.route(), partnership, turn.state().role(), message.text(),
                turn.state().slots().values(), !turn.state().dialogue().inFlow());
        ReplyBudget.Page page = page(turn, request.style());
        Reply reply = reply(turn, classification, page);
        // on SMS and voice what did not fit waits in the stored state for "more"; the web shows it all
        ConversationState after = NumbersGiven.remember(turn.state(), turn).withMore(request.style().channel() == Channel.WEB
                ? List.of() : page.later());
        return new Worked(turn, reply, after);
    }

    /** A turn's reply, the state it was worked out on, and whether it was stored now (not a redelivery). */
    private record Answered(Reply reply, ConversationState before, Turn turn, boolean stored) {
    }

    // Only the turn that first takes a conversation to immediate risk alerts the duty phones: a retry after
    // another instance's turn reloads the state, and sees the risk already reached. A writer asking for a
    // person (not a caller: the call is put through) waits for staff.
    private void tellStaffIfNeeded(ConversationState before, Turn turn, Instant now) {
        StaffAttention.Reason reason;
        if (turn.route() == Route.IMMEDIATE_RISK && before.highestRoute() != Route.IMMEDIATE_RISK) {
            reason = StaffAttention.Reason.IMMEDIATE_RISK;
        } else if (turn.route() == Route.HUMAN_HANDOFF && ASKED_FOR_A_PERSON.equals(turn.intent())
                && turn.state().channel() != Channel.VOICE) {
            reason = StaffAttention.Reason.PERSON_ASKED;
        } else {
            return;
        }
        try {
            attention.needed(new StaffAttention.Attention(reason, turn.state().id(),
                    turn.state().partnershipId(), turn.state().channel(), now));
        } catch (RuntimeException e) {
            // the reply with 999 first is already stored and goes out whatever happens to the alert
        }
    }

    private java.util.Optional<Turn> shortcut(AdviceRequest request) {
        for (Shortcut s : shortcuts) {
            java.util.Optional<Turn> turn = s.answer(request);
            if (turn.isPresent()) {
                return turn;
            }
        }
        return java.util.Optional.empty();
    }

    private ReplyBudget.Page page(Turn turn, ChannelStyle style) {
        Advice advice = turn.advice();
        List<String> paragraphs = new ArrayList<>(advice.paragraphs());
        // a text names its source briefly, when it fits; the web chat lists every source beside the reply
        if (style.channel() == Channel.SMS && !advice.sources().isEmpty()) {
            paragraphs.add(Math.min(advice.essential(), paragraphs.size()),
                    wording.format("sms.source", "document", documentOf(advice.sources().get(0))));
        }
        // a call that ends here offers nothing more: "Say more, or press 9" before the line goes dead misleads
        boolean hangsUp = advice.action() == ReplyAction.HANG_UP;
        String moreLine = switch (style.channel()) {
            case SMS -> wording.text("sms.more");
            case VOICE -> hangsUp ? "" : wording.text("voice.more");
            case WEB -> "";
        };
        return ReplyBudget.fit(style.channel(), paragraphs, moreLine,
                style.spoken() ? wording.text("voice.anythingElse") : "");
    }

    private Reply reply(Turn turn, Classification classification, ReplyBudget.Page page) {
        Advice advice = turn.advice();
        return new Reply(turn.state().id(), turn.route(), turn.intent(), turn.confidence(), turn.rule(),
                classification.modelVersion(), page.now(), advice.essential(), advice.sources(),
                advice.action(), advice.transferNumber(), page.later(), turn.state().language());
    }

    private static String documentOf(String sourceLabel) {
        int section = sourceLabel.indexOf(", section ");
        return section < 0 ? sourceLabel : sourceLabel.substring(0, section);
    }

    private static LoggedMessage inbound(InboundMessage m, Turn turn, Classification c, Instant at) {
        return new LoggedMessage(LoggedMessage.Direction.IN, m.text(), turn.route(), turn.intent(), turn.confidence(),
                turn.rule(), c.modelVersion(), null, m.externalId(), at);
    }

    private static LoggedMessage outbound(Reply reply, InboundMessage m, Instant at) {
        String shown = m.channel() == Channel.WEB ? reply.textWithMore() : reply.text();
        return new LoggedMessage(LoggedMessage.Direction.OUT, shown, reply.route(), reply.intent(), null, null,
                reply.modelVersion(), reply.sources(), m.externalId(), at);
    }
}
