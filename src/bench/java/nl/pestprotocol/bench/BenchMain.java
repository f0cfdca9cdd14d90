package nl.pestprotocol.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code ./mvnw -Pbench}: starts the stack, seeds a school with 1,000 cases of history, measures
 * each job through the API (Gatling) and as its minimal SQL (JDBC) side by side, removes the cases
 * those jobs made, measures list latency per role (the service is warm by then), grows the history
 * to 100,000 cases and measures list latency again.
 * Settings (system properties): bench.users (16), bench.warmup (3 s), bench.measure (10 s),
 * bench.scale (true), bench.ratios (true), bench.large (100000), bench.warmup-rounds (3).
 */
public final class BenchMain {

    private static final List<Job> LISTS = List.of(Job.LIST_MENTOR, Job.LIST_LC, Job.LIST_OC);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("bench.users", 16);
        double warmup = Double.parseDouble(System.getProperty("bench.warmup", "3"));
        double measure = Double.parseDouble(System.getProperty("bench.measure", "10"));
        boolean scale = Boolean.parseBoolean(System.getProperty("bench.scale", "true"));
        boolean ratios = Boolean.parseBoolean(System.getProperty("bench.ratios", "true"));
        int large = Integer.getInteger("bench.large", 100_000);
        int warmupRounds = Integer.getInteger("bench.warmup-rounds", 3);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        System.setProperty("gatling.data.enableAnalytics", "false");
        System.setProperty("gatling.core.console.light", "true");

