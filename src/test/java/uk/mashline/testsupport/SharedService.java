package uk.mashline.testsupport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For test classes that only read what every service has (the API document, the partnerships, health,
 * metrics): one running service with the test environment's settings, started for the first such class
 * and shared by the rest of the run, instead of a service (about 1.5 CPU-seconds to start) per class as
 * {@code @MicronautTest} starts. Their {@code @Inject} fields (with {@code @Client("/")}) are filled from it.
 * A class that changes data or settings others could see keeps {@code @MicronautTest}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ExtendWith(SharedService.Extension.class)
// makes the class's injection points known to the context, as @MicronautTest does; never itself created
@Factory
public @interface SharedService {

    final class Extension implements TestInstancePostProcessor {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedService.class);

        @Override
        public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
            Running running = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(Running.class, k -> new Running(ApplicationContext.run(EmbeddedServer.class, "test")),
                            Running.class);
            running.server().getApplicationContext().inject(testInstance);
        }
    }

    /** Stopped by JUnit when the run ends. */
    record Running(EmbeddedServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}
