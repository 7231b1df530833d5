package uk.mashline.knowledge.data;

import uk.mashline.knowledge.Partnership;
import uk.mashline.knowledge.PartnershipDirectory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Command-line check of partnership data without starting the service: loads the shipped files and,
 * when given (argument or {@code MASH_PARTNERSHIPS_DIR}), an external folder, exactly as the service
 * would. Exits 0 when all are valid, 1 with "file: field: problem" otherwise.
 * Run by {@code scripts/validate-partnerships}.
 */
public final class ValidatePartnerships {

    private ValidatePartnerships() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(PartnershipLoader.ENV_VAR), System.out, System.err));
    }

    static int run(String[] args, String envDir, PrintStream out, PrintStream err) {
        String dir = args.length > 0 && !args[0].isBlank() ? args[0] : envDir;
        Path external = dir == null || dir.isBlank() ? null : Path.of(dir);
        try {
            new BankHolidayCalendarLoader().loadBundled();
            PartnershipDirectory directory = new PartnershipLoader().load(external);
            int helplines = new NationalHelplinesReader().load(external).all().size();
            out.println("OK: " + directory.all().size() + " partnerships valid ("
                    + directory.all().stream().map(Partnership::id).collect(Collectors.joining(", ")) + ")"
                    + (external == null ? "" : " including " + external) + "; " + helplines + " national helplines valid");
            return 0;
        } catch (PartnershipDataException e) {
            err.println("INVALID: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("INVALID: " + e);
            return 1;
        }
    }
}
