package nl.pestprotocol.conversations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import nl.pestprotocol.caserecords.CaseRecords;
import nl.pestprotocol.caserecords.PupilCases;
import nl.pestprotocol.caserecords.PupilExport;

/**
 * Conversations. A pupil's export holds only the conversations they took part in: what the victim
 * told (and whom their answers name) never reaches the bully's family.
 */
@ApplicationScoped
public class ConversationRecords implements CaseRecords {

    public record Exported(ConversationType type, Instant heldAt, String conductedBy, List<String> students,
            List<String> otherParticipants, String notes, Map<String, String> guideAnswers, boolean safetyAssessed,
            LocalDate followUpOn) {
    }

    private final ConversationRepository conversations;
    private final EntityManager em;

    public ConversationRecords(ConversationRepository conversations, EntityManager em) {
        this.conversations = conversations;
        this.em = em;
    }

    @Override
    public String name() {
        return "conversations";
    }

    @Override
    public Set<String> tables() {
        return Set.of("conversation", "conversation_student");
    }

    @Override
    public Optional<String> countSql() {
        return Optional.of("select count(*) from conversation where case_id = :caseId");
    }

    @Override
    public void anonymise(Collection<UUID> caseIds, Instant now) {
        UUID[] ids = PupilCases.array(caseIds);
        em.createNativeQuery("""
                delete from conversation_student
                where conversation_id in (select id from conversation where case_id = any(:ids))""")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("""
                update conversation set notes = null, guide_answers = '{}', other_participants = '[]', conducted_by_id = null
                where case_id = any(:ids)""").setParameter("ids", ids).executeUpdate();
    }

    @Override
    public Optional<String> keepsInvolvementAs() {
        return Optional.of("a conversation");
    }

    @Override
    public Map<UUID, Set<UUID>> casesNaming(Collection<UUID> studentIds) {
        return PupilCases.query(em, """
                select s.student_id, c.case_id from conversation_student s join conversation c on c.id = s.conversation_id
                where s.student_id = any(:students)""", studentIds);
    }

    @Override
    public void export(PupilExport export) {
        for (UUID caseId : export.caseIds()) {
            List<Exported> tookPart = new ArrayList<>();
            for (Conversation c : conversations.ofCase(caseId)) {
                if (c.studentIds.contains(export.subjectId())) {
                    export.included(c.id);
                    tookPart.add(new Exported(c.type, c.heldAt, export.staff(c.conductedById), export.pupils(c.studentIds),
                            c.otherParticipants, c.notes, c.guideAnswers, c.safetyAssessed, c.followUpOn));
                }
            }
            export.put(caseId, "conversations", tookPart);
        }
    }
}
