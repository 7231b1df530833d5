package uk.mashline;

import io.micronaut.runtime.Micronaut;

/** Starts the MASH Advice Line service. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .banner(false)
                .mainClass(Application.class)
                .start();
    }
}
