package nl.pestprotocol.common;

import java.time.Period;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every setting of the service's own, {@code pestprotocol.*} in application.properties or PESTPROTOCOL_* in the environment. */
@ConfigMapping(prefix = "pestprotocol")
public interface PestprotocolConfig {

    /** The school's time zone: "today", school days and dates given without a time are read in it. */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    /** Full semantic version of the API, sent as the API-Version header. */
    String apiVersion();

    DemoData demoData();

    Retention retention();

    CaseList caseList();

    interface DemoData {
        /** Seeds the demo roster matching the demo realm (run command and tests only). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Retention {
        /** How long after every pupil left a closed case keeps its personal content. */
        @WithDefault("P2Y")
        Period afterLeaving();

        /** When the retention job runs (read by the scheduler as {@code {pestprotocol.retention.cron}}). */
        @WithDefault("0 30 2 * * ?")
        String cron();

        /** How long audit entries are kept before the retention job deletes them (NEN 7513 practice). */
        @WithDefault("P5Y")
        Period audit();
    }

    interface CaseList {
        /**
         * How many candidate entries (cases a viewer opened, owns or coordinates, involvements of their
         * groups' pupils) the list collects before it walks the cases newest first instead.
         */
        @WithDefault("2000")
        int candidateCap();
    }
}
