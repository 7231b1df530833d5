package uk.mashline.dialogue;

import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourceDocument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A reply that relies on a document past its printed review (or expiry) date says so once, briefly,
 * with where to look for the current version: the caller should know the advice may be stale.
 * Dates come from the data, "today" from the service's clock, the sentence from the wording file.
 */
public final class DocumentCurrency {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Wording wording;

    public DocumentCurrency(Wording wording) {
        this.wording = wording;
    }

    /** Adds the note to the reply's essentials when a document it cites is past its review date. */
    public Advice note(Advice advice, Partnership partnership, LocalDate today) {
        Optional<SourceDocument> outdated = advice.documents().stream()
                .map(partnership::document)
                .flatMap(Optional::stream)
                .filter(d -> d.pastReview(today))
                .findFirst();
        outdated.ifPresent(d -> {
            String key = d.expired(today) ? "currency.expired" : "currency.pastReview";
            advice.addToEssentials(wording.format(key, Map.of(
                    "title", d.title(),
                    "reviewDate", d.reviewDue().map(DAY::format).orElse(d.expiryDate() == null ? "" : d.expiryDate()),
                    "expiryDate", d.expires().map(DAY::format).orElse(""),
                    "whereCurrent", d.whereCurrent().text())));
            advice.cite(d.currency()).cite(d.whereCurrent().source());
        });
        return advice;
    }
}
