package uk.mashline.outbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Who is texted when a conversation reaches immediate risk ({@code mash.duty-alerts}, {@code MASH_DUTY_ALERTS}).
 *
 * @param dutyAlerts each partnership's on-duty phones, {@code west-sussex=+447700900201,+447700900202;medway=+447700900203};
 *                   read and checked by {@link DutyPhones#parse}
 */
@ConfigurationProperties("mash")
public record DutyAlertSettings(@Nullable String dutyAlerts) {
}
