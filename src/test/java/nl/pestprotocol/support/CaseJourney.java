package nl.pestprotocol.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import nl.pestprotocol.cases.Step;
import nl.pestprotocol.workflow.Rule;
import nl.pestprotocol.workflow.Transition;
import nl.pestprotocol.workflow.TransitionTable;

/**
 * Builds a case through the API, step by step, the way a school would. For each row of the
 * transition table it knows how to make every guard hold, and can leave exactly one out.
 * Each journey has its own three new students in group 1A (mentor1's, department onderbouw).
 */
public final class CaseJourney {

    public static final String MENTOR = "mentor1";
    public static final String LC = "lc1";
    public static final String OC = "oc1";

    public final String id;
    public final String bystander;
    public final String gepeste;
    public final String pester;
    private String agreementId;
    private String measureId;

    private CaseJourney(String id, String bystander, String gepeste, String pester) {
        this.id = id;
        this.bystander = bystander;
        this.gepeste = gepeste;
        this.pester = pester;
    }

    /** A new case at SIGNALEREN / PM_1, opened by mentor1 about a bystander; GEPESTE and PESTER are added by the steps. */
    public static CaseJourney open() {
        return open(newStudent("1A"));
    }

    /** As {@link #open()}, with a given student who becomes the PESTER. */
    public static CaseJourney open(String pester) {
        String bystander = newStudent("1A");
        String gepeste = newStudent("1A");
        // the summary is free text and names no pupil, so tests can tell pupil data from free text
        String id = Api.as(MENTOR).body(Map.of("summary", "Journey " + UUID.randomUUID(), "incident",
                incident(List.of(Map.of("studentId", bystander, "role", "AFZIJDIG"))))).post("/api/v1/cases").then()
                .statusCode(201).extract().path("id");
        return new CaseJourney(id, bystander, gepeste, pester);
    }

    /** Opens a case as {@code user} about one GEPESTE student; answers the creation response. */
    public static io.restassured.response.ValidatableResponse openAbout(String user, String gepeste) {
        return Api.as(user).body(Map.of("summary", "Melding " + UUID.randomUUID(), "incident",
                incident(List.of(Map.of("studentId", gepeste, "role", "GEPESTE"))))).post("/api/v1/cases").then()
                .statusCode(201);
    }

    public static String newStudent(String group) {
        String id = "t-" + UUID.randomUUID().toString().substring(0, 13);
        Api.as("beheer1").body(Map.of("givenName", "Test", "familyName", id, "groupCode", group)).put("/api/v1/students/" + id)
                .then().statusCode(201);
        return id;
    }

    public static Map<String, Object> incident(List<Map<String, String>> students) {
        return Map.of("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(), "reporterType", "LEERLING", "forms",
                List.of("VERBAAL"), "description", "Uitgescholden op het plein.", "students", students);
    }

    /** Escalates by hand to PM_3, so the level-dependent guards apply. */
    public CaseJourney atPm3() {
        for (int i = 0; i < 2; i++) {
            escalate(LC, Map.of("reason", "Ernstige situatie")).then().statusCode(200);
        }
        return this;
    }

    /** Raises the level by hand with the case's current ETag, as a client must (spec §5). */
    public Response escalate(String user, Map<String, ?> body) {
        return Api.as(user).header("If-Match", etag()).body(body).post("/api/v1/cases/" + id + "/escalations");
    }

    /** Walks the case to {@code target} along the protocol's main path, meeting every guard on the way. */
    public CaseJourney reach(Step target) {
        for (Transition t : pathTo(target)) {
            prepare(t, null);
            transition(LC, t.to(), "Bijstelling of afsluiting").then().statusCode(200).body("step", equalTo(t.to().name()));
        }
        return this;
    }

