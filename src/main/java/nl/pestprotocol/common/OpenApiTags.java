package nl.pestprotocol.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The resources of the API as a client sees them: one tag per resource (a generated client gets one
 * API class per tag), in the order of the protocol, each described once here.
 */
final class OpenApiTags {

    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("Cases", "A bullying case: opened with its first incident, walked through the steps of the protocol"
                + " (transitions) and raised along the PM levels (escalations).");
        TAGS.put("Involvements", "The students involved in a case and their role (gepeste, pester, meeloper …).");
        TAGS.put("Incidents", "What happened, when and to whom; an incident after SIGNALEREN is a repetition (herhaling).");
        TAGS.put("Analysis", "Step 2: severity, forms, the group's role and what was tried before.");
        TAGS.put("Conversations", "Conversations with the bullied student, the bully, bystanders and parents, with the guide's answers.");
        TAGS.put("Conversation guides", "The protocol's conversation guides (Bijlage 1): aims and questions per kind of conversation.");
        TAGS.put("Actions", "Step 3: the plan van actie, short and long term actions per track.");
        TAGS.put("Agreements", "Step 4: agreements with the students, their review date and whether they were kept.");
        TAGS.put("Sign-offs", "Step 5: the evaluation signed by mentor, leerlingcoördinator and ondersteuningscoördinator.");
        TAGS.put("Measures", "Step 6: measures (vervolgstappen) such as a suspension, with the notifications they need.");
        TAGS.put("Timeline", "The domain events of a case, oldest first.");
        TAGS.put("Audit", "Who read or changed a case (ondersteuningscoördinator only).");
        TAGS.put("Students", "Roster: the school's students, kept in sync by the student record system.");
        TAGS.put("Groups", "Roster: groups (classes) with their mentors.");
        TAGS.put("Staff", "Roster: staff members with their departments.");
        TAGS.put("Roster", "Bulk roster sync: students, groups and staff in one transaction, as JSON or a OneRoster CSV zip.");
        TAGS.put("Calendar", "The school calendar: non-school days, for counting school days.");
        TAGS.put("Export", "Right of access (AVG art. 15): everything recorded about one student.");
        TAGS.put("Webhooks", "Outgoing events: subscriptions of receivers, signed CloudEvents, the delivery log and replays.");
        TAGS.put("Retention", "What the nightly retention job would remove from closed cases.");
        TAGS.put("Worklist", "What needs the caller's attention in the cases they can see.");
        TAGS.put("Statistics", "The school's figures per school year and month, small counts suppressed; JSON or CSV.");
        TAGS.put("Reports", "The aanspreekpunt's desk: reports from pupils and parents without an account, their status for the"
                + " reporter, triage into cases, and where to turn outside the school.");
    }

    private OpenApiTags() {
    }

    static void describe(OpenAPI api) {
        List<Tag> tags = TAGS.entrySet().stream()
                .map(t -> OASFactory.createTag().name(t.getKey()).description(t.getValue())).toList();
        api.tags(tags);
    }
}
