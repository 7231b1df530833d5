package uk.mashline.nlu.opennlp;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import uk.mashline.nlu.TextNormaliser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the name finder's annotated examples ({@code intents/slots/*.txt}: one message a line, entities
 * marked {@code <START:type> ... <END>}, {@code #} comments) into OpenNLP samples over the same
 * normalised tokens the service sees, so "im a HV in Crawley" is learnt as "i am a health visitor in
 * crawley". Each piece between markers is normalised on its own, so an entity keeps its exact bounds.
 */
public final class SlotNameSamples {

    private static final Pattern ENTITY = Pattern.compile("<START:([a-z_]+)>(.*?)<END>");

    private final TextNormaliser normaliser;

    public SlotNameSamples(TextNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The samples of a file's lines; a line with a broken marker is an error naming the line. */
    public List<NameSample> parse(List<String> lines) {
        List<NameSample> samples = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            NameSample sample = parseLine(line);
            if (sample == null) {
                throw new IllegalArgumentException("slot examples line " + lineNo + ": unbalanced <START:...>/<END>");
            }
            samples.add(sample);
        }
        return samples;
    }

    private NameSample parseLine(String line) {
        List<String> tokens = new ArrayList<>();
        List<Span> names = new ArrayList<>();
        Matcher m = ENTITY.matcher(line);
        int last = 0;
        while (m.find()) {
            addWords(tokens, line.substring(last, m.start()));
            int start = tokens.size();
            addWords(tokens, m.group(2));
            if (tokens.size() == start) {
                return null;
            }
            names.add(new Span(start, tokens.size(), m.group(1)));
            last = m.end();
        }
        String rest = line.substring(last);
        if (rest.contains("<START") || rest.contains("<END>")) {
            return null;
        }
        addWords(tokens, rest);
        return tokens.isEmpty() ? null : new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), true);
    }

    private void addWords(List<String> tokens, String text) {
        String normalised = normaliser.normalise(text);
        if (!normalised.isEmpty()) {
            tokens.addAll(List.of(normalised.split(" ")));
        }
    }
}
