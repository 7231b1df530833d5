package uk.mashline.review;

import java.time.LocalDate;

/** How many conversations started on a UTC day with a highest route and a channel (either may be null). */
public record ContactCount(LocalDate day, String route, String channel, long contacts) {
}
