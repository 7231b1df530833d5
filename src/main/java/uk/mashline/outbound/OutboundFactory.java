package uk.mashline.outbound;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;

import java.util.stream.Collectors;

/** The duty phones, read from MASH_DUTY_ALERTS and checked against the partnerships the line serves. */
@Factory
class OutboundFactory {

    @Singleton
    DutyPhones dutyPhones(DutyAlertSettings settings, PartnershipDirectory partnerships) {
        return DutyPhones.parse(settings.dutyAlerts(), partnerships.all().stream().map(Partnership::id).collect(Collectors.toSet()));
    }
}
