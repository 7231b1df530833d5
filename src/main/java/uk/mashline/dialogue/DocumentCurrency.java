package uk.mashline.dialogue;

import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.SourceDocument;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reply that relies on a document past its printed review (or expiry) date says so once, briefly,
 * with where to look for the current version: the caller should know the advice may be stale.
 * Dates come from the data, "today" from the service's clock, the sentence from the wording file.
 */
public final class DocumentCurrency {

    /**
     * Replies that give the document's advice. An emergency reply stays short, and a greeting,
     * goodbye or request for a person only gives numbers: none of them carries the note.
     */
    private static final Set<Route> ADVICE = Set.of(Route.REPORT_CONCERN, Route.CONSULTATION, Route.ESCALATION,
            Route.EARLY_HELP, Route.CONSENT_INFO_SHARING, Route.COMPLAINT);

    private final Wording wording;

    public DocumentCurrency(Wording wording) {
        this.wording = wording;
    }

    /** Adds the note to the essentials of an advice reply that cites a document past its review date. */
    public Advice note(Advice advice, Route route, Partnership partnership, LocalDate today) {
        return note(advice, route, partnership, today, true);
    }

    /**
     * As above; {@code firstScreen} false puts the note with the rest of the reply, not on its first screen (facts-49: a reply
     * in another language, whose first screen is in the writer's language and the English note after it - the blind tester's
     * q49 kind 10, own set facts-49-b B01, B02, B06: the English caveat on the translated first screen).
     */
    public Advice note(Advice advice, Route route, Partnership partnership, LocalDate today, boolean firstScreen) {
        if (!ADVICE.contains(route)) {
            return advice;
        }
        Optional<SourceDocument> outdated = advice.documents().stream()
                .map(partnership::document)
                .flatMap(Optional::stream)
                .filter(d -> d.pastReview(today))
                .findFirst();
        outdated.ifPresent(d -> {
            String key = d.expired(today) ? "currency.expired" : "currency.pastReview";
            String note = wording.format(key, Map.of(
                    "title", d.title(),
                    // the dates as the document prints them: "March 2022" is not turned into a day it never named
                    "reviewDate", d.reviewDate() != null ? d.reviewDate() : d.expiryDate(),
                    "expiryDate", d.expiryDate() == null ? "" : d.expiryDate(),
                    "whereCurrent", d.whereCurrent().text()));
            if (firstScreen) {
                advice.addToEssentials(note);
            } else {
                advice.add(note);
            }
            advice.cite(d.currency()).cite(d.whereCurrent().source());
        });
        return advice;
    }
}
