package uk.mashline.review;

import java.time.Instant;
import java.util.List;

/** One logged message: what was said, how it was routed, the risk rule that fired, the sources of a reply's facts. */
public record MessageRecord(long id, String direction, String text, String route, String intent, Double confidence,
                            String rule, List<String> sources, String modelVersion, Instant at) {
}