        long t0 = System.nanoTime();
        log("starting PostgreSQL, Keycloak and the service ...");
        try (BenchStack stack = BenchStack.start(out);
                Connection db = DriverManager.getConnection(stack.stack.jdbcUrl(), "postgres", "postgres")) {
            Seeder seeder = new Seeder(db);
            seeder.historyRoster();
            seeder.fewCasesOfMentor2(5);
            seeder.historyUpTo(1_000 - 5);
            Map<String, String> tokens = new HashMap<>();
            Report report = new Report();
            SqlReference sql = new SqlReference(stack.stack.jdbcUrl(), staffIds(db), studentId(db, "1A-01"),
                    studentId(db, "1A-02"));
            if (ratios) {
                tokens(stack, tokens);
                List<String> pool = seeder.freshCases(64, "bench-pool");
                ConcurrentLinkedQueue<String> apiTransitions = new ConcurrentLinkedQueue<>(seeder.freshCases(20_000, "bench-transition-api"));
                ConcurrentLinkedQueue<String> sqlTransitions = new ConcurrentLinkedQueue<>(seeder.freshCases(60_000, "bench-transition-sql"));
                // a cold service runs interpreted: one uncounted round of every job first, so both sides are measured warm
                // several rounds: on 2 cores the JIT compiler alone took a quarter of the service's CPU after one
                for (int round = 1; round <= warmupRounds; round++) {
                    log("warming the service up (round " + round + " of " + warmupRounds + "): every job for "
                            + meter(warmup, measure).totalSeconds() + " s, not counted");
                    gatling(new Plan(stack.baseUrl(), List.of(Job.values()), users, meter(warmup, measure), tokens, pool,
                            apiTransitions), out, "warm-up-" + round);
                }
                CpuTime cpu = new CpuTime(stack.servicePid(), backendPid(db));
                for (Job job : Job.values()) {
                    Meter api = new Meter(warmup, measure);
                    CpuTime.Snapshot c0 = cpu.now();
                    gatling(new Plan(stack.baseUrl(), List.of(job), users, api, tokens, pool, apiTransitions), out, job.name());
                    CpuTime.Snapshot c1 = cpu.now();
                    Meter ref = new Meter(warmup, measure);
                    sql.run(job, users, ref, pool, sqlTransitions);
                    CpuTime.Snapshot c2 = cpu.now();
                    report.ratio(job, api, ref);
                    report.cpu(job, c1.minus(c0), api.all(job), c2.minus(c1), ref.all(job));
                    log(report.ratioLine(job));
                    log(report.cpuLine(job));
                }
                report.poolsLeft = apiTransitions.size() + " API / " + sqlTransitions.size() + " SQL";
                // the scale comparison measures the school's history, not the cases these jobs made
                seeder.deleteBenchCases();
            }
            if (scale) {
                tokens(stack, tokens);
                report.small = listLatency(stack, tokens, seeder, sql, warmup, measure);
            }
            if (scale) {
                log("growing the history to " + large + " cases ...");
                long g = System.nanoTime();
                seeder.historyUpTo(large - 5);
                log("generated in %.0f s".formatted((System.nanoTime() - g) / 1e9));
                tokens(stack, tokens);
                report.large = listLatency(stack, tokens, seeder, sql, warmup, measure);
            }
            String text = report.text(users, measure) + "\nwhole run: %.0f s%n".formatted((System.nanoTime() - t0) / 1e9);
            System.out.println(text);
            Files.writeString(out.resolve("results.txt"), text);
        }
        System.exit(0);
    }

    private static Meter meter(double warmup, double measure) {
        return new Meter(warmup, measure);
    }

    private static Report.Latency listLatency(BenchStack stack, Map<String, String> tokens, Seeder seeder, SqlReference sql,
            double warmup, double measure) throws Exception {
        int cases = seeder.count("select count(*) from bullying_case");
        Meter m = new Meter(warmup, measure);
        gatling(new Plan(stack.baseUrl(), LISTS, 1, m, tokens, List.of(), new ConcurrentLinkedQueue<>()),
                Path.of(System.getProperty("bench.out", "target/bench")), "lists-" + cases);
        Map<Job, Double> ms = new EnumMap<>(Job.class);
        Map<Job, Double> sqlMs = new EnumMap<>(Job.class);
        for (Job j : LISTS) {
            ms.put(j, m.count(j) == 0 ? Double.NaN : m.measureSeconds() * 1000 / m.count(j));
            // the same page as the plain visibility query (newest first, filtered) over JDBC: how the SQL alone grows
            Meter r = new Meter(1, Math.max(3, measure / 2));
            sql.run(j, 1, r, List.of(), new ConcurrentLinkedQueue<>());
            sqlMs.put(j, r.count(j) == 0 ? Double.NaN : r.measureSeconds() * 1000 / r.count(j));
        }
        log("list latency at " + cases + " cases: API " + ms + ", plain SQL " + sqlMs);
        return new Report.Latency(cases, ms, sqlMs);
    }

    private static void gatling(Plan plan, Path out, String name) {
        Plan.set(plan);
        int rc = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] { "-s", BenchSimulation.class.getName(), "-rf",
                out.resolve("gatling").toAbsolutePath().toString(), "-rd", name });
        if (rc != 0 && rc != 2) {
            throw new IllegalStateException("Gatling ended with " + rc);
        }
    }

    private static void tokens(BenchStack stack, Map<String, String> tokens) throws Exception {
        for (Job j : Job.values()) {
            tokens.put(j.user, stack.token(j.user));
        }
    }

    private static Map<String, UUID> staffIds(Connection db) throws Exception {
        Map<String, UUID> ids = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select username, id from staff")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getObject(2, UUID.class));
            }
        }
        return ids;
    }

    private static UUID studentId(Connection db, String externalId) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select id from student where external_id = '" + externalId + "'")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static long backendPid(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void log(String line) {
        System.out.println("[bench] " + line);
    }

    /** The figures of one run. */
    static final class Report {
        record Latency(int cases, Map<Job, Double> millis, Map<Job, Double> sqlMillis) {
        }

        private final Map<Job, double[]> rates = new EnumMap<>(Job.class);
        private final Map<Job, long[]> failures = new EnumMap<>(Job.class);
        Latency small;
        Latency large;
        String poolsLeft;

        private final Map<Job, double[]> cpu = new EnumMap<>(Job.class);

        /** CPU milliseconds per job: service, database and client for the API; database and client for the SQL. */
        void cpu(Job job, CpuTime.Snapshot api, long apiJobs, CpuTime.Snapshot sql, long sqlJobs) {
            cpu.put(job, new double[] { api.serviceMs() / apiJobs, api.databaseMs() / apiJobs, api.clientMs() / apiJobs,
                    sql.databaseMs() / sqlJobs, sql.clientMs() / sqlJobs });
        }

        String cpuLine(Job job) {
            double[] c = cpu.get(job);
            if (c == null || Double.isNaN(c[0])) {
                return "%-36s CPU per job: not measured (needs Linux' /proc)".formatted(job.label);
            }
            return "%-36s CPU ms per job  API: service %5.2f + database %5.2f (client %5.2f)   SQL: database %5.2f (client %5.2f)"
                    .formatted(job.label, c[0], c[1], c[2], c[3], c[4]);
        }

        void ratio(Job job, Meter api, Meter sql) {
            rates.put(job, new double[] { api.rate(job), sql.rate(job) });
            failures.put(job, new long[] { api.failures(job), sql.failures(job) });
        }

        String ratioLine(Job job) {
            double[] r = rates.get(job);
            long[] f = failures.get(job);
            return "%-36s API %8.1f/s  SQL %8.1f/s  ratio %5.1f %%  (failed: API %d, SQL %d)".formatted(job.label, r[0], r[1],
                    100 * r[0] / r[1], f[0], f[1]);
        }

        String text(int users, double measure) {
            StringBuilder b = new StringBuilder("\n==== pestprotocol benchmark ====\n");
            if (!rates.isEmpty()) {
                b.append("Rates at %d concurrent clients, %.0f s measured per side (service over HTTP / minimal SQL over JDBC):%n"
                        .formatted(users, measure));
                rates.keySet().forEach(j -> b.append("  ").append(ratioLine(j)).append('\n'));
                b.append(("CPU per job, whole phase (warm-up included), from /proc in 10 ms ticks; the database's figure also holds its"
                        + " background processes (WAL writer, checkpointer, autovacuum); the client is Gatling for the API, JDBC for the SQL:%n")
                        .formatted());
                cpu.keySet().forEach(j -> b.append("  ").append(cpuLine(j)).append('\n'));
                b.append("  transition pools left: ").append(poolsLeft).append('\n');
            }
            if (small != null && large != null) {
                b.append("List latency, first page, one client at a time (mean ms):%n".formatted());
                b.append("  %-36s %10s %10s %8s   plain SQL: %10s %10s %8s%n".formatted("role", small.cases() + " cases",
                        large.cases() + " cases", "growth", small.cases() + " cases", large.cases() + " cases", "growth"));
                for (Job j : LISTS) {
                    double s = small.millis().get(j);
                    double l = large.millis().get(j);
                    double ss = small.sqlMillis().get(j);
                    double sl = large.sqlMillis().get(j);
                    b.append("  %-36s %10.2f %10.2f %7.2fx              %10.2f %10.2f %7.2fx%n".formatted(j.label, s, l, l / s,
                            ss, sl, sl / ss));
                }
            }
            return b.toString();
        }
    }
}
