package uk.mashline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the service on a class-data-sharing archive when the build made one. A plain
 * {@code java -jar} cannot name an archive, and without it the JVM spends most of its start-up
 * loading and verifying some 10,000 classes from the jar; so the first JVM starts a second one with
 * the archive ({@code mash-advice-line.jsa} beside the jar) and stays as its parent, passing on
 * its exit code and stopping it on shutdown. Without an archive, or with {@code MASH_CDS=off}, the
 * service simply starts in this JVM.
 */
final class ClassDataSharing {

    static final String CHILD_PROPERTY = "mash.cds.child";
    static final String PARENT_PID_PROPERTY = "mash.cds.parent";

    private ClassDataSharing() {
    }

    /** Runs the service in a child JVM on the archive and returns its exit code, or empty to start here. */
    static Optional<Integer> relaunch(String[] args) {
        if (System.getProperty(CHILD_PROPERTY) != null || "off".equalsIgnoreCase(System.getenv("MASH_CDS"))) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        Optional<Path> archive = jar.map(j -> j.resolveSibling(j.getFileName().toString().replaceAll("\\.jar$", ".jsa")))
                .filter(Files::isReadable);
        Optional<String> java = ProcessHandle.current().info().command();
        if (archive.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.add("-XX:SharedArchiveFile=" + archive.get());
        command.add("-Xshare:auto");
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        command.addAll(JvmOptions.defaultsNotIn(given));
        command.addAll(given);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-D" + PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(jar.get().toString());
        command.add(Application.class.getName());
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child)));
            return Optional.of(child.waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    /** In the child: exit if the parent JVM disappears (killed outright), so no service is orphaned. */
    static void watchParent() {
        String parent = System.getProperty(PARENT_PID_PROPERTY);
        if (parent == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresent(handle -> handle.onExit().thenRun(() -> System.exit(0)));
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Path> ownJar() {
        try {
            Path path = Path.of(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return path.toString().endsWith(".jar") ? Optional.of(path.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
