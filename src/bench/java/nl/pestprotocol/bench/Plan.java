package nl.pestprotocol.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the next Gatling run does. Gatling instantiates {@link BenchSimulation} itself, in this
 * JVM, so the orchestrator hands it the plan through this holder.
 */
public record Plan(String baseUrl, List<Job> jobs, int users, Meter meter, Map<String, String> tokens,
        List<String> caseIds, ConcurrentLinkedQueue<String> transitionCases) {

    private static volatile Plan current;

    public static void set(Plan plan) {
        current = plan;
    }

    public static Plan current() {
        if (current == null) {
            throw new IllegalStateException("BenchSimulation runs from BenchMain (./mvnw -Pbench)");
        }
        return current;
    }
}
