package uk.mashline.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A seed document a partnership's facts come from: its file name, its title and, where the
 * document prints them, its version, date, review date and expiry date (as printed, e.g.
 * "March 2022" or "31 December 2021"). A document past its review date may have been replaced,
 * so a reply relying on it says so and {@code whereCurrent} says where to look for the current one.
 *
 * @param currency the lines that print the version and dates (null when the document prints none)
 */
public record SourceDocument(String file,
                             String title,
                             String version,
                             String issued,
                             String reviewDate,
                             String expiryDate,
                             Source currency,
                             SourcedText whereCurrent) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    public SourceDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        boolean printsCurrency = version != null || issued != null || reviewDate != null || expiryDate != null;
        if (printsCurrency && currency == null) {
            throw new IllegalArgumentException(file + ": the lines printing the version and dates are required");
        }
        if ((reviewDate != null || expiryDate != null) && whereCurrent == null) {
            throw new IllegalArgumentException(file + ": whereCurrent is required when a review or expiry date is given");
        }
        lastDay(reviewDate);
        lastDay(expiryDate);
    }

    public SourceDocument(String file, String title) {
        this(file, title, null, null, null, null, null, null);
    }

    /** The last day the printed review date allows ("March 2022" is 31 March 2022). */
    public Optional<LocalDate> reviewDue() {
        return Optional.ofNullable(lastDay(reviewDate));
    }

    public Optional<LocalDate> expires() {
        return Optional.ofNullable(lastDay(expiryDate));
    }

    /** True once {@code today} is after the review date or the expiry date the document prints. */
    public boolean pastReview(LocalDate today) {
        return reviewDue().map(today::isAfter).orElse(false) || expired(today);
    }

    public boolean expired(LocalDate today) {
        return expires().map(today::isAfter).orElse(false);
    }

    /**
     * A printed date as a day: "31 December 2021", or "March 2022" meaning its last day.
     *
     * @throws IllegalArgumentException when the text is neither form
     */
    public static LocalDate lastDay(String printed) {
        if (printed == null) {
            return null;
        }
        try {
            return LocalDate.parse(printed, DAY);
        } catch (DateTimeParseException notADay) {
            try {
                return YearMonth.parse(printed, MONTH).atEndOfMonth();
            } catch (DateTimeParseException notAMonth) {
                throw new IllegalArgumentException("'" + printed + "' is not a date such as \"31 December 2021\" or \"March 2022\"");
            }
        }
    }
}
