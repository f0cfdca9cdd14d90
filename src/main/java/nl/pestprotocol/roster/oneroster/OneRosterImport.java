package nl.pestprotocol.roster.oneroster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.roster.sync.RosterSync;
import nl.pestprotocol.roster.sync.SyncDtos.RosterSyncResult;

/**
 * {@code POST /roster/oneroster}: unpack (guarded), read the CSV files, map them to a sync, and let
 * the sync check, plan and write it in its one transaction. Problems of the files and of the
 * mapped roster come back together in one 422; nothing is applied while there is any.
 */
@ApplicationScoped
public class OneRosterImport {

    private final RosterSync sync;
    private final Clock clock;
    private final PestprotocolConfig config;

    public OneRosterImport(RosterSync sync, Clock clock, PestprotocolConfig config) {
        this.sync = sync;
        this.clock = clock;
        this.config = config;
    }

    public RosterSyncResult importZip(byte[] zip, boolean dryRun) {
        Map<String, byte[]> content = OneRosterZip.unpack(zip);
        OneRosterFiles files = OneRosterFiles.read(content);
        OneRosterMapping mapping = OneRosterMapping.of(files, LocalDate.now(clock.withZone(config.zone())));
        return sync.sync(mapping.input(), dryRun, files.problems, mapping::locate);
    }
}
