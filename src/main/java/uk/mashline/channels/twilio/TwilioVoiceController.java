package uk.mashline.channels.twilio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.mashline.channels.StoredFields;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.ChannelStyle;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.dialogue.Reply;
import uk.mashline.dialogue.ReplyAction;
import uk.mashline.dialogue.ReplyBudget;
import uk.mashline.dialogue.Wording;
import uk.mashline.knowledge.Partnership;
import uk.mashline.outbound.DutyPhones;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Twilio's voice webhooks: the call is answered with the 999 instruction first, then a Gather for
 * speech or keypad; each answer runs through the same conversation engine as text.
 */
// described in src/main/openapi/twilio-webhooks.yml: the processor cannot see the form fields
@Hidden
@Controller("/twilio/voice")
@Secured(SecurityRule.IS_ANONYMOUS)
class TwilioVoiceController {

    private final TwilioSignatureCheck signatures;
    private final TwilioReplies replies;
    private final Wording wording;
    private final DutyPhones dutyPhones;

    TwilioVoiceController(TwilioSignatureCheck signatures, TwilioReplies replies, Wording wording,
                          DutyPhones dutyPhones) {
        this.dutyPhones = dutyPhones;
        this.signatures = signatures;
        this.replies = replies;
        this.wording = wording;
    }

    @Post
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Produces(MediaType.TEXT_XML)
    String incoming(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, String> params = FormBody.parse(body);
        signatures.verify(request, params);
        Optional<Partnership> partnership = replies.partnershipCalled(params.get("To"));
        if (partnership.isEmpty()) {
            return VoiceRenderer.speakThenHangUp(replies.safetyReply(partnership, Channel.VOICE).paragraphs());
        }
        return VoiceRenderer.speakThenListen(
                List.of(wording.format("voice.greeting", "partnership", partnership.get().name())),
                List.of(wording.text("menu.voice")), 1);
    }

    // Like a text, no request thread waits for the turn (AnswerEveryMessage).
    @Post("/gather")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Produces(MediaType.TEXT_XML)
    CompletableFuture<String> gathered(HttpRequest<?> request, @Nullable @Body String body,
                                       @Nullable @QueryValue Integer attempt, @Nullable @QueryValue Integer turn) {
        Map<String, String> params = FormBody.parse(body);
        signatures.verify(request, params);
        Optional<Partnership> partnership = replies.partnershipCalled(params.get("To"));
        String said = firstNonBlank(params.get("SpeechResult"), params.get("Digits"));
        int thisTurn = turn == null || turn < 1 ? 0 : turn;
        if (said == null) {
            return CompletableFuture.completedFuture(noInput(partnership, attempt == null ? 0 : attempt, thisTurn));
        }
        String callSid = params.getOrDefault("CallSid", "");
        InboundMessage message = StoredFields.check(new InboundMessage(Channel.VOICE,
                partnership.map(Partnership::id).orElse(null), null, "voice:" + callSid, params.get("From"), said,
                turnId(callSid, thisTurn), Instant.now()));
        return replies.answer(partnership, message).thenApply(reply -> spoken(partnership, reply, thisTurn));
    }

    private String spoken(Optional<Partnership> partnership, Reply reply, int thisTurn) {
        if (reply.action() == ReplyAction.TRANSFER && reply.transferNumber() != null) {
            return VoiceRenderer.speakThenTransfer(reply.paragraphs(), reply.transferNumber());
        }
        if (reply.action() == ReplyAction.HANG_UP) {
            return VoiceRenderer.speakThenHangUp(reply.paragraphs());
        }
        // a reply that ends "say more, or press 9" has asked its question already
        return VoiceRenderer.speakThenListen(reply.paragraphs(),
                reply.hasMore() ? List.of() : List.of(wording.text("voice.anythingElse")), thisTurn == 0 ? 0 : thisTurn + 1);
    }

    /**
     * Twilio asks what next when a call put through ends. Answered: the call is over. Not answered: the
     * partnership's duty phones are rung (MASH_DUTY_ALERTS), all at once; if none answers either, the
     * caller hears the numbers to ring (without the one that just did not answer) and goodbye.
     */
    @Post("/dial-ended")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Produces(MediaType.TEXT_XML)
    String dialEnded(HttpRequest<?> request, @Nullable @Body String body, @Nullable @QueryValue String tried,
                     @Nullable @QueryValue String stage) {
        Map<String, String> params = FormBody.parse(body);
        signatures.verify(request, params);
        String status = params.getOrDefault("DialCallStatus", "");
        if (status.equals("completed") || status.equals("answered")) {
            return VoiceRenderer.hangUp();
        }
        Optional<Partnership> partnership = replies.partnershipCalled(params.get("To"));
        if (partnership.isEmpty()) {
            return VoiceRenderer.speakThenHangUp(replies.safetyReply(partnership, Channel.VOICE).paragraphs());
        }
        List<String> duty = dutyPhones.of(partnership.get().id());
        if (!"duty".equals(stage) && !duty.isEmpty()) {
            return VoiceRenderer.speakThenDialAll(List.of(wording.text("voice.tryingDuty")), duty,
                    tried == null ? "" : tried);
        }
        String notAnswered = tried == null ? null : new ChannelStyle(Channel.VOICE).phone(tried);
        List<String> others = replies.safetyEssentials(partnership.get(), Channel.VOICE).stream()
                .filter(p -> notAnswered == null || !p.contains(notAnswered)).toList();
        List<String> spoken = new ArrayList<>(ReplyBudget.fit(Channel.VOICE, others, "", "").now());
        spoken.add(wording.text("voice.goodbye"));
        return VoiceRenderer.speakThenHangUp(spoken);
    }

    // One retry, then the safety line and the numbers, and a polite goodbye.
    private String noInput(Optional<Partnership> partnership, int attempt, int turn) {
        if (attempt < 1) {
            // nothing was said, so nothing is stored: the next answer keeps this turn's number
            return VoiceRenderer.reprompt(List.of(wording.text("voice.noInput")), List.of(wording.text("menu.voice")),
                    attempt + 1, turn);
        }
        Reply safety = replies.safetyReply(partnership, Channel.VOICE);
        List<String> spoken = new ArrayList<>(safety.paragraphs().subList(0, safety.essential()));
        spoken.add(wording.text("voice.goodbye"));
        return VoiceRenderer.speakThenHangUp(spoken);
    }

    /**
     * Twilio gives no id per spoken answer: the call's id (so staff can find it in Twilio) and the answer's
     * number from the signed action URL, so a replayed request is the same message and is stored once.
     * A request from before turns were numbered (turn 0) gets a random suffix, as it always did.
     */
    private static String turnId(String callSid, int turn) {
        if (callSid.isBlank() || callSid.length() > 40) {
            return "V" + UUID.randomUUID();
        }
        return callSid + ":" + (turn > 0 ? "t" + turn : UUID.randomUUID().toString().substring(0, 8));
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }
}
