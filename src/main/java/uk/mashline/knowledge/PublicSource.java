package uk.mashline.knowledge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public web page a national fact was read from, and the day it was read: the seed documents
 * say nothing about national helplines, so these facts carry their own provenance.
 */
public record PublicSource(String url, String title, LocalDate checked) {

    public PublicSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(checked, "checked");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("source url must be a web address: " + url);
        }
    }

    /** A short citation for a reply's list of sources. */
    public String label() {
        return title + " (" + url + ", read " + checked + ")";
    }
}
