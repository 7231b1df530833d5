package uk.mashline.testsupport;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import uk.mashline.console.security.StaffUsers;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shared fixture of the tests of texts the line sends itself (duty alerts, staff replies, "talk to a
 * person"): the service with Twilio's webhooks signed by {@link #TOKEN} and its REST API replaced by a
 * loopback {@link TwilioApiStandIn}, the staff accounts of {@link StaffAccountsForTests}, a clock the test
 * sets, and the database to look into. Each class names its own Twilio account, so a text still on its way
 * from another class's service can never be counted as this one's.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TwilioStandInTest implements TestPropertyProvider {

    public static final String TOKEN = "test-auth-token-0123456789";
    public static final String WEST_SUSSEX = "+447700900101";
    public static final String SANDWELL = "+447700900103";

    protected final TwilioApiStandIn twilio = new TwilioApiStandIn(account(), TOKEN);

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected DataSource dataSource;

    @Inject
    protected SettableClock clock;

    @Inject
    protected StaffUsers users;

    /** The Twilio account the service sends from in this class (AC and 32 characters). */
    protected abstract String account();

    /** Settings this class adds to the stand-in's (duty phones, outbox timings...). */
    protected Map<String, String> moreProperties() {
        return Map.of();
    }

    /** The public URL the service checks Twilio's signatures against. */
    protected String publicUrl() {
        return TwilioSigner.PUBLIC_URL;
    }

    @Override
    public final Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(moreProperties());
        properties.put("mash.twilio.auth-token", TOKEN);
        properties.put("mash.twilio.account-sid", account());
        properties.put("mash.twilio.api-url", twilio.url());
        properties.put("mash.public-url", publicUrl());
        return properties;
    }

    @BeforeEach
    void resetStandInAndAccounts() {
        twilio.clear();
        StaffAccountsForTests.ensure(users);
    }

    @AfterAll
    void closeStandIn() {
        twilio.close();
    }

    /** Signed Twilio webhooks, as Twilio sends them to this service. */
    protected SignedTwilio signed() {
        return new SignedTwilio(client, server, TOKEN, publicUrl());
    }

    protected ConsoleTestData data() {
        return new ConsoleTestData(dataSource);
    }

    /** Waits up to 15 seconds for a count to reach what is expected (texts are sent on threads of their own). */
    protected void awaitCount(String sql, long expected, Object... params) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(15);
        long found = data().count(sql, params);
        while (found < expected && Instant.now().isBefore(end)) {
            Thread.sleep(50);
            found = data().count(sql, params);
        }
        assertEquals(expected, found, sql);
    }
}
