package nl.pestprotocol.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.pestprotocol.calendar.SchoolDays;
import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.cases.InvolvementRules;
import nl.pestprotocol.cases.RecordKind;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.CaseRecordOrder;
import nl.pestprotocol.common.ETags;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.Instants;
import nl.pestprotocol.common.Problem.Condition;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.roster.StudentRef;
import nl.pestprotocol.security.AccessRule;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.timeline.Timeline;

/**
 * Step 6 (spec §6): first a one-day suspension, then at most five school days, then a proposal for
 * removal; with the notifications Dutch law (WVO) requires.
 */
@ApplicationScoped
public class MeasureService {

    public static final int MAX_SCHOOL_DAYS = 5;

    @Schema(example = "{\"type\":\"SCHORSING\",\"studentId\":\"1A-02\",\"startOn\":\"2026-12-07\",\"schoolDays\":1,\"reason\":\"Afspraken herhaaldelijk geschonden\",\"parentsHeardOn\":\"2026-12-03\"}")
    public record MeasureInput(
            @NotNull MeasureType type,
            @NotBlank @Size(max = 100) String studentId,
            LocalDate startOn,
            @Min(1) @Max(1000) Integer schoolDays,
            @NotBlank @Size(max = 10000) String reason,
            LocalDate parentsHeardOn) {
    }

    /** Records the notifications; absent properties stay as they are. */
    @Schema(example = "{\"parentsNotifiedInWritingAt\":\"2026-12-04T15:00:00Z\"}")
    public record MeasurePatch(Instant parentsNotifiedInWritingAt, Instant inspectieNotifiedAt, Instant leerplichtNotifiedAt) {
    }

    @Schema(requiredProperties = { "id", "type", "inspectieNotificationRequired", "leerplichtNotificationRequired", "createdAt", "version" })
    public record MeasureView(String id, MeasureType type, StudentRef student, LocalDate startOn, Integer schoolDays,
            LocalDate endOn, String reason, StaffRef decidedBy, LocalDate parentsHeardOn,
            boolean inspectieNotificationRequired, boolean leerplichtNotificationRequired,
            Instant parentsNotifiedInWritingAt, Instant inspectieNotifiedAt, Instant leerplichtNotifiedAt, Instant createdAt,
            long version) {
    }

    private final CaseAccess access;
    private final MeasureRepository measures;
    private final SchoolDays schoolDays;
    private final People people;
    private final Timeline timeline;

    public MeasureService(CaseAccess access, MeasureRepository measures, SchoolDays schoolDays, People people,
            Timeline timeline) {
        this.access = access;
        this.measures = measures;
        this.schoolDays = schoolDays;
        this.people = people;
        this.timeline = timeline;
    }

    @Transactional
    public MeasureView decide(UUID caseId, MeasureInput in) {
        BullyingCase c = access.write(caseId);
        if (in.type() == MeasureType.VOORDRACHT_VERWIJDERING && !access.user().has(Roles.OC)) {
            throw AccessRule.REMOVAL_PROPOSAL_BY_OC_ONLY.refused();
        }
        Student student = people.students(List.of(in.studentId()), "studentId").get(0);
        List<Condition> unmet = new ArrayList<>();
        // a measure's step refusal is listed with its other rules: every refusal of a measure is a 422 (spec §6)
        RecordKind.MEASURE.refusalIn(c.step).ifPresent(unmet::add);
        if (c.involvementOf(student.id).map(i -> i.role != InvolvementRole.PESTER).orElse(true)) {
            unmet.add(new Condition("student-not-pester", "Measures are only for a student with role PESTER on this case."));
        }
        LocalDate today = access.today();
        if (InvolvementRules.hasLeft(student, today)) {
            unmet.add(new Condition(InvolvementRules.STUDENT_LEFT_SCHOOL,
                    "Student " + student.externalId + " has left the school; a pupil who has left gets no measure."));
        }
        // the ladder reads this student's measures over every case: one decision at a time per student
        measures.lockLadder(student.id);
        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.caseId = c.id;
        m.studentId = student.id;
        m.type = in.type();
        m.reason = in.reason();
        m.decidedById = access.actor();
        m.stepSeq = c.stepSeq;
        m.createdAt = access.now();
        if (in.type() == MeasureType.SCHORSING) {
            suspension(m, in, unmet);
        } else {
            removalProposal(m, in, today, unmet);
        }
        if (!unmet.isEmpty()) {
            throw ApiException.rules("The measure does not meet the protocol's rules.", unmet);
        }
        measures.persist(m);
        timeline.record(c.id, access.actor(),
                new MeasureEvents.MeasureRecorded(m.id, m.type, student.id, m.schoolDays, m.startOn, m.endOn));
        return view(m);
    }

