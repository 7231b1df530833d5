package uk.mashline.nlu.opennlp;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the intent model's training data comes from ({@code mash.intents}).
 *
 * @param dir {@code MASH_INTENTS_DIR}: an {@code intents/} folder to train from instead of the data in the jar
 */
@ConfigurationProperties("mash.intents")
public record IntentDataSettings(@Nullable String dir) {

    /** The folder, or empty for the training data packaged in the jar. */
    public Optional<Path> folder() {
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir.strip()));
    }
}
