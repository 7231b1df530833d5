package uk.mashline.api.partnerships;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.knowledge.NationalHelplines;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.PartnershipDirectory;
import uk.mashline.knowledge.WorkingDayCalendar;
import uk.mashline.knowledge.data.BankHolidayCalendarLoader;
import uk.mashline.knowledge.data.NationalHelplinesReader;
import uk.mashline.knowledge.data.PartnershipDataException;
import uk.mashline.knowledge.data.PartnershipLoader;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Wires the plain-Java knowledge domain into Micronaut. The directory and the calendar are built
 * eagerly ({@link Context}) so that a malformed partnership file stops the service at start-up, with
 * a message naming the file and the field, instead of failing on a caller's first message.
 */
@Factory
class KnowledgeFactory {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeFactory.class);

    @Context
    PartnershipDirectory partnershipDirectory(PartnershipSettings settings) {
        Path dir = settings.folder().orElse(null);
        try {
            PartnershipDirectory directory = new PartnershipLoader().load(dir);
            LOG.info("Loaded {} partnerships{}", directory.all().size(),
                    dir == null ? "" : " (with overrides from " + dir + ")");
            return directory;
        } catch (PartnershipDataException e) {
            LOG.error("Partnership data is invalid: {}", e.getMessage());
            throw e;
        }
    }

    /** UK-wide helplines; from the same override folder as the partnerships, when it has a national.yml. */
    @Context
    NationalHelplines nationalHelplines(PartnershipSettings settings) {
        return new NationalHelplinesReader().load(settings.folder().orElse(null));
    }

    @Context
    WorkingDayCalendar workingDayCalendar() {
        return new BankHolidayCalendarLoader().loadBundled();
    }

    /** UK local time; tests replace this bean with a fixed clock. */
    @Singleton
    Clock clock() {
        return Clock.system(OpeningHours.UK);
    }
}
