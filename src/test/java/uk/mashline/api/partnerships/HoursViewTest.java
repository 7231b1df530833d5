package uk.mashline.api.partnerships;

import org.junit.jupiter.api.Test;
import uk.mashline.knowledge.Calendars;
import uk.mashline.knowledge.OpeningHours;
import uk.mashline.knowledge.WeeklyWindow;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HoursViewTest {

    private final OpeningHours nineToFive = OpeningHours.weekly(
            List.of(WeeklyWindow.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0))), false, "9am–5pm Monday to Friday");

    @Test
    void aClosedLineSaysWhenItNextOpens() {
        // Good Friday 2026, 10:00 BST: closed until Tuesday after Easter Monday
        PartnershipJson.HoursView view = PartnershipJson.HoursView.of(nineToFive,
                ZonedDateTime.parse("2026-04-03T10:00+01:00[Europe/London]"), Calendars.englandAndWales());
        assertEquals(Boolean.FALSE, view.openNow());
        assertEquals(ZonedDateTime.parse("2026-04-07T09:00+01:00[Europe/London]"), view.nextOpening());
    }

    @Test
    void outsideTheCalendarOpenNowIsUnknown() {
        PartnershipJson.HoursView view = PartnershipJson.HoursView.of(nineToFive,
                ZonedDateTime.parse("2031-04-01T10:00+01:00[Europe/London]"), Calendars.englandAndWales());
        assertNull(view.openNow());
        assertNull(view.nextOpening());
    }
}
