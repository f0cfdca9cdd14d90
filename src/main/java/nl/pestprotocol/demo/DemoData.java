package nl.pestprotocol.demo;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import nl.pestprotocol.calendar.CalendarDtos.CalendarInput;
import nl.pestprotocol.calendar.CalendarDtos.Period;
import nl.pestprotocol.calendar.CalendarService;
import nl.pestprotocol.common.PestprotocolConfig;
import nl.pestprotocol.roster.RosterDtos.GroupInput;
import nl.pestprotocol.roster.RosterDtos.StaffInput;
import nl.pestprotocol.roster.RosterDtos.StudentInput;
import nl.pestprotocol.roster.RosterService;

/**
 * Roster data matching the demo users of the Keycloak realm, for development and the run command
 * (pestprotocol.demo-data.enabled). Upserts, so restarting changes nothing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    public static final String SCHOOL_YEAR = "2026-2027";

    private static final String[][] NAMES_1A = { { "Sanne", "de Vries" }, { "Daan", "Jansen" }, { "Emma", "Bakker" },
            { "Noah", "Visser" }, { "Julia", "Smit" }, { "Lucas", "Meijer" }, { "Tess", "de Boer" }, { "Finn", "Mulder" },
            { "Zoë", "de Groot" }, { "Sem", "Bos" } };
    private static final String[][] NAMES_2B = { { "Lotte", "Vos" }, { "Milan", "Peters" }, { "Eva", "Hendriks" },
            { "Levi", "van Leeuwen" }, { "Saar", "Dekker" }, { "Jesse", "Brouwer" }, { "Fleur", "de Wit" },
            { "Thijs", "Dijkstra" }, { "Noor", "Smits" }, { "Bram", "de Graaf" } };

    private final RosterService roster;
    private final CalendarService calendar;
    private final boolean enabled;

    public DemoData(RosterService roster, CalendarService calendar,
            PestprotocolConfig config) {
        this.roster = roster;
        this.calendar = calendar;
        this.enabled = config.demoData().enabled();
    }

    void seed(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        roster.putStaff("mw-mentor1", new StaffInput("mentor1", "Marieke", "Mentor", List.of(), List.of(), true, null));
        roster.putStaff("mw-mentor2", new StaffInput("mentor2", "Pieter", "Mentor", List.of(), List.of(), true, null));
        roster.putStaff("mw-lc1", new StaffInput("lc1", "Linda", "Coördinator", List.of("onderbouw"), List.of(), true, null));
        roster.putStaff("mw-oc1", new StaffInput("oc1", "Omar", "Ondersteuning", List.of(), List.of("onderbouw"), true, null));
        roster.putStaff("mw-beheer1", new StaffInput("beheer1", "Bea", "Beheer", List.of(), List.of(), true, null));
        // the aanspreekpunt pesten is also the school's ondersteuningscoördinator (a case role, for triage)
        roster.putStaff("mw-aps1", new StaffInput("aps1", "Anouk", "Pieters", List.of(), List.of(), true, null));
        roster.putGroup("1A", new GroupInput("onderbouw", SCHOOL_YEAR, List.of("mw-mentor1")));
        roster.putGroup("2B", new GroupInput("onderbouw", SCHOOL_YEAR, List.of("mw-mentor2")));
        students("1A", NAMES_1A);
        students("2B", NAMES_2B);
        calendar.put(SCHOOL_YEAR, new CalendarInput(holidaysMidden2026()));
        LOG.info("Demo roster seeded: groups 1A and 2B (onderbouw), 20 students, calendar " + SCHOOL_YEAR);
    }

    private void students(String group, String[][] names) {
        for (int i = 0; i < names.length; i++) {
            String id = String.format("%s-%02d", group, i + 1);
            roster.putStudent(id, new StudentInput(null, names[i][0], names[i][1], group, true, null));
        }
    }

    /**
     * The government's school holidays for region midden, 2026-2027, plus the public holidays
     * schools are closed on. A school checks these against its own calendar before production.
     */
    static List<Period> holidaysMidden2026() {
        return List.of(
                new Period(LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 25), "Herfstvakantie"),
                new Period(LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 3), "Kerstvakantie"),
                new Period(LocalDate.of(2027, 2, 13), LocalDate.of(2027, 2, 21), "Voorjaarsvakantie"),
                new Period(LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 26), "Goede Vrijdag"),
                new Period(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 3, 29), "Tweede Paasdag"),
                new Period(LocalDate.of(2027, 4, 24), LocalDate.of(2027, 5, 2), "Meivakantie"),
                new Period(LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 7), "Hemelvaart"),
                new Period(LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 17), "Tweede Pinksterdag"),
                new Period(LocalDate.of(2027, 7, 10), LocalDate.of(2027, 7, 31), "Zomervakantie"));
    }
}
