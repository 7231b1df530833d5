package uk.mashline.dialogue;

import uk.mashline.knowledge.Partnership;

import java.time.ZonedDateTime;

/**
 * The answer that needs nothing but partnership data already in memory: the 999 line first,
 * then who to call now. Used when the database or the classifier is down, for Twilio's fallback
 * URL, and for a number the line does not know.
 */
public final class SafetyReply {

    public static final String RULE = "safety-reply";

    private final Wording wording;
    private final HelpNow helpNow;

    public SafetyReply(Wording wording, HelpNow helpNow) {
        this.wording = wording;
        this.helpNow = helpNow;
    }

    public Reply forPartnership(Partnership partnership, ZonedDateTime now, Channel channel) {
        Advice advice = essentials(partnership, now, channel);
        advice.add(wording.text("safety.tryAgain"));
        return reply(advice, channel);
    }

    /** The 999 line and who to call now, before any budget cut: for a channel to choose from. */
    public java.util.List<String> essentialParagraphs(Partnership partnership, ZonedDateTime now, Channel channel) {
        Advice advice = essentials(partnership, now, channel);
        java.util.List<String> paragraphs = advice.paragraphs();
        return paragraphs.subList(0, Math.min(advice.essential(), paragraphs.size()));
    }

    private Advice essentials(Partnership partnership, ZonedDateTime now, Channel channel) {
        ChannelStyle style = new ChannelStyle(channel);
        Advice advice = new Advice().add(wording.text(style.spoken() ? "risk.first.voice" : "risk.first"));
        helpNow.addWhoToCall(advice, partnership, now, style, "contact.frontDoorOpen");
        return advice.essentialsEndHere();
    }

    /** For a message to a number no partnership owns: no local numbers can be given. */
    public Reply generic(Channel channel) {
        boolean spoken = channel == Channel.VOICE;
        Advice advice = new Advice().add(wording.text(spoken ? "risk.first.voice" : "risk.first"))
                .add(wording.text("safety.unknownLine")).essentialsEndHere();
        return reply(advice, channel);
    }

    // Within the channel's budget like every reply; nothing waits for "more", since the conversation
    // store may be the thing that is down.
    private Reply reply(Advice advice, Channel channel) {
        ReplyBudget.Page page = ReplyBudget.fit(channel, advice.paragraphs(), "",
                channel == Channel.VOICE ? wording.text("voice.anythingElse") : "");
        return new Reply(null, Route.IMMEDIATE_RISK, "safety_reply", 0.0, RULE, null, page.now(),
                advice.essential(), advice.sources(), ReplyAction.CONTINUE, null,
                channel == Channel.WEB ? page.later() : java.util.List.of());
    }
}
