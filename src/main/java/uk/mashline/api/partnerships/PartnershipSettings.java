package uk.mashline.api.partnerships;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Partnership knowledge beyond the jar's ({@code mash.partnerships}).
 *
 * @param dir {@code MASH_PARTNERSHIPS_DIR}: a folder of partnership YAML files that add partnerships or
 *            replace shipped ones (and a {@code national.yml} for the UK-wide helplines), without a rebuild
 */
@ConfigurationProperties("mash.partnerships")
public record PartnershipSettings(@Nullable String dir) {

    /** The folder, or empty for the shipped partnerships alone. */
    public Optional<Path> folder() {
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }
}
