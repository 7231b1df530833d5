package uk.mashline.dialogue;

import uk.mashline.language.Language;
import uk.mashline.nlu.Slots;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything the line remembers between turns. It lives in the database, so any instance
 * can take the next turn; {@code version} guards against two instances taking the same turn.
 *
 * @param dialogue the flow in progress, the question last asked and the facts stated so far
 * @param misses   how many messages in a row were not understood (two → offer a person)
 * @param language the writer's first language when it is not English (staff book an interpreter for it),
 *                 else English
 * @param more     what the last reply left for "more" on SMS or voice, in order of need (the line's own words)
 */
public record ConversationState(
        String id,
        String partnershipId,
        Channel channel,
        String channelKey,
        String sender,
        CallerRole role,
        DialogueState dialogue,
        int misses,
        Route highestRoute,
        Instant startedAt,
        long version,
        Language language,
        java.util.List<String> more) {

    public ConversationState {
        dialogue = dialogue == null ? DialogueState.NONE : dialogue;
        language = language == null ? Language.ENGLISH : language;
        more = more == null ? java.util.List.of() : java.util.List.copyOf(more);
    }

    /** A state with nothing waiting for "more". */
    public ConversationState(String id, String partnershipId, Channel channel, String channelKey, String sender,
                             CallerRole role, DialogueState dialogue, int misses, Route highestRoute,
                             Instant startedAt, long version, Language language) {
        this(id, partnershipId, channel, channelKey, sender, role, dialogue, misses, highestRoute, startedAt, version,
                language, java.util.List.of());
    }

    /** The state with {@code pages} waiting for the next "more" (empty: nothing waits). */
    public ConversationState withMore(java.util.List<String> pages) {
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role, dialogue, misses,
                highestRoute, startedAt, version, language, pages);
    }

    public static ConversationState start(InboundMessage message) {
        return new ConversationState(UUID.randomUUID().toString(), message.partnershipId(), message.channel(),
                message.channelKey(), message.sender(), CallerRole.UNKNOWN, DialogueState.NONE, 0,
                null, message.receivedAt(), -1, Language.ENGLISH);
    }

    public boolean isNew() {
        return version < 0;
    }

    public Slots slots() {
        return dialogue.slots();
    }

    public ConversationState withRole(CallerRole value) {
        return new ConversationState(id, partnershipId, channel, channelKey, sender, value, dialogue, misses,
                highestRoute, startedAt, version, language, more);
    }

    public ConversationState withDialogue(DialogueState value) {
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role, value, misses,
                highestRoute, startedAt, version, language, more);
    }

    /**
     * Whether this conversation has so far been only a practitioner's or a family's question answered (escalation,
     * consultation, early help, consent, a complaint): no danger, no worry passed on, no harm told, and not nothing
     * yet. Then a closing line ("ok", "thanks bye") ends as a person on the line would end it, without repeating the
     * 999 reminder the conversation never needed.
     */
    public boolean onlyProcessAnswered() {
        return highestRoute != null && highestRoute.outranks(Route.HUMAN_HANDOFF)
                && Route.REPORT_CONCERN.outranks(highestRoute) && !dialogue.slots().has(DisclosureAdvisor.SLOT);
    }

    /** No flow in progress and nothing misunderstood: the state after a complete answer. */
    public ConversationState settled() {
        return withDialogue(dialogue.settled()).withMisses(0);
    }

    public ConversationState withMisses(int value) {
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role, dialogue, value,
                highestRoute, startedAt, version, language, more);
    }

    /** The state stored after a reply on {@code route}: the highest route reached, and the last one for follow-ups. */
    public ConversationState reached(Route route) {
        Route highest = route.outranks(highestRoute) ? route : highestRoute;
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role, dialogue.withLast(route),
                misses, highest, startedAt, version, language, more);
    }

    /**
     * The state stored after the safety reply to a message its words place on {@code read} (read when the journal
     * replays it): the highest route is what the message showed, not the 999 of a reply given only because the line
     * could not read it in time, so a later message at immediate risk still alerts the duty phones; the last answer,
     * for follow-ups, is the safety reply.
     */
    public ConversationState safetyReplied(Route read) {
        Route highest = read.outranks(highestRoute) ? read : highestRoute;
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role,
                dialogue.withLast(Route.IMMEDIATE_RISK), misses, highest, startedAt, version, language, more);
    }

    /**
     * The conversation's language after a message in {@code detected}: the first language other than
     * English stays, so a writer who then tries a few words of English keeps the interpreter flag.
     */
    public ConversationState writtenIn(Language detected) {
        if (detected.isEnglish() || !language.isEnglish()) {
            return this;
        }
        return new ConversationState(id, partnershipId, channel, channelKey, sender, role, dialogue, misses,
                highestRoute, startedAt, version, detected, more);
    }
}
