package nl.pestprotocol.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.pestprotocol.cases.BullyingCase;
import nl.pestprotocol.cases.CaseAccess;
import nl.pestprotocol.cases.RecordKind;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.CaseRecordOrder;
import nl.pestprotocol.common.Cursor;
import nl.pestprotocol.common.ETags;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.Instants;
import nl.pestprotocol.conversations.ConversationRepository;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.roster.StudentRef;
import nl.pestprotocol.shared.CaseStudents;
import nl.pestprotocol.timeline.Timeline;

/** Agreements (afspraken), their review ("mentor checkt regelmatig") and their communication. */
@ApplicationScoped
public class AgreementService {

    @Schema(example = "{\"description\":\"Daan laat Sanne met rust in de pauzes\",\"partyIds\":[\"1A-01\",\"1A-02\"],\"reviewOn\":\"2026-12-01\"}")
    public record AgreementInput(
            @NotBlank @Size(max = 10000) String description,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) String> partyIds,
            @Size(max = 36) String conversationId,
            @NotNull LocalDate reviewOn) {
    }

    /** Merge-patch; absent properties stay as they are. */
    @Schema(example = "{\"status\":\"NAGEKOMEN\",\"communicatedToStudentsAt\":\"2026-11-20T09:00:00Z\",\"communicatedToParentsAt\":\"2026-11-20T09:00:00Z\",\"recordedInSomAt\":\"2026-11-20T09:05:00Z\"}")
    public record AgreementPatch(AgreementStatus status, @Size(min = 1, max = 10000) String description, LocalDate reviewOn,
            Instant communicatedToStudentsAt, Instant communicatedToParentsAt, Instant recordedInSomAt) {
    }

    @Schema(requiredProperties = { "id", "caseId", "parties", "reviewOn", "status", "version" })
    public record AgreementView(String id, String caseId, String description, List<StudentRef> parties,
            String conversationId, LocalDate reviewOn, AgreementStatus status, Instant communicatedToStudentsAt,
            Instant communicatedToParentsAt, Instant recordedInSomAt, long version) {
    }

    private final CaseAccess access;
    private final AgreementRepository agreements;
    private final ConversationRepository conversations;
    private final People people;
    private final CaseStudents caseStudents;
    private final Timeline timeline;

    public AgreementService(CaseAccess access, AgreementRepository agreements, ConversationRepository conversations,
            People people, CaseStudents caseStudents, Timeline timeline) {
        this.access = access;
        this.agreements = agreements;
        this.conversations = conversations;
        this.people = people;
        this.caseStudents = caseStudents;
        this.timeline = timeline;
    }

    @Transactional
    public AgreementView make(UUID caseId, AgreementInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.AGREEMENT);
        List<Student> parties = caseStudents.involved(c, in.partyIds(), "partyIds");
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.description = in.description();
        if (in.conversationId() != null) {
            UUID conversationId = parseId(in.conversationId());
            a.conversationId = conversations.ofCase(c.id, conversationId).map(x -> x.id).orElseThrow(
                    () -> ApiException.invalidParam("conversationId", "is not a conversation of this case"));
        }
        a.reviewOn = in.reviewOn();
        a.status = AgreementStatus.ACTIEF;
        a.createdAt = access.now();
        a.cycle = c.cycle;
        parties.forEach(s -> a.partyIds.add(s.id));
        agreements.persist(a);
        timeline.record(c.id, access.actor(), new AgreementEvents.AgreementMade(a.id, a.reviewOn));
        return view(a, people.studentsById(a.partyIds));
    }

    /** Needs {@code If-Match} with the agreement's own ETag: two staff changing it at once cannot both win. */
    @Transactional
    public AgreementView change(UUID caseId, UUID agreementId, String ifMatch, AgreementPatch in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.AGREEMENT);
        Agreement a = agreements.ofCase(c.id, agreementId)
                .orElseThrow(() -> ApiException.notFound("The agreement"));
        // the case row is locked by writeRecord, so no other change of this agreement runs between check and bump
        ETags.require(ifMatch, a.version);
        a.version++;
        if (in.status() != null) {
            a.status = in.status();
        }
        if (in.description() != null) {
            a.description = in.description();
        }
        if (in.reviewOn() != null) {
            a.reviewOn = in.reviewOn();
        }
        Instant now = access.now();
        if (in.communicatedToStudentsAt() != null) {
            a.communicatedToStudentsAt = Instants.notInFuture("communicatedToStudentsAt", in.communicatedToStudentsAt(), now);
        }
        if (in.communicatedToParentsAt() != null) {
            a.communicatedToParentsAt = Instants.notInFuture("communicatedToParentsAt", in.communicatedToParentsAt(), now);
        }
        if (in.recordedInSomAt() != null) {
            a.recordedInSomAt = Instants.notInFuture("recordedInSomAt", in.recordedInSomAt(), now);
        }
        timeline.record(c.id, access.actor(), new AgreementEvents.AgreementChanged(a.id, a.status));
        return view(a, people.studentsById(a.partyIds));
    }

    public Page<AgreementView> list(UUID caseId, String cursor, int limit) {
        BullyingCase c = access.read(caseId);
        return Page.of(agreements.page(c.id, cursor, limit + 1), limit, this::views, a -> CaseRecordOrder.cursorAfter(a.id));
    }

    public AgreementView get(UUID caseId, UUID agreementId) {
        BullyingCase c = access.read(caseId);
        return views(List.of(agreements.ofCase(c.id, agreementId).orElseThrow(() -> ApiException.notFound("The agreement"))))
                .get(0);
    }

    /** The key (reviewOn, id) travels in a {@link Cursor} as midnight UTC of reviewOn (decode refuses forged far dates). */
    public Page<AgreementView> due(String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        List<Agreement> rows = agreements.due(access.viewer(), access.today(),
                after == null ? null : LocalDate.ofInstant(after.at(), ZoneOffset.UTC), after == null ? null : after.id(),
                limit + 1);
        return Page.of(rows, limit, shown -> {
            access.readAll(shown.stream().map(a -> a.caseId).distinct().toList());
            return views(shown);
        }, a -> new Cursor(a.reviewOn.atStartOfDay(ZoneOffset.UTC).toInstant(), a.id).encode());
    }

    private List<AgreementView> views(List<Agreement> all) {
        Map<UUID, Student> students = people.studentsById(all.stream().flatMap(a -> a.partyIds.stream()).distinct().toList());
        return all.stream().map(a -> view(a, students)).toList();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParam("conversationId", "must be a UUID");
        }
    }

    private static AgreementView view(Agreement a, Map<UUID, Student> students) {
        return new AgreementView(a.id.toString(), a.caseId.toString(), a.description, CaseStudents.refs(a.partyIds, students),
                a.conversationId == null ? null : a.conversationId.toString(), a.reviewOn, a.status,
                a.communicatedToStudentsAt, a.communicatedToParentsAt, a.recordedInSomAt, a.version);
    }
}
