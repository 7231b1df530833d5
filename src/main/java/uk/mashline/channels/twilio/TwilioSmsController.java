package uk.mashline.channels.twilio;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import uk.mashline.channels.StoredFields;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.InboundMessage;
import uk.mashline.knowledge.Partnership;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Twilio's inbound SMS webhook. Never throttled: Twilio does not back off. */
// described in src/main/openapi/twilio-webhooks.yml: the processor cannot see the form fields
@Hidden
@Controller("/twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
class TwilioSmsController {

    private final TwilioSignatureCheck signatures;
    private final TwilioReplies replies;

    TwilioSmsController(TwilioSignatureCheck signatures, TwilioReplies replies) {
        this.signatures = signatures;
        this.replies = replies;
    }

    // No request thread waits for the turn: the answer comes back on the turn's own thread, or the
    // safety reply when the turn runs out of time (AnswerEveryMessage, as on every channel).
    @Post("/sms")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Produces(MediaType.TEXT_XML)
    CompletableFuture<String> sms(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, String> params = FormBody.parse(body);
        signatures.verify(request, params);
        String from = params.get("From");
        String to = params.get("To");
        Optional<Partnership> partnership = replies.partnershipCalled(to);
        // Twilio's id makes a redelivery recognisable; a request without one still gets an id of its own
        String sid = Optional.ofNullable(blankToNull(params.get("MessageSid"))).orElseGet(() -> "S" + UUID.randomUUID());
        InboundMessage message = StoredFields.check(new InboundMessage(Channel.SMS, partnership.map(Partnership::id).orElse(null),
                null, "sms:" + to + ":" + from, from, params.getOrDefault("Body", ""), sid, Instant.now()));
        return replies.answer(partnership, message)
                .thenApply(reply -> SmsRenderer.twiml(SmsRenderer.messages(reply)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
