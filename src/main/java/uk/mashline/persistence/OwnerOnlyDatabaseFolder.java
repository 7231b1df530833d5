package uk.mashline.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.mashline.web.OwnerOnlyFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The embedded H2 database file holds children's disclosures: before the pool opens it, its folder is
 * made (or tightened to) readable by the service's user only, and the files already in it too. H2
 * creates its files with the process's umask, usually readable by everyone; the folder's mode is what
 * keeps them private.
 */
@Singleton
class OwnerOnlyDatabaseFolder implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyDatabaseFolder.class);
    private static final String H2_FILE = "jdbc:h2:file:";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl();
        if (url != null && url.startsWith(H2_FILE)) {
            String file = url.substring(H2_FILE.length()).split(";", 2)[0];
            Path folder = Path.of(file).toAbsolutePath().getParent();
            try {
                OwnerOnlyFiles.folder(folder);
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path existing : files.filter(Files::isRegularFile).toList()) {
                        OwnerOnlyFiles.tighten(existing);
                    }
                }
            } catch (IOException e) {
                LOG.error("could not make the database folder {} readable by the service's user only: {}", folder, e.toString());
            }
        }
        return config;
    }
}
