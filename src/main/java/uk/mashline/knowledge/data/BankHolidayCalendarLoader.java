package uk.mashline.knowledge.data;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uk.mashline.knowledge.WorkingDayCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link WorkingDayCalendar} from the shipped GOV.UK bank-holiday data
 * ({@code calendar/bank-holidays-england-and-wales.json}; JSON is read with SnakeYAML).
 */
public final class BankHolidayCalendarLoader {

    public static final String RESOURCE = "calendar/bank-holidays-england-and-wales.json";

    public WorkingDayCalendar loadBundled() {
        try (InputStream in = BankHolidayCalendarLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PartnershipDataException(RESOURCE, "", "is missing from the classpath");
            }
            return read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WorkingDayCalendar read(String file, String json) {
        Node root = Node.root(file, new Yaml(new SafeConstructor(new LoaderOptions())).load(json));
        String source = root.text("source");
        root.optionalText("division");
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (Node event : root.children("events")) {
            String date = event.text("date");
            try {
                holidays.put(LocalDate.parse(date), event.text("title"));
            } catch (DateTimeParseException e) {
                throw event.error("date", "'" + date + "' is not a date like 2025-12-25");
            }
        }
        if (holidays.isEmpty()) {
            throw root.error("events", "is required");
        }
        Node coverage = root.child("coverage");
        int firstYear = coverage.integer("firstYear");
        int lastYear = coverage.integer("lastYear");
        try {
            return new WorkingDayCalendar(holidays, firstYear, lastYear, source);
        } catch (IllegalArgumentException e) {
            throw root.error("coverage", e.getMessage());
        }
    }

}
