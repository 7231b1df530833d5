package uk.mashline.console;

import io.micronaut.context.MessageSource;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.mashline.persistence.ConsoleSettingRepository;
import uk.mashline.persistence.ConsoleSettingRow;

import java.time.Instant;
import java.util.Optional;

/**
 * How long conversations are kept after their last message: the value an ADMIN stored in
 * console_setting, else MASH_RETENTION_DAYS (default 400).
 */
@Singleton
public class RetentionSettings {

    public static final int MIN_DAYS = 30;
    public static final int MAX_DAYS = 3650;
    static final String NAME = "retention_days";

    /** The retention period in force and where it comes from ("setting" or "default"). */
    @Serdeable
    public record Retention(int days, int defaultDays, String source, String updatedBy, Instant updatedAt,
                            int minDays, int maxDays) {
    }

    private final ConsoleSettingRepository settings;
    private final AuditLog audit;
    private final ConsoleClock clock;
    private final MessageSource messages;
    private final int defaultDays;

    public RetentionSettings(ConsoleSettingRepository settings, AuditLog audit, ConsoleClock clock, MessageSource messages,
                             RetentionDefaults defaults) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.defaultDays = defaults.defaultDays();
    }

    public Retention current() {
        Optional<ConsoleSettingRow> stored = settings.findById(NAME);
        if (stored.isPresent()) {
            try {
                return new Retention(Integer.parseInt(stored.get().value()), defaultDays, "setting",
                        stored.get().updatedBy(), stored.get().updatedAt(), MIN_DAYS, MAX_DAYS);
            } catch (NumberFormatException ignored) {
                // an unreadable stored value falls back to the environment default
            }
        }
        return new Retention(defaultDays, defaultDays, "default", null, null, MIN_DAYS, MAX_DAYS);
    }

    public Retention update(String actor, Integer days) {
        if (days == null || days < MIN_DAYS || days > MAX_DAYS) {
            throw new BadRequest(ConsoleWording.text(messages, "retention.invalid",
                    String.format(ConsoleWording.LOCALE, "%,d", MIN_DAYS), String.format(ConsoleWording.LOCALE, "%,d", MAX_DAYS)));
        }
        int old = current().days();
        ConsoleSettingRow row = new ConsoleSettingRow(NAME, String.valueOf(days), actor, clock.now());
        if (settings.existsById(NAME)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
        audit.record(actor, AuditAction.RETENTION_CHANGE, "console_setting", NAME, "days " + old + "->" + days);
        return current();
    }
}