    private static List<Transition> pathTo(Step target) {
        List<Step> main = target == Step.AFGESLOTEN
                ? List.of(Step.SIGNALEREN, Step.ANALYSEREN, Step.PLAN, Step.UITVOEREN, Step.EVALUATIE, Step.AFGESLOTEN)
                : List.of(Step.SIGNALEREN, Step.ANALYSEREN, Step.PLAN, Step.UITVOEREN, Step.EVALUATIE, Step.VERVOLGSTAPPEN);
        List<Transition> path = new ArrayList<>();
        for (int i = 0; i + 1 < main.size() && main.get(i) != target; i++) {
            path.add(TransitionTable.find(main.get(i), main.get(i + 1)).orElseThrow());
        }
        return path;
    }

    /** Records what the guards of {@code t} need, leaving {@code skip} (may be null) unmet. */
    public void prepare(Transition t, Rule skip) {
        switch (t.from() + ">" + t.to()) {
            case "SIGNALEREN>ANALYSEREN" -> {
                if (skip != Rule.GEPESTE_REQUIRED) {
                    involve(gepeste, "GEPESTE");
                }
            }
            case "ANALYSEREN>PLAN" -> {
                // Without a PESTER there can be no PESTER conversation (its participants must include one), and
                // once one is held the pester cannot be removed: skipping PESTER_REQUIRED leaves both unmet.
                if (skip != Rule.PESTER_REQUIRED) {
                    involve(pester, "PESTER");
                }
                if (skip != Rule.ANALYSIS_REQUIRED) {
                    analysis();
                }
                if (skip != Rule.GEPESTE_CONVERSATION_REQUIRED) {
                    conversation("GEPESTE", gepeste);
                }
                if (skip != Rule.PESTER_CONVERSATION_REQUIRED && skip != Rule.PESTER_REQUIRED) {
                    conversation("PESTER", pester);
                }
            }
            case "PLAN>UITVOEREN" -> {
                List<String> named = skip == Rule.EVERY_STUDENT_IN_ACTION ? List.of(gepeste) : List.of(bystander, gepeste, pester);
                if (skip != Rule.SHORT_TERM_ACTION_REQUIRED) {
                    action("KORT", "PESTER", named);
                }
                if (skip != Rule.LONG_TERM_ACTION_REQUIRED) {
                    action("LANG", "GROEP", named);
                }
            }
            case "UITVOEREN>EVALUATIE" -> {
                if (skip != Rule.AGREEMENT_REQUIRED) {
                    agreementId = agreement(LocalDate.now().plusDays(30));
                }
                if (skip != Rule.PARENTS_CONVERSATION_REQUIRED) {
                    conversation("OUDERS", gepeste);
                }
                if (skip != Rule.OVERLEG_CONVERSATION_REQUIRED) {
                    conversation("OVERLEG", gepeste);
                }
            }
            case "EVALUATIE>AFGESLOTEN" -> {
                if (skip != Rule.MENTOR_SIGN_OFF_REQUIRED) {
                    signOff(MENTOR, "MENTOR", "EFFECT_BEHAALD").then().statusCode(201);
                }
                if (skip != Rule.LC_SIGN_OFF_REQUIRED) {
                    signOff(LC, "LEERLINGCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
                }
                if (skip != Rule.OC_SIGN_OFF_REQUIRED) {
                    signOff(OC, "ONDERSTEUNINGSCOORDINATOR", "EFFECT_BEHAALD").then().statusCode(201);
                }
                if (skip != Rule.AGREEMENTS_COMMUNICATED) {
                    communicate(agreementId);
                }
                if (skip == Rule.NO_OVERDUE_AGREEMENT) {
                    communicate(agreement(LocalDate.now().minusDays(1)));
                }
                if (skip == Rule.NO_NEGATIVE_SIGN_OFF) {
                    // a fourth person, the mentor of a second victim's group, finds the effect not reached
                    involve(newStudent("2B"), "GEPESTE");
                    signOff("mentor2", "MENTOR", "NIET_BEHAALD").then().statusCode(201);
                }
            }
            case "EVALUATIE>VERVOLGSTAPPEN" -> {
                if (skip != Rule.NEGATIVE_SIGN_OFF_REQUIRED) {
                    signOff(LC, "LEERLINGCOORDINATOR", "NIET_BEHAALD").then().statusCode(201);
                }
                if (skip != Rule.BROKEN_AGREEMENT_BY_PESTER) {
                    Records.patch(MENTOR, "/api/v1/cases/" + id + "/agreements/" + agreementId, Map.of("status", "GESCHONDEN"))
                            .then().statusCode(200);
                }
            }
            case "VERVOLGSTAPPEN>EVALUATIE" -> {
                if (skip != Rule.MEASURE_REQUIRED) {
                    TestCalendar.ensure();
                    measureId = Api.as(LC).body(Map.of("type", "SCHORSING", "studentId", pester, "startOn",
                            TestCalendar.SCHOOL_MONDAY.toString(), "schoolDays", 1, "reason", "Afspraken geschonden"))
                            .post("/api/v1/cases/" + id + "/measures").then().statusCode(201).extract().path("id");
                    if (skip != Rule.MEASURE_NOTIFICATIONS_MISSING) {
                        Records.patch(LC, "/api/v1/cases/" + id + "/measures/" + measureId,
                                Map.of("parentsNotifiedInWritingAt", Instant.now().minusSeconds(60).toString())).then().statusCode(200);
                    }
                }
            }
            default -> {
                // rows whose only guard is the reason given with the request
            }
        }
    }

    public String etag() {
        return Api.as(LC).get("/api/v1/cases/" + id).then().statusCode(200).extract().header("ETag");
    }

    public Response transition(String user, Step to, String reason) {
        Map<String, Object> body = reason == null ? Map.of("to", to.name()) : Map.of("to", to.name(), "reason", reason);
        return Api.as(user).header("If-Match", etag()).body(body).post("/api/v1/cases/" + id + "/transitions");
    }

    public void involve(String student, String role) {
        Api.as(MENTOR).body(Map.of("studentId", student, "role", role)).post("/api/v1/cases/" + id + "/involvements").then()
                .statusCode(201);
    }

    public void analysis() {
        Api.as(MENTOR).body(Map.of("severity", "MIDDEN", "how", "Schelden en buitensluiten", "forms", List.of("VERBAAL", "ISOLATIE"),
                "groupRole", "De klas lacht mee", "duration", "Sinds de herfstvakantie"))
                .put("/api/v1/cases/" + id + "/analysis").then().statusCode(oneOf(200, 201));
    }

    public String conversation(String type, String student) {
        List<String> students = type.equals("HERSTEL") ? List.of(gepeste, pester) : List.of(student);
        // held now: the level conditions count only conversations held since the case reached its level
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "heldAt", Instant.now().toString(),
                "studentIds", students, "notes", "Gesprek gevoerd"));
        if (type.equals("HERSTEL")) {
            body.put("safetyAssessed", true);
            body.put("followUpOn", LocalDate.now().plusDays(14).toString());
        }
        return Api.as(type.equals("OVERLEG") ? OC : MENTOR).body(body).post("/api/v1/cases/" + id + "/conversations").then()
                .statusCode(201).extract().path("id");
    }

    public void action(String term, String track, List<String> students) {
        Api.as(MENTOR).body(Map.of("term", term, "track", track, "description", "Actie " + term, "assigneeId", "mw-mentor1",
                "studentIds", students)).post("/api/v1/cases/" + id + "/actions").then().statusCode(201);
    }

    public String agreement(LocalDate reviewOn) {
        return Api.as(MENTOR).body(Map.of("description", "Niet meer schelden", "partyIds", List.of(gepeste, pester), "reviewOn",
                reviewOn.toString())).post("/api/v1/cases/" + id + "/agreements").then().statusCode(201).extract().path("id");
    }

    public void communicate(String agreement) {
        String at = Instant.now().minusSeconds(60).toString();
        Records.patch(MENTOR, "/api/v1/cases/" + id + "/agreements/" + agreement,
                Map.of("communicatedToStudentsAt", at, "communicatedToParentsAt", at, "recordedInSomAt", at)).then().statusCode(200);
    }

    public Response signOff(String user, String signAs, String outcome) {
        return Api.as(user).body(Map.of("signAs", signAs, "outcome", outcome)).post("/api/v1/cases/" + id + "/sign-offs");
    }

    public String agreementId() {
        return agreementId;
    }
}
