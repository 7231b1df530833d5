package uk.mashline.wiring;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.mashline.api.partnerships.PartnershipSettings;
import uk.mashline.channels.twilio.TwilioWebhookSettings;
import uk.mashline.console.RetentionDefaults;
import uk.mashline.console.security.BootstrapSettings;
import uk.mashline.console.security.PasswordHashSettings;
import uk.mashline.nlu.opennlp.IntentDataSettings;
import uk.mashline.outbound.DutyAlertSettings;
import uk.mashline.persistence.JournalSettings;
import uk.mashline.persistence.MySqlDriverSettings;
import uk.mashline.web.PublicUrlSettings;
import uk.mashline.web.WebChatLimits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settings that were single {@code @Value}s, now {@code @ConfigurationProperties} records: every variable
 * README's Configuration names still reaches them, and an unset one still gives the old default. The context
 * reads application.yml alone, as production does (the test environment's own values would hide the variables);
 * a variable given as a property resolves application.yml's {@code ${VARIABLE:default}} as the environment would.
 */
class ConfigurationVariablesTest {

    @Test
    void everyDocumentedVariableReachesItsRecord(@TempDir Path partnerships) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("MASH_JOURNAL_DIR", "target/journal-from-variable");
        variables.put("MASH_JOURNAL_REPLAY_EVERY", "3s");
        variables.put("MASH_WEBCHAT_MESSAGES_PER_MINUTE", "7");
        variables.put("MASH_WEBCHAT_MESSAGES_PER_CONVERSATION", "5");
        variables.put("MASH_LOG_FORMAT", "json");
        variables.put("TWILIO_AUTH_TOKEN", "a-token");
        variables.put("MASH_TWILIO_ALLOW_UNSIGNED", "true");
        variables.put("MASH_PUBLIC_URL", "https://advice.example.org/");
        variables.put("MASH_DUTY_ALERTS", "west-sussex=+447700900201");
        // a folder that does not exist: the model is then not trained in the background of this test
        variables.put("MASH_INTENTS_DIR", "target/no-such-intents");
        variables.put("MASH_PARTNERSHIPS_DIR", partnerships.toString());
        variables.put("MASH_RETENTION_DAYS", "90");
        variables.put("MASH_RETENTION_PURGE_INTERVAL", "2h");
        variables.put("MASH_RETENTION_INITIAL_DELAY", "1m");
        variables.put("MASH_BCRYPT_COST", "5");
        variables.put("STAFF_BOOTSTRAP_USER", "first.admin");
        variables.put("STAFF_BOOTSTRAP_PASSWORD", "a long first password");
        // no variable of its own in README: set by its property name
        variables.put("mash.mysql-driver-properties", "cachePrepStmts=false");
        try (ApplicationContext context = start(variables)) {
            assertEquals(new JournalSettings("target/journal-from-variable", Duration.ofSeconds(3)),
                    context.getBean(JournalSettings.class));
            assertEquals(new WebChatLimits(7, 5), context.getBean(WebChatLimits.class));
            assertEquals(new LogSettings("json"), context.getBean(LogSettings.class));
            assertEquals(new TwilioWebhookSettings("a-token", true), context.getBean(TwilioWebhookSettings.class));
            assertEquals(Optional.of("https://advice.example.org"), context.getBean(PublicUrlSettings.class).base());
            assertEquals("west-sussex=+447700900201", context.getBean(DutyAlertSettings.class).dutyAlerts());
            assertEquals(Optional.of(Path.of("target/no-such-intents")), context.getBean(IntentDataSettings.class).folder());
            assertEquals(Optional.of(partnerships), context.getBean(PartnershipSettings.class).folder());
            assertEquals(new RetentionDefaults(90, Duration.ofHours(2), Duration.ofMinutes(1)),
                    context.getBean(RetentionDefaults.class));
            assertEquals(new PasswordHashSettings(5), context.getBean(PasswordHashSettings.class));
            assertEquals(new BootstrapSettings("first.admin", "a long first password"), context.getBean(BootstrapSettings.class));
            assertEquals("cachePrepStmts=false", context.getBean(MySqlDriverSettings.class).mysqlDriverProperties());
        }
    }

    @Test
    void anUnsetVariableKeepsTheOldDefault() {
        try (ApplicationContext context = start(Map.of())) {
            assertEquals(new JournalSettings("journal", Duration.ofSeconds(1)), context.getBean(JournalSettings.class));
            assertEquals(new WebChatLimits(20, 12), context.getBean(WebChatLimits.class));
            assertEquals(new LogSettings("text"), context.getBean(LogSettings.class));
            TwilioWebhookSettings twilio = context.getBean(TwilioWebhookSettings.class);
            assertEquals(null, twilio.authToken());
            assertFalse(twilio.allowUnsigned());
            assertEquals(Optional.empty(), context.getBean(PublicUrlSettings.class).base());
            String duty = context.getBean(DutyAlertSettings.class).dutyAlerts();
            assertTrue(duty == null || duty.isBlank(), duty);
            assertEquals(Optional.empty(), context.getBean(IntentDataSettings.class).folder());
            assertEquals(Optional.empty(), context.getBean(PartnershipSettings.class).folder());
            assertEquals(new RetentionDefaults(400, Duration.ofHours(1), Duration.ofMinutes(5)),
                    context.getBean(RetentionDefaults.class));
            assertEquals(new PasswordHashSettings(12), context.getBean(PasswordHashSettings.class));
            assertFalse(context.getBean(BootstrapSettings.class).complete());
            assertEquals("useServerPrepStmts=true&cacheServerPrepStmts=true&cachePrepStmts=true&prepStmtCacheSize=64&prepStmtCacheSqlLimit=2048&rewriteBatchedStatements=true",
                    context.getBean(MySqlDriverSettings.class).mysqlDriverProperties());
        }
    }

    /**
     * "0s" means the classifier runs on the turn's own thread. README said "0", which is not a duration: it did not bind,
     * and the default of 1 s was used in its place without a word (so the nineteenth session measured the pool twice).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0s", "0ms"})
    void aZeroClassifierTimeLimitIsZero(String zero) {
        try (ApplicationContext context = start(Map.of("MASH_CLASSIFIER_TIME_LIMIT", zero, "MASH_INTENTS_DIR", "target/no-such-intents"))) {
            assertEquals(Duration.ZERO, context.getBean(DialogueSettings.class).classifierTimeLimit());
        }
    }

    @Test
    void secretsStayOutOfTheRecordsText() {
        assertFalse(new BootstrapSettings("first.admin", "a long first password").toString().contains("first password"));
        assertFalse(new TwilioWebhookSettings("a-token", false).toString().contains("a-token"));
    }

    private static ApplicationContext start(Map<String, Object> variables) {
        Map<String, Object> properties = new HashMap<>(variables);
        // an in-memory database, so no ./data folder is made by the test
        properties.put("datasources.default.url", "jdbc:h2:mem:settings-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1");
        properties.put("mash.pseudonyms.key-file", "target/test-pseudonym.key");
        return ApplicationContext.builder().deduceEnvironment(false).properties(properties).start();
    }
}
