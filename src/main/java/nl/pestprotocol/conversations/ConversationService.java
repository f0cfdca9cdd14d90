package nl.pestprotocol.conversations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import nl.pestprotocol.cases.RecordKind;
import nl.pestprotocol.cases.InvolvementRole;
import nl.pestprotocol.common.ApiException;
import nl.pestprotocol.common.CaseRecordOrder;
import nl.pestprotocol.common.Instants;
import nl.pestprotocol.common.Page;
import nl.pestprotocol.common.Problem;
import nl.pestprotocol.common.Problem.Condition;
import nl.pestprotocol.roster.People;
import nl.pestprotocol.roster.StaffRef;
import nl.pestprotocol.roster.Student;
import nl.pestprotocol.roster.StudentRef;
import nl.pestprotocol.security.AccessRule;
import nl.pestprotocol.security.Roles;
import nl.pestprotocol.shared.CaseStudents;
import nl.pestprotocol.timeline.Timeline;

/** Conversations (gesprekken) with their guide answers, and the rules of Bijlage 1 (spec §7). */
@ApplicationScoped
public class ConversationService {

    @Schema(example = "{\"type\":\"GEPESTE\",\"heldAt\":\"2026-11-03T10:00:00Z\",\"studentIds\":[\"1A-01\"],\"notes\":\"Sanne vertelt wat er gebeurt\",\"guideAnswers\":{\"DOOR_WIE\":\"Daan\",\"WAAR\":\"Kantine\"}}")
    public record ConversationInput(
            @NotNull ConversationType type,
            @NotNull @PastOrPresent Instant heldAt,
            @Size(max = 100) String conductedById,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> studentIds,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> otherParticipants,
            @Size(max = 10000) String notes,
            @Size(max = 30) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 10000) String> guideAnswers,
            Boolean safetyAssessed,
            LocalDate followUpOn) {
    }

    @Schema(requiredProperties = { "id", "type", "heldAt", "students", "safetyAssessed" })
    public record ConversationView(String id, ConversationType type, Instant heldAt, StaffRef conductedBy,
            List<StudentRef> students, List<String> otherParticipants, String notes, Map<String, String> guideAnswers,
            boolean safetyAssessed, LocalDate followUpOn) {
    }

    private final CaseAccess access;
    private final ConversationRepository conversations;
    private final People people;
    private final CaseStudents caseStudents;
    private final Timeline timeline;

    public ConversationService(CaseAccess access, ConversationRepository conversations, People people,
            CaseStudents caseStudents, Timeline timeline) {
        this.access = access;
        this.conversations = conversations;
        this.people = people;
        this.caseStudents = caseStudents;
        this.timeline = timeline;
    }

    @Transactional
    public ConversationView record(UUID caseId, ConversationInput in) {
        BullyingCase c = access.writeRecord(caseId, RecordKind.CONVERSATION);
        if (in.type() == ConversationType.ADVIES && !access.user().has(Roles.OC)) {
            throw AccessRule.ADVICE_BY_OC_ONLY.refused();
        }
        Map<String, String> answers = in.guideAnswers() == null ? Map.of() : in.guideAnswers();
        checkGuideAnswers(in.type(), answers);
        List<Student> students = caseStudents.involved(c, in.studentIds(), "studentIds");
        checkRules(c, in, students, access.zone());

        Conversation conv = new Conversation();
        conv.id = UUID.randomUUID();
        conv.caseId = c.id;
        conv.type = in.type();
        conv.heldAt = Instants.stored(in.heldAt());
        conv.conductedById = in.conductedById() == null ? access.actor() : people.staff(in.conductedById(), "conductedById").id;
        conv.otherParticipants = in.otherParticipants() == null ? new ArrayList<>() : new ArrayList<>(in.otherParticipants());
        conv.notes = in.notes();
        conv.guideAnswers = new LinkedHashMap<>(answers);
        conv.safetyAssessed = Boolean.TRUE.equals(in.safetyAssessed());
        conv.followUpOn = in.followUpOn();
        conv.createdAt = access.now();
        conv.cycle = c.cycle;
        students.forEach(s -> conv.studentIds.add(s.id));
        conversations.persist(conv);
        timeline.record(c.id, access.actor(), new ConversationRecorded(conv.id, conv.type));
        return view(conv, people.studentsById(conv.studentIds));
    }

    public Page<ConversationView> list(UUID caseId, String cursor, int limit) {
        BullyingCase c = access.read(caseId);
        return Page.of(conversations.page(c.id, cursor, limit + 1), limit, this::views, x -> CaseRecordOrder.cursorAfter(x.id));
    }

    public ConversationView get(UUID caseId, UUID conversationId) {
        BullyingCase c = access.read(caseId);
        return views(List.of(conversations.ofCase(c.id, conversationId)
                .orElseThrow(() -> ApiException.notFound("The conversation")))).get(0);
    }

    private List<ConversationView> views(List<Conversation> all) {
        Map<UUID, Student> students = people.studentsById(all.stream().flatMap(x -> x.studentIds.stream()).distinct().toList());
        return all.stream().map(x -> view(x, students)).toList();
    }

    /** guideAnswers are keyed by the question codes of the type's guide; types without a guide take none. */
    private static void checkGuideAnswers(ConversationType type, Map<String, String> answers) {
        ConversationGuides.Guide guide = ConversationGuides.of(type).orElse(null);
        List<Problem.InvalidParam> wrong = new ArrayList<>();
        for (String code : answers.keySet()) {
            if (guide == null) {
                wrong.add(new Problem.InvalidParam("guideAnswers." + Problem.echo(code),
                        "conversations of type " + type + " have no guide, so no guide answers"));
            } else if (!guide.hasQuestion(code)) {
                wrong.add(new Problem.InvalidParam("guideAnswers." + Problem.echo(code),
                        "is not a question code of the " + type + " guide; see GET /api/v1/conversation-guides/" + type));
            }
        }
        if (!wrong.isEmpty()) {
            throw ApiException.badRequest("guideAnswers holds codes that the conversation guide does not have.", wrong);
        }
    }

    private static void checkRules(BullyingCase c, ConversationInput in, List<Student> students, ZoneId zone) {
        List<Condition> unmet = new ArrayList<>();
        if (in.type() == ConversationType.HERSTEL) {
            if (!Boolean.TRUE.equals(in.safetyAssessed())) {
                unmet.add(new Condition("herstel-safety-not-assessed",
                        "Consider first whether this conversation can be held meaningfully and safely (safetyAssessed: true)."));
            }
            if (in.followUpOn() == null) {
                unmet.add(new Condition("herstel-follow-up-required",
                        "Make a follow-up appointment with both students (followUpOn)."));
            } else if (in.followUpOn().isBefore(in.heldAt().atZone(zone).toLocalDate())) {
                // the school's day of the conversation, not UTC's: late-evening conversations are still that day
                unmet.add(new Condition("herstel-follow-up-not-before-held",
                        "The follow-up appointment (followUpOn) is on or after the day the conversation was held."));
            }
        }
        boolean withGepeste = students.stream().anyMatch(s -> c.involvementOf(s.id).get().role == InvolvementRole.GEPESTE);
        boolean withPester = students.stream().anyMatch(s -> c.involvementOf(s.id).get().role == InvolvementRole.PESTER);
        boolean needsGepeste = in.type() == ConversationType.GEPESTE || in.type() == ConversationType.HERSTEL;
        boolean needsPester = in.type() == ConversationType.PESTER || in.type() == ConversationType.HERSTEL;
        if ((needsGepeste && !withGepeste) || (needsPester && !withPester)) {
            unmet.add(new Condition("participants-do-not-match-type", "A " + in.type()
                    + " conversation is held with " + (in.type() == ConversationType.HERSTEL ? "a GEPESTE and a PESTER student"
                            : "a " + in.type() + " student") + " of this case among studentIds."));
        }
        if (!unmet.isEmpty()) {
            throw ApiException.rules("The conversation does not meet the protocol's rules.", unmet);
        }
    }

    private ConversationView view(Conversation c, Map<UUID, Student> students) {
        return new ConversationView(c.id.toString(), c.type, c.heldAt, people.staffRef(c.conductedById),
                CaseStudents.refs(c.studentIds, students), c.otherParticipants, c.notes, c.guideAnswers, c.safetyAssessed,
                c.followUpOn);
    }
}
