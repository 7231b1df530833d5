package uk.mashline;

import io.micronaut.runtime.Micronaut;

/**
 * Starts the MASH Advice Line service. How it is launched (JVM options, the class-data-sharing
 * archive that halves start-up) belongs to {@code scripts/run} and the Dockerfile, not to the product.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
