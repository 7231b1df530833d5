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
import uk.mashline.dialogue.Channel;

import java.util.Map;

/**
 * Twilio's fallback URLs, called when the main webhook fails. They use neither the database nor
 * the classifier: the 999 line and the partnership's numbers from data already in memory.
 */
// described in src/main/openapi/twilio-webhooks.yml: the processor cannot see the form fields
@Hidden
@Controller("/twilio/fallback")
@Secured(SecurityRule.IS_ANONYMOUS)
class TwilioFallbackController {

    private final TwilioSignatureCheck signatures;
    private final TwilioReplies replies;

    TwilioFallbackController(TwilioSignatureCheck signatures, TwilioReplies replies) {
        this.signatures = signatures;
        this.replies = replies;
    }

    @Post("/sms")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Produces(MediaType.TEXT_XML)
    String sms(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, String> params = FormBody.parse(body);
        signatures.verify(request, params);
        // the writer's language where the text shows it (LanguageGate): the safety line never needs the database
        return SmsRenderer.twiml(SmsRenderer.messages(
                replies.safetyReply(replies.partnershipCalled(params.get("To")), Channel.SMS, params.get("Body"))));
    }

    @Post("/voice")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    @Produces(MediaType.TEXT_XML)
    String voice(HttpRequest<?> request, @Nullable @Body String body) {
        Map<String, String> params = FormBody.parse(body);
        signatures.verify(request, params);
        return VoiceRenderer.speakThenHangUp(
                replies.safetyReply(replies.partnershipCalled(params.get("To")), Channel.VOICE).paragraphs());
    }
}
