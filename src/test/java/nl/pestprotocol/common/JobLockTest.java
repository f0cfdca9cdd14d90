package nl.pestprotocol.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.pestprotocol.support.ApiTest;

/** The job lock within one process; TwoInstancesIT proves it across two. */
@QuarkusTest
class JobLockTest extends ApiTest {

    @Inject
    JobLock jobs;

    @Test
    void aFireTimeRunsOnceEvenWhenAskedAgainLater() {
        Instant slot = Instant.parse("2031-01-01T02:30:00Z").plusSeconds(System.nanoTime() % 100_000);
        AtomicInteger runs = new AtomicInteger();
        assertTrue(jobs.runOnce("test-job", slot, runs::incrementAndGet));
        assertFalse(jobs.runOnce("test-job", slot.plusMillis(400), runs::incrementAndGet), "the same second is the same slot");
        assertTrue(jobs.runOnce("test-job", slot.plusSeconds(60), runs::incrementAndGet), "the next fire time runs");
        assertEquals(2, runs.get());
    }

    @Test
    void whileOneRunHoldsTheLockAnotherAskingAtTheSameTimeSkips() throws Exception {
        Instant slot = Instant.parse("2032-01-01T02:30:00Z").plusSeconds(System.nanoTime() % 100_000);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(() -> jobs.runOnce("test-held", slot, () -> {
                runs.incrementAndGet();
                inside.countDown();
                await(release);
            }));
            await(inside);
            // another fire time of the same job: the advisory lock, not the slot, keeps it out while the first runs
            Future<Boolean> second = pool.submit(() -> jobs.runOnce("test-held", slot.plusSeconds(1), runs::incrementAndGet));
            assertFalse(second.get(), "the job is running elsewhere");
            release.countDown();
            assertTrue(first.get());
            assertEquals(1, runs.get());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
