package nl.pestprotocol.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by the service, the database and the benchmark's own process (Gatling's clients
 * or the JDBC reference), read from Linux' /proc: unlike a rate, CPU per job hardly depends on
 * what else the machine runs, so it shows where the time goes even on a shared machine.
 * Elsewhere every figure is NaN and the report leaves the CPU lines out.
 */
final class CpuTime {

    record Snapshot(double serviceMs, double databaseMs, double clientMs) {
        Snapshot minus(Snapshot o) {
            return new Snapshot(serviceMs - o.serviceMs, databaseMs - o.databaseMs, clientMs - o.clientMs);
        }
    }

    private static final Path PROC = Path.of("/proc");
    private final long service;
    private final long postmaster;
    private final double msPerTick;

    CpuTime(long servicePid, long databaseBackendPid) {
        this.service = servicePid;
        this.postmaster = Files.isDirectory(PROC) ? field(databaseBackendPid, 3) : -1;
        this.msPerTick = 1000.0 / ticksPerSecond();
    }

    Snapshot now() {
        if (postmaster < 0) {
            return new Snapshot(Double.NaN, Double.NaN, Double.NaN);
        }
        return new Snapshot(ms(service, false), databaseMs(), ms(ProcessHandle.current().pid(), false));
    }

    /** The postmaster with the children it reaped, and its live backends. */
    private double databaseMs() {
        double total = ms(postmaster, true);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path p : all) {
                long pid = Long.parseLong(p.getFileName().toString());
                if (pid != postmaster && field(pid, 3) == postmaster) {
                    total += ms(pid, false);
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return total;
    }

    private double ms(long pid, boolean withReapedChildren) {
        long ticks = field(pid, 13) + field(pid, 14) + (withReapedChildren ? field(pid, 15) + field(pid, 16) : 0);
        return ticks * msPerTick;
    }

    /** Field {@code index} (0-based, after the command name) of /proc/pid/stat, or 0 when the process is gone. */
    private static long field(long pid, int index) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            // the command name may hold spaces: fields start after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[index - 2]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            return Long.parseLong(new String(p.getInputStream().readAllBytes()).trim());
        } catch (IOException | RuntimeException e) {
            return 100;
        }
    }
}
