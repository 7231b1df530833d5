package uk.mashline.nlu.opennlp;

import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.stemmer.PorterStemmer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;

/**
 * Word stems as features ("referring", "referral" and "referred" share "refer"), so a message
 * worded differently from every training example still lands near the right intent.
 * Stateless apart from the stemmer, which is created per call because it is not thread-safe.
 */
public final class StemFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        PorterStemmer stemmer = new PorterStemmer();
        Collection<String> features = new ArrayList<>(text.length);
        for (String word : text) {
            features.add("stem=" + stemmer.stem(word));
        }
        return features;
    }
}
