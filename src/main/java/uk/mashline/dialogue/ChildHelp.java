package uk.mashline.dialogue;

import uk.mashline.knowledge.NationalHelpline;
import uk.mashline.knowledge.NationalHelplines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Childline for a child who is writing, from the national helplines file with its source. */
public final class ChildHelp {

    private final Wording wording;
    private final NationalHelplines helplines;

    public ChildHelp(Wording wording, NationalHelplines helplines) {
        this.wording = wording;
        this.helplines = helplines;
    }

    public Advice add(Advice advice) {
        return add(advice, "disclosure.child.childline");
    }

    /** Childline in the words of {@code key}, which may name {name}, {phone}, {url} and {hours}. */
    public Advice add(Advice advice, String key) {
        helplines.find("childline").filter(h -> h.isFor(NationalHelpline.Audience.CHILDREN)).ifPresent(h -> {
            Map<String, String> values = new HashMap<>();
            values.put("name", h.name());
            values.put("phone", h.phone() == null ? "" : h.phone());
            values.put("url", h.url() == null ? "" : h.url());
            values.put("hours", h.hours() == null ? "" : h.hours());
            advice.add(wording.format(key, values));
            advice.citeAll(List.of(h.source().title()));
        });
        return advice;
    }
}
