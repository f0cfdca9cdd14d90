package nl.pestprotocol.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up Dutch secondary school, the same for the same arguments: pupils in stamgroepen (1A … 6B,
 * each code with the school's {@code tag} so test schools never meet each other's or the demo
 * groups), a mentor per group (some two), a leerlingcoördinator per department, an
 * ondersteuningscoördinator, and subject teachers. It is written both as a {@code POST /roster/sync}
 * body and, by {@link OneRosterExport}, as a OneRoster export, so a test can compare the two.
 */
public final class SchoolRoster {

    public record Pupil(String externalId, String eckId, String givenName, String familyName, String groupCode) {
    }

    public record Teacher(String externalId, String username, String givenName, String familyName, List<String> departments,
            List<String> supportDepartments) {
    }

    public record Klas(String code, int year, String department, String schoolYear, List<String> mentors) {
    }

    static final String[] GIVEN = { "Sanne", "Daan", "Emma", "Noah", "Julia", "Lucas", "Mila", "Sem", "Tess", "Finn", "Zoë",
            "Levi", "Saar", "Bram", "Fleur", "Jesse", "Lotte", "Thijs", "Anouk", "Milan", "Fenna", "Ruben", "Isa", "Luuk",
            "Yara", "Mohammed", "Fatima", "Ayoub", "Noor", "Ilias", "Sophie", "Gijs", "Maud", "Stijn", "Lieke", "Joep" };
    static final String[] FAMILY = { "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
            "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
            "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van 't Hof",
            "El Amrani", "Yılmaz", "Ouali", "d'Ancona", "van Dijk", "Koster", "Prins", "Huisman" };
    /** Year, stream and department: onderbouw 1–2, then havo 3–5 and vwo 3–6. */
    private static final String[][] YEARS = { { "1", "", "onderbouw" }, { "2", "", "onderbouw" }, { "3", "H", "bovenbouw-havo" },
            { "3", "V", "bovenbouw-vwo" }, { "4", "H", "bovenbouw-havo" }, { "4", "V", "bovenbouw-vwo" },
            { "5", "H", "bovenbouw-havo" }, { "5", "V", "bovenbouw-vwo" }, { "6", "V", "bovenbouw-vwo" } };
    public static final String SCHOOL_YEAR = "2026-2027";

    public final String tag;
    public final List<Pupil> pupils = new ArrayList<>();
    public final List<Teacher> staff = new ArrayList<>();
    public final List<Klas> groups = new ArrayList<>();

    private SchoolRoster(String tag) {
        this.tag = tag;
    }

    /** About 26 pupils a group; {@code tag}: a few letters and digits that make every id and code of this school its own. */
    public static SchoolRoster generate(String tag, int pupilCount, long seed) {
        SchoolRoster s = new SchoolRoster(tag);
        Random random = new Random(seed);
        int groupCount = Math.max(1, (pupilCount + 25) / 26);
        List<String> departments = List.of(s.department("onderbouw"), s.department("bovenbouw-havo"),
                s.department("bovenbouw-vwo"));
        for (String d : departments) {
            s.staff.add(s.teacher(random, List.of(d), List.of()));
        }
        s.staff.add(s.teacher(random, List.of(), departments));
        for (int g = 0; g < groupCount; g++) {
            String[] year = YEARS[g % YEARS.length];
            int index = g / YEARS.length;
            String code = year[1] + year[0] + letters(index) + "-" + tag;
            Teacher mentor = s.teacher(random, List.of(), List.of());
            s.staff.add(mentor);
            List<String> mentors = new ArrayList<>(List.of(mentor.externalId()));
            if (g % 5 == 0) {
                Teacher second = s.teacher(random, List.of(), List.of());
                s.staff.add(second);
                mentors.add(second.externalId());
            }
            s.groups.add(new Klas(code, Integer.parseInt(year[0]), s.department(year[2]), SCHOOL_YEAR, mentors));
        }
        for (int i = 0; i < groupCount / 4 + 1; i++) {
            s.staff.add(s.teacher(random, List.of(), List.of()));
        }
        for (int p = 0; p < pupilCount; p++) {
            Klas k = s.groups.get(p % groupCount);
            String id = String.format("L%s-%06d", tag, p + 1);
            String eck = "https://ketenid.nl/201703/" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
            s.pupils.add(new Pupil(id, eck, pick(random, GIVEN), pick(random, FAMILY), k.code()));
        }
        return s;
    }

    /** A, B, …; past Z: AA, AB, … */
    private static String letters(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "" + (char) ('A' + index / 26 - 1) + (char) ('A' + index % 26);
    }

    public String department(String name) {
        return name + "-" + tag;
    }

    private Teacher teacher(Random random, List<String> departments, List<String> supportDepartments) {
        int n = staff.size() + 1;
        String given = pick(random, GIVEN);
        String family = pick(random, FAMILY);
        return new Teacher(String.format("mw-%s-%04d", tag, n), String.format("%s%04d.%s", given.substring(0, 1).toLowerCase(),
                n, tag), given, family, departments, supportDepartments);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The body of {@code POST /roster/sync}: staff, groups and students. */
    public Map<String, Object> syncBody(String mode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode);
        body.put("students", pupils.stream().map(SchoolRoster::json).toList());
        body.put("groups", groups.stream().map(g -> (Object) Map.of("code", g.code(), "department", g.department(), "schoolYear",
                g.schoolYear(), "mentors", g.mentors())).toList());
        body.put("staff", staff.stream().map(t -> (Object) Map.of("externalId", t.externalId(), "username", t.username(),
                "givenName", t.givenName(), "familyName", t.familyName(), "departments", t.departments(), "supportDepartments",
                t.supportDepartments())).toList());
        return body;
    }

    public static Map<String, Object> json(Pupil p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("externalId", p.externalId());
        m.put("eckId", p.eckId());
        m.put("givenName", p.givenName());
        m.put("familyName", p.familyName());
        m.put("groupCode", p.groupCode());
        return m;
    }
}
