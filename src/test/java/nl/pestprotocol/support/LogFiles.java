package nl.pestprotocol.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The log files of the test run (application.properties, %test profile): the access log and the
 * application log. A test marks where they end, acts, and reads what was written since.
 */
public final class LogFiles {

    public static final Path ACCESS = Path.of("target", "logs", "access-test.log");
    public static final Path APPLICATION = Path.of("target", "logs", "pestprotocol-test.log");

    public record Mark(long access, long application) {
    }

    private LogFiles() {
    }

    public static Mark mark() {
        return new Mark(size(ACCESS), size(APPLICATION));
    }

    /** Access-log lines written since {@code mark}. */
    public static List<String> accessSince(Mark mark) {
        return linesSince(ACCESS, mark.access());
    }

    /** Application-log lines written since {@code mark}. */
    public static List<String> applicationSince(Mark mark) {
        return linesSince(APPLICATION, mark.application());
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> linesSince(Path file, long offset) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            // a file that shrank was rotated: then all of the new one is new
            long from = in.length() < offset ? 0 : offset;
            byte[] bytes = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(bytes);
            List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
            lines.removeIf(String::isBlank);
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
