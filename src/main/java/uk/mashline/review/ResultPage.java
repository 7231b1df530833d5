package uk.mashline.review;

import java.util.List;

/** One page of results and how many there are in all. */
public record ResultPage<T>(List<T> content, long totalSize) {
}
