package nl.pestprotocol.roster.oneroster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.Problem;

/**
 * Unpacks a OneRoster zip into memory, guarded against hostile archives: nothing is ever written to
 * disk (so no entry name can point outside a folder), names with {@code ..}, a leading slash or a
 * backslash are refused anyway, and the number of entries, the bytes each entry and all of them
 * inflate to, and the ratio of inflated to sent bytes are bounded while reading, never trusting the
 * sizes the archive declares. Files other than the seven of spec §11 are read past and dropped.
 */
final class OneRosterZip {

    static final int MAX_ENTRIES = 100;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** CSV compresses 5 to 20 times; a bomb thousands of times. */
    static final long MAX_RATIO = 100;

    static final Set<String> FILES = Set.of("manifest.csv", "orgs.csv", "academicSessions.csv", "classes.csv", "users.csv",
            "roles.csv", "enrollments.csv");

    private OneRosterZip() {
    }

    /** The known files by name; a refusal when the archive is not a zip or breaks a bound. */
    static Map<String, byte[]> unpack(byte[] zip) {
        if (zip == null || zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw refuse("/", "is not a zip archive");
        }
        long budget = Math.min(MAX_TOTAL_BYTES, Math.max(1024L * 1024, zip.length * MAX_RATIO));
        Map<String, byte[]> files = new LinkedHashMap<>();
        int entries = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse("/", "has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
                    throw refuse("/", "has an entry whose name is a path outside the archive");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                // exports often put the files in one folder; the file name is what counts
                String file = name.substring(name.lastIndexOf('/') + 1);
                boolean wanted = FILES.contains(file);
                if (wanted && files.containsKey(file)) {
                    throw refuse("/" + file, "appears more than once in the archive");
                }
                Read read = read(in, Math.min(MAX_ENTRY_BYTES, budget - total), wanted);
                total += read.size();
                if (wanted) {
                    files.put(file, read.content());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refuse("/", "is not a readable zip archive");
        }
        if (entries == 0) {
            throw refuse("/", "is not a zip archive with files");
        }
        return files;
    }

    private record Read(byte[] content, long size) {
    }

    /** Reads at most {@code limit} bytes of the entry; more is a refusal. Entries not wanted are counted and dropped. */
    private static Read read(InputStream in, long limit, boolean keep) throws IOException {
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            size += n;
            if (size > limit) {
                throw refuse("/", "inflates to more than this service accepts (at most " + MAX_ENTRY_BYTES / (1024 * 1024)
                        + " MiB a file, " + MAX_TOTAL_BYTES / (1024 * 1024) + " MiB in all, " + MAX_RATIO
                        + " times the size of the archive)");
            }
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return new Read(out == null ? null : out.toByteArray(), size);
    }

    static ApiException refuse(String name, String reason) {
        return ApiException.invalidItems("The OneRoster archive cannot be read; nothing was applied.",
                List.of(new Problem.InvalidParam(name, reason)));
    }
}
