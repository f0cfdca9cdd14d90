package nl.pestprotocol.roster.sync;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncInput;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncResult;

/**
 * The core of {@code POST /roster/sync} and of the OneRoster import: check every item, work out
 * what changes and write it, all in one transaction. Syncs take a transaction-level advisory lock,
 * so two at once (a retry, a second replica) run one after the other and each sees the other's result.
 */
@ApplicationScoped
public class RosterSync {

    private static final Logger LOG = Logger.getLogger(RosterSync.class);
    /** "Roster" in ASCII, then 1: a key no other lock of the service uses. */
    private static final long LOCK_KEY = 0x526f737465720001L;

    private final EntityManager em;
    private final Clock clock;
    private final PestprotocolConfig config;

    public RosterSync(EntityManager em, Clock clock, PestprotocolConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /**
     * {@code earlier}: problems the caller already found (a OneRoster file that does not parse);
     * {@code naming} says where an item of {@code in} came from, for the 422.
     */
    @Transactional
    public RosterSyncResult sync(RosterSyncInput in, boolean dryRun, List<Problem.InvalidParam> earlier,
            Function<SyncItemProblem, Problem.InvalidParam> naming) {
        long started = System.nanoTime();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, config.zone());
        RosterSyncResult result = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            RosterSnapshot current = RosterSnapshot.read(c);
            List<Problem.InvalidParam> problems = new ArrayList<>(earlier);
            if (in.mode() == null) {
                problems.add(new Problem.InvalidParam("/mode", "is required: FULL or DELTA"));
            }
            SyncValidator.check(in, current).forEach(p -> problems.add(naming.apply(p)));
            if (!problems.isEmpty()) {
                throw ApiException.invalidItems(problems.size() + " item(s) of the roster are not valid; nothing was applied.",
                        problems);
            }
            SyncPlan plan = SyncPlan.of(in, current, today);
            if (!dryRun) {
                write(plan, now, today, c);
            }
            return plan.result(in.mode(), dryRun);
        });
        // counts only: the ids are pupils' (spec §10, logs name no pupil)
        LOG.infof("Roster sync %s%s: students +%d ~%d -%d, groups +%d ~%d, staff +%d ~%d -%d in %d ms", in.mode(),
                dryRun ? " (dry run)" : "", result.students().created().count(), result.students().updated().count(),
                result.students().left().count(), result.groups().created().count(), result.groups().updated().count(),
                result.staff().created().count(), result.staff().updated().count(), result.staff().left().count(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private static void write(SyncPlan plan, Instant now, LocalDate today, java.sql.Connection c) throws SQLException {
        new RosterWriter(c, now).write(plan, today);
    }
}
