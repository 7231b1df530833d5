package uk.mashline;

import io.micronaut.runtime.Micronaut;

import java.util.Optional;

/** Starts the MASH Advice Line service. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Optional<Integer> child = ClassDataSharing.relaunch(args);
        if (child.isPresent()) {
            System.exit(child.get());
        }
        ClassDataSharing.watchParent();
        var context = Micronaut.build(args)
                .banner(false)
                .mainClass(Application.class)
                .start();
        // The build's archive run: start, then exit so the JVM writes the loaded classes to the archive.
        if (Boolean.getBoolean("mash.cds.dump")) {
            ArchiveTraining.exercise(context);
            context.close();
            System.exit(0);
        }
    }
}
