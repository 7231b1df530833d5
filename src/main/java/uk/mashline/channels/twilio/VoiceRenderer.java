package uk.mashline.channels.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import uk.mashline.dialogue.Channel;
import uk.mashline.dialogue.ChannelStyle;

import java.util.List;

/**
 * Builds the TwiML a call hears: British English speech, and a Gather that takes speech or the
 * keypad with the profanity filter off, so an abuse disclosure is transcribed as it was said.
 */
final class VoiceRenderer {

    static final String GATHER_PATH = "/twilio/voice/gather";
    static final int DIAL_TIMEOUT_SECONDS = 25;
    private static final ChannelStyle VOICE = new ChannelStyle(Channel.VOICE);
    /** Words the speech recogniser should expect on a safeguarding line. */
    static final String HINTS = "safeguarding, MASH, social worker, social services, police, emergency, danger, hurt, "
            + "abuse, neglect, bruises, stepdad, boyfriend, knife, overdose, self-harm, suicide, early help, "
            + "consultation, referral, threshold, escalation, escalate, disagree, complaint, consent, DSL, "
            + "health visitor, child protection, strategy meeting, section 47";

    private VoiceRenderer() {
    }

    static Say say(String text) {
        return new Say.Builder(spokenNumbers(text)).language(Say.Language.EN_GB).build();
    }

    /** Phone numbers inside data text (a note that says which mobile to ring) read digit by digit too. */
    static String spokenNumbers(String text) {
        return VOICE.speakable(text);
    }

    /**
     * @param turn the number of the caller's next answer in this call, in the action URL Twilio signs: with
     *             the CallSid it names the answer, so a replayed request is recognised and never stored twice
     */
    static Gather gather(List<String> prompts, int attempt, int turn) {
        Gather.Builder gather = new Gather.Builder()
                .inputs(List.of(Gather.Input.SPEECH, Gather.Input.DTMF))
                .language(Gather.Language.EN_GB)
                .profanityFilter(false)
                .hints(HINTS)
                .speechTimeout("auto")
                .timeout(6)
                .numDigits(1)
                .actionOnEmptyResult(true)
                .method(HttpMethod.POST)
                .action(GATHER_PATH + "?attempt=" + attempt + "&turn=" + turn);
        prompts.forEach(p -> gather.say(say(p)));
        return gather.build();
    }

    static String speakThenListen(List<String> spoken, List<String> prompts, int turn) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        spoken.forEach(s -> response.say(say(s)));
        return response.gather(gather(prompts, 0, turn)).build().toXml();
    }

    static final String DIAL_ENDED_PATH = "/twilio/voice/dial-ended";

    /**
     * Puts the caller through; when the call ends Twilio asks {@link #DIAL_ENDED_PATH} what next (nobody
     * answered: the duty numbers, then the numbers to ring), which is why nothing follows the Dial here.
     */
    static String speakThenTransfer(List<String> spoken, String number) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        spoken.forEach(s -> response.say(say(s)));
        response.dial(new Dial.Builder(e164(number)).timeout(DIAL_TIMEOUT_SECONDS).method(HttpMethod.POST)
                .action(DIAL_ENDED_PATH + "?tried=" + urlEncoded(number)).build());
        return response.build().toXml();
    }

    /** Rings every number at once (the first to answer takes the call); then asks what next, as above. */
    static String speakThenDialAll(List<String> spoken, List<String> numbers, String tried) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        spoken.forEach(s -> response.say(say(s)));
        Dial.Builder dial = new Dial.Builder().timeout(DIAL_TIMEOUT_SECONDS).method(HttpMethod.POST)
                .action(DIAL_ENDED_PATH + "?stage=duty&tried=" + urlEncoded(tried));
        numbers.forEach(n -> dial.number(new com.twilio.twiml.voice.Number.Builder(e164(n)).build()));
        return response.dial(dial.build()).build().toXml();
    }

    static String hangUp() {
        return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
    }

    private static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** UK numbers as published (leading 0, spaces) in the form Twilio dials (+44, no spaces). */
    static String e164(String number) {
        String digits = number.replaceAll("[^0-9+]", "");
        return digits.startsWith("0") ? "+44" + digits.substring(1) : digits;
    }

    static String speakThenHangUp(List<String> spoken) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        spoken.forEach(s -> response.say(say(s)));
        return response.hangup(new Hangup.Builder().build()).build().toXml();
    }

    static String reprompt(List<String> spoken, List<String> prompts, int attempt, int turn) {
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        spoken.forEach(s -> response.say(say(s)));
        return response.gather(gather(prompts, attempt, turn)).build().toXml();
    }
}
