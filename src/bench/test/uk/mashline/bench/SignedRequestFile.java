package uk.mashline.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes signed Twilio SMS webhooks, one per line, for wrk ({@code scripts/bench-sms.lua}) to
 * send: signing is done here, before the run, so the load generator spends almost nothing per
 * request and the service keeps the machine's two cores.
 * <pre>
 *   SignedRequestFile --url=http://127.0.0.1:18080 --token=T --phase=2 --count=150000 --out=/tmp/sms.txt [--from=0]
 * </pre>
 */
public final class SignedRequestFile {

    private SignedRequestFile() {
    }

    public static void main(String[] args) throws Exception {
        var opts = LoadGenerator.options(args);
        SmsTraffic traffic = new SmsTraffic(opts.getOrDefault("url", "http://127.0.0.1:18080"),
                opts.getOrDefault("token", "bench-token"), Integer.parseInt(opts.getOrDefault("phase", "0")));
        long count = Long.parseLong(opts.getOrDefault("count", "100000"));
        // a file that follows another of the same phase starts where it ended: new senders, new MessageSids
        long from = Long.parseLong(opts.getOrDefault("from", "0"));
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(opts.get("out")), StandardCharsets.UTF_8)) {
            for (long n = from; n < from + count; n++) {
                out.write(traffic.signedLine(n));
                out.newLine();
            }
        }
    }
}
