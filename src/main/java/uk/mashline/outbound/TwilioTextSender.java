package uk.mashline.outbound;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import jakarta.inject.Singleton;

/** Sends a text through Twilio's Messages API with the Twilio SDK ({@code Message.creator}). */
@Singleton
class TwilioTextSender implements TextSender {

    private final TwilioApiSettings settings;
    private final TwilioRestClient client;

    TwilioTextSender(TwilioApiSettings settings) {
        this.settings = settings;
        this.client = settings.configured()
                ? new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
                        .httpClient(new RebasedTwilioHttpClient(settings.apiUrl())).build()
                : null;
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    @Override
    public SendOutcome send(String from, String to, String body) {
        try {
            Message message = Message.creator(new PhoneNumber(to), new PhoneNumber(from), body).create(client);
            return SendOutcome.sent(message.getSid());
        } catch (ApiException e) {
            // Twilio's message can quote the number: only its status and error code are kept
            Integer status = e.getStatusCode();
            String code = e.getCode() == null ? "twilio" : "twilio " + e.getCode();
            return retryable(status) ? SendOutcome.retry(status, code) : SendOutcome.failed(status, code);
        } catch (ApiConnectionException e) {
            return SendOutcome.retry(null, "unreachable");
        } catch (RuntimeException e) {
            return SendOutcome.retry(null, e.getClass().getSimpleName());
        }
    }

    // Busy, failing, or refusing our credentials (which an operator can fix): worth trying again.
    // Any other 4xx (an invalid number, a number that opted out) would be refused again.
    private static boolean retryable(Integer status) {
        return status == null || status >= 500 || status == 429 || status == 401 || status == 403 || status == 404;
    }
}
