package nl.pestprotocol.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the jobs completed inside the measuring window of each phase: the window opens
 * {@code warmup} after the phase's first start and lasts {@code measure}, so start-up and
 * JIT warm-up are not counted. Used alike by the Gatling scenarios and the JDBC reference.
 */
public final class Meter {

    private final long warmupNanos;
    private final long measureNanos;
    private final Map<Job, AtomicLong> starts = new EnumMap<>(Job.class);
    private final Map<Job, LongAdder> done = new EnumMap<>(Job.class);
    private final Map<Job, LongAdder> failed = new EnumMap<>(Job.class);
    private final Map<Job, LongAdder> all = new EnumMap<>(Job.class);

    public Meter(double warmupSeconds, double measureSeconds) {
        this.warmupNanos = (long) (warmupSeconds * 1e9);
        this.measureNanos = (long) (measureSeconds * 1e9);
        for (Job j : Job.values()) {
            starts.put(j, new AtomicLong(0));
            done.put(j, new LongAdder());
            failed.put(j, new LongAdder());
            all.put(j, new LongAdder());
        }
    }

    public double totalSeconds() {
        return (warmupNanos + measureNanos) / 1e9;
    }

    public void start(Job job) {
        starts.get(job).compareAndSet(0, System.nanoTime());
    }

    public void done(Job job, boolean ok) {
        all.get(job).increment();
        long t0 = starts.get(job).get();
        long now = System.nanoTime();
        if (t0 == 0 || now < t0 + warmupNanos || now > t0 + warmupNanos + measureNanos) {
            return;
        }
        (ok ? done : failed).get(job).increment();
    }

    /** Jobs per second inside the window. */
    public double rate(Job job) {
        return done.get(job).sum() / (measureNanos / 1e9);
    }

    public long failures(Job job) {
        return failed.get(job).sum();
    }

    /** Every job of the phase, warm-up included: what the CPU of the whole phase is divided by. */
    public long all(Job job) {
        return all.get(job).sum();
    }

    public long count(Job job) {
        return done.get(job).sum();
    }

    public double measureSeconds() {
        return measureNanos / 1e9;
    }
}
