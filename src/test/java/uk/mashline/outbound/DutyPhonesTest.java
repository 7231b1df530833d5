package uk.mashline.outbound;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutyPhonesTest {

    private static final Set<String> KNOWN = Set.of("west-sussex", "medway");

    @Test
    void eachPartnershipGetsItsOwnPhones() {
        DutyPhones phones = DutyPhones.parse("west-sussex=+447700900201, +447700900202;medway=+447700900203", KNOWN);
        assertEquals(List.of("+447700900201", "+447700900202"), phones.of("west-sussex"));
        assertEquals(List.of("+447700900203"), phones.of("medway"));
        assertEquals(List.of(), phones.of("sandwell"));
        assertEquals(List.of(), DutyPhones.parse("", KNOWN).of("medway"));
    }

    @Test
    void anUnknownPartnershipOrANumberNotInInternationalFormStopsTheStartWithAClearMessage() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> DutyPhones.parse("kent=+447700900201", KNOWN));
        assertTrue(unknown.getMessage().contains("no partnership 'kent'"), unknown.getMessage());
        var national = assertThrows(IllegalArgumentException.class, () -> DutyPhones.parse("medway=07700900203", KNOWN));
        assertTrue(national.getMessage().contains("international form"), national.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DutyPhones.parse("medway", KNOWN));
        assertThrows(IllegalArgumentException.class, () -> DutyPhones.parse("medway=", KNOWN));
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToItsLimit() {
        OutboxSettings settings = new OutboxSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(30),
                20, Duration.ofMinutes(1));
        assertEquals(Duration.ofSeconds(2), settings.backOff(1));
        assertEquals(Duration.ofSeconds(4), settings.backOff(2));
        assertEquals(Duration.ofSeconds(16), settings.backOff(4));
        assertEquals(Duration.ofSeconds(30), settings.backOff(5));
        assertEquals(Duration.ofSeconds(30), settings.backOff(60));
    }

    @Test
    void twiliosUrlsAreSentToTheConfiguredAddress() {
        RebasedTwilioHttpClient client = new RebasedTwilioHttpClient("http://127.0.0.1:9999/");
        assertEquals("http://127.0.0.1:9999/2010-04-01/Accounts/AC1/Messages.json",
                client.rebase("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json"));
    }
}
