package nl.pestprotocol.ratelimit;

import java.time.Clock;
import java.time.Instant;

import io.github.bucket4j.TimeMeter;

/** Bucket4j reads time from the service's clock, so a test that moves the clock moves the windows too. */
final class ClockTimeMeter implements TimeMeter {

    private final Clock clock;

    ClockTimeMeter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