    private void suspension(Measure m, MeasureInput in, List<Condition> unmet) {
        if (in.startOn() == null || in.schoolDays() == null) {
            throw ApiException.invalidParam(in.startOn() == null ? "startOn" : "schoolDays", "is required for a SCHORSING");
        }
        if (in.schoolDays() > MAX_SCHOOL_DAYS) {
            unmet.add(new Condition("max-five-school-days", "A suspension lasts at most five school days."));
        }
        // The ladder follows the dates, not the order of recording (spec §6): a one-day suspension may come
        // at any time, a longer one needs a one-day suspension of this student that starts before it.
        if (in.schoolDays() != 1 && !measures.hasOneDaySuspensionBefore(m.studentId, in.startOn())) {
            unmet.add(new Condition("first-suspension-one-day", "A student's first suspension (the earliest by startOn, over"
                    + " every case) lasts exactly one school day: a longer one needs a one-day suspension that starts before it."));
        }
        boolean startsOnSchoolDay = schoolDays.isSchoolDay(in.startOn());
        if (!startsOnSchoolDay) {
            unmet.add(new Condition("not-a-school-day", in.startOn() + " is not a school day."));
        }
        if (!startsOnSchoolDay || in.schoolDays() > MAX_SCHOOL_DAYS) {
            return;
        }
        m.startOn = in.startOn();
        m.schoolDays = in.schoolDays();
        m.endOn = schoolDays.lastOf(in.startOn(), in.schoolDays());
        if (measures.suspensionOverlaps(m.studentId, m.startOn, m.endOn)) {
            unmet.add(new Condition("suspension-overlaps", "The student already has a suspension in this period."));
        }
        // WVO: a suspension of more than one day is reported to the Inspectie.
        m.inspectieNotificationRequired = m.schoolDays > 1;
    }

    private void removalProposal(Measure m, MeasureInput in, LocalDate today, List<Condition> unmet) {
        if (!measures.hadLongerSuspensionEndedBefore(m.studentId, today)) {
            unmet.add(new Condition("removal-requires-longer-suspension",
                    "Removal is proposed only after a suspension of more than one school day that ended before today."));
        }
        if (in.parentsHeardOn() == null) {
            unmet.add(new Condition("parents-heard-required", "The parents are heard before removal is proposed (parentsHeardOn)."));
        } else if (in.parentsHeardOn().isAfter(today)) {
            unmet.add(new Condition("parents-heard-in-future",
                    "parentsHeardOn is the day the parents were heard; it is not in the future."));
        }
        m.parentsHeardOn = in.parentsHeardOn();
        m.startOn = in.startOn();
        // WVO: removal is reported to the Inspectie and the leerplichtambtenaar.
        m.inspectieNotificationRequired = true;
        m.leerplichtNotificationRequired = true;
    }

    /** Needs {@code If-Match} with the measure's own ETag. */
    @Transactional
    public MeasureView record(UUID caseId, UUID measureId, String ifMatch, MeasurePatch in) {
        BullyingCase c = access.write(caseId);
        Measure m = measures.ofCase(c.id, measureId)
                .orElseThrow(() -> ApiException.notFound("The measure"));
        // the case row is locked by write, so no other change of this measure runs between check and bump
        ETags.require(ifMatch, m.version);
        m.version++;
        Instant now = access.now();
        if (in.parentsNotifiedInWritingAt() != null) {
            m.parentsNotifiedInWritingAt = Instants.notInFuture("parentsNotifiedInWritingAt", in.parentsNotifiedInWritingAt(), now);
        }
        if (in.inspectieNotifiedAt() != null) {
            m.inspectieNotifiedAt = Instants.notInFuture("inspectieNotifiedAt", in.inspectieNotifiedAt(), now);
        }
        if (in.leerplichtNotifiedAt() != null) {
            m.leerplichtNotifiedAt = Instants.notInFuture("leerplichtNotifiedAt", in.leerplichtNotifiedAt(), now);
        }
        timeline.record(c.id, access.actor(), new MeasureEvents.MeasureUpdated(m.id));
        return view(m);
    }

    public Page<MeasureView> list(UUID caseId, String cursor, int limit) {
        BullyingCase c = access.read(caseId);
        return Page.of(measures.page(c.id, cursor, limit + 1), limit, rows -> rows.stream().map(this::view).toList(),
                m -> CaseRecordOrder.cursorAfter(m.id));
    }

    public MeasureView get(UUID caseId, UUID measureId) {
        BullyingCase c = access.read(caseId);
        return view(measures.ofCase(c.id, measureId).orElseThrow(() -> ApiException.notFound("The measure")));
    }

    private MeasureView view(Measure m) {
        return new MeasureView(m.id.toString(), m.type,
                m.studentId == null ? null : StudentRef.of(people.student(m.studentId)), m.startOn, m.schoolDays,
                m.endOn, m.reason, people.staffRef(m.decidedById), m.parentsHeardOn, m.inspectieNotificationRequired,
                m.leerplichtNotificationRequired, m.parentsNotifiedInWritingAt, m.inspectieNotifiedAt, m.leerplichtNotifiedAt,
                m.createdAt, m.version);
    }
}
