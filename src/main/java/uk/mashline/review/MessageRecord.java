package uk.mashline.review;

import java.time.Instant;
import java.util.List;

/**
 * One logged message: what was said, how it was routed, the risk rule that fired, the sources of a reply's facts.
 *
 * @param author the member of staff who wrote it; null for the person's messages and the line's own replies
 */
public record MessageRecord(long id, String direction, String text, String route, String intent, Double confidence,
                            String rule, List<String> sources, String modelVersion, Instant at, String author) {

    public boolean fromStaff() {
        return author != null;
    }
}
