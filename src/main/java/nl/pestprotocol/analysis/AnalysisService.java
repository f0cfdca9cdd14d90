package nl.pestprotocol.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.cases.CaseDtos.InvolvementView;
import nl.pestprotocol.cases.CaseViews;
import nl.pestprotocol.cases.Form;
import nl.pestprotocol.cases.RecordKind;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.timeline.Timeline;

/**
 * Step 2 (spec §4). Who is involved, who is the victim and who bullies are the case's involvements;
 * the view repeats them so the analysis reads as the protocol's list of questions.
 */
@ApplicationScoped
public class AnalysisService {

    @Schema(example = "{\"severity\":\"MIDDEN\",\"how\":\"Schelden in de pauzes\",\"forms\":[\"VERBAAL\"],\"groupRole\":\"Een paar klasgenoten lachen mee\",\"since\":\"2026-09-01\",\"duration\":\"Sinds september\"}")
    public record AnalysisInput(
            @NotNull Severity severity,
            @NotBlank @Size(max = 10000) String how,
            @NotNull @Size(max = 6) List<@NotNull Form> forms,
            @NotBlank @Size(max = 10000) String groupRole,
            @PastOrPresent LocalDate since,
            @Size(max = 200) String duration,
            @Size(max = 10000) String previousInterventions) {
    }

    @Schema(requiredProperties = { "severity", "involved", "forms", "recordedAt" })
    public record AnalysisView(Severity severity, List<InvolvementView> involved, String how, List<Form> forms,
            String groupRole, LocalDate since, String duration, String previousInterventions, Instant recordedAt,
            StaffRef recordedBy) {
    }

    public record Recorded(AnalysisView view, boolean created) {
    }

    private final CaseAccess access;
    private final AnalysisRepository analyses;
    private final People people;
    private final Timeline timeline;

    public AnalysisService(CaseAccess access, AnalysisRepository analyses, People people, Timeline timeline) {
        this.access = access;
        this.analyses = analyses;
        this.people = people;
        this.timeline = timeline;
    }

    @Transactional
    public Recorded record(UUID caseId, AnalysisInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.ANALYSIS);
        if (in.since() == null && (in.duration() == null || in.duration().isBlank())) {
            throw ApiException.invalidParam("since", "give the date the bullying started (since) or how long it lasts (duration)");
        }
        Analysis stored = analyses.findById(caseId);
        Analysis a = stored == null ? new Analysis() : stored;
        // the analysis of an earlier cycle is replaced; for this cycle it is a new one
        boolean created = stored == null || stored.cycle != c.cycle;
        a.caseId = caseId;
        a.cycle = c.cycle;
        a.severity = in.severity();
        a.how = in.how();
        a.forms.clear();
        a.forms.addAll(in.forms());
        a.groupRole = in.groupRole();
        a.since = in.since();
        a.duration = in.duration();
        a.previousInterventions = in.previousInterventions();
        a.recordedAt = access.now();
        a.recordedById = access.actor();
        if (stored == null) {
            analyses.persist(a);
        }
        timeline.record(c.id, access.actor(), new AnalysisRecorded(a.severity, !created));
        return new Recorded(view(c, a), created);
    }

    public AnalysisView get(UUID caseId) {
        BullyingCase c = access.read(caseId);
        Analysis a = analyses.findById(caseId);
        if (a == null || a.cycle != c.cycle) {
            // a case reopened by herhaling needs a new analysis; until then it has none (spec §3)
            throw ApiException.notFound("The analysis of this case's current cycle");
        }
        return view(c, a);
    }

    private AnalysisView view(BullyingCase c, Analysis a) {
        List<InvolvementView> involved = CaseViews.involvements(c.involvements,
                people.studentsById(c.involvements.stream().map(i -> i.studentId).toList()));
        return new AnalysisView(a.severity, involved, a.how, CaseViews.sorted(a.forms), a.groupRole, a.since, a.duration,
                a.previousInterventions, a.recordedAt, people.staffRef(a.recordedById));
    }
}
