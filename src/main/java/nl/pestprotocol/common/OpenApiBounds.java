package nl.pestprotocol.common;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Every string, array and integer of the contract has its bounds (spec §9; OWASP API4:2023), and they are the
 * bounds the service keeps: request fields carry their Bean Validation constraints (which the generator copies);
 * response fields are bounded by the columns they come from (db/migration) or by the request that wrote them;
 * path ids that are not ours name nothing (404); query values are checked by the resource (400).
 * ContractSchemasTest fails on any unbounded value, so a new field gets its bound here or by annotation.
 */
final class OpenApiBounds {

    /** Quarkus' default max-initial-line-length: a longer request line is answered 414 before any resource sees it. */
    static final int MAX_REQUEST_LINE = 4096;
    private static final int UUID_LENGTH = 36;
    private static final String UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    /** Enough for any instant we write or accept (nanoseconds and an offset); ApiDates refuses anything else. */
    private static final int INSTANT_LENGTH = 35;
    private static final int EXTERNAL_ID = 100;
    private static final int NAME = 100;
    /** "given family", as People shows a person. */
    private static final int DISPLAY_NAME = 2 * NAME + 1;
    private static final int GROUP_CODE = 20;
    private static final int SCHOOL_YEAR = 9;
    private static final int TEXT = 10_000;
    private static final int STUDENTS = 50;
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** Response strings, by the column they are read from (db/migration) or the request field that wrote them. */
    private static final Map<String, Integer> TEXTS = Map.ofEntries(
            Map.entry("ActionView.description", TEXT), Map.entry("AgreementView.description", TEXT),
            Map.entry("AnalysisView.duration", 200), Map.entry("AnalysisView.groupRole", TEXT), Map.entry("AnalysisView.how", TEXT),
            Map.entry("AnalysisView.previousInterventions", TEXT),
            Map.entry("AuditEntryView.action", 300), Map.entry("AuditEntryView.requestId", 100),
            Map.entry("AuditEntryView.subject", 200), Map.entry("AuditEntryView.username", 200),
            Map.entry("CalendarView.schoolYear", SCHOOL_YEAR),
            Map.entry("CaseView.closeReason", 2000), Map.entry("CaseView.summary", 200),
            Map.entry("ConversationView.notes", TEXT), Map.entry("ConversationView.otherParticipants", 200),
            Map.entry("ConversationView.guideAnswers", TEXT),
            Map.entry("GroupInput.schoolYear", SCHOOL_YEAR),
            Map.entry("GroupView.code", GROUP_CODE), Map.entry("GroupView.department", NAME), Map.entry("GroupView.schoolYear", SCHOOL_YEAR),
            // the conversation guides are fixed texts of the protocol (ConversationGuides)
            Map.entry("Guide.title", 200), Map.entry("Guide.aims", 1000), Map.entry("Question.code", 50), Map.entry("Question.text", 1000),
            Map.entry("IncidentView.description", TEXT), Map.entry("IncidentView.location", 200),
            Map.entry("IncidentView.reporterName", 200),
            Map.entry("InvolvementView.groupCode", GROUP_CODE), Map.entry("InvolvementView.name", DISPLAY_NAME),
            Map.entry("InvolvementView.studentId", EXTERNAL_ID),
            Map.entry("MeasureView.reason", TEXT), Map.entry("SignOffView.notes", TEXT),
            Map.entry("StaffRef.id", EXTERNAL_ID), Map.entry("StaffRef.username", NAME), Map.entry("StaffRef.name", DISPLAY_NAME),
            Map.entry("StaffView.departments", NAME), Map.entry("StaffView.supportDepartments", NAME),
            Map.entry("StaffView.externalId", EXTERNAL_ID), Map.entry("StaffView.username", NAME),
            Map.entry("StaffView.givenName", NAME), Map.entry("StaffView.familyName", NAME),
            Map.entry("StudentExport.notice", 1000),
            Map.entry("StudentRef.id", EXTERNAL_ID), Map.entry("StudentRef.name", DISPLAY_NAME), Map.entry("StudentRef.groupCode", GROUP_CODE),
            Map.entry("StudentView.eckId", 200), Map.entry("StudentView.externalId", EXTERNAL_ID),
            Map.entry("StudentView.givenName", NAME), Map.entry("StudentView.familyName", NAME),
            Map.entry("StudentView.groupCode", GROUP_CODE),
            Map.entry("WorkItem.dueOn", 10), Map.entry("WebhookSubscription.previousSecretValidUntil", INSTANT_LENGTH),
            Map.entry("WebhookSubscription.disabledReason", 20),
            Map.entry("Subject.externalId", EXTERNAL_ID), Map.entry("Subject.name", DISPLAY_NAME), Map.entry("Subject.groupCode", GROUP_CODE));

    /** Response ids that are our own UUIDs. */
    private static final Set<String> UUIDS = Set.of("ActionView.id", "AgreementView.id", "AgreementView.caseId",
            "AgreementView.conversationId", "CaseView.id", "ConversationView.id", "IncidentView.id", "MeasureView.id",
            "SignOffView.id", "RetentionCandidate.caseId", "ReportView.id", "ReportView.caseId");

    /** Response lists, by the request that wrote them or the vocabulary they hold. */
    private static final Map<String, Integer> ITEMS = Map.ofEntries(
            Map.entry("ActionView.students", STUDENTS), Map.entry("AgreementView.parties", STUDENTS),
            Map.entry("AnalysisView.forms", 6), Map.entry("CaseView.forms", 6), Map.entry("IncidentView.forms", 6),
            Map.entry("IncidentView.students", STUDENTS),
            Map.entry("AnalysisView.involved", ApiLimits.MAX_INVOLVEMENTS), Map.entry("CaseView.involvements", ApiLimits.MAX_INVOLVEMENTS),
            Map.entry("CalendarView.nonSchoolDays", 100),
            Map.entry("ConversationView.otherParticipants", 20), Map.entry("ConversationView.students", STUDENTS),
            Map.entry("GroupView.mentors", 20), Map.entry("Guide.aims", 20), Map.entry("Guide.questions", 50),
            Map.entry("StaffView.departments", 50), Map.entry("StaffView.supportDepartments", 50),
            Map.entry("StudentExport.cases", ApiLimits.MAX_CASES_PER_STUDENT));

    /** Response integers: [minimum, maximum]. Versions and sequences are bigint columns counting up from 0 or 1. */
    private static final Map<String, BigDecimal[]> INTEGERS = Map.of(
            "ActionView.version", range(0, LONG_MAX), "AgreementView.version", range(0, LONG_MAX),
            "CaseView.version", range(0, LONG_MAX), "MeasureView.version", range(0, LONG_MAX),
            "AuditEntryView.sequence", range(1, LONG_MAX), "EventView.sequence", range(1, LONG_MAX),
            "MeasureView.schoolDays", range(1, BigDecimal.valueOf(1000)),
            "SignOffView.round", range(1, BigDecimal.valueOf(Integer.MAX_VALUE)),
            "GroupChanges.unchanged", range(0, BigDecimal.valueOf(Integer.MAX_VALUE)),
            "PeopleChanges.unchanged", range(0, BigDecimal.valueOf(Integer.MAX_VALUE)));

    /** Path and query parameters. Ids are UUIDs (anything else is 404); the others are checked by their resource. */
    private static final Map<String, Integer> PARAMETERS = Map.ofEntries(
            Map.entry("caseId", UUID_LENGTH), Map.entry("actionId", UUID_LENGTH), Map.entry("agreementId", UUID_LENGTH),
            Map.entry("conversationId", UUID_LENGTH), Map.entry("incidentId", UUID_LENGTH), Map.entry("measureId", UUID_LENGTH),
            Map.entry("signOffId", UUID_LENGTH), Map.entry("reportId", UUID_LENGTH), Map.entry("subscriptionId", UUID_LENGTH),
            Map.entry("deliveryId", UUID_LENGTH), Map.entry("externalId", EXTERNAL_ID), Map.entry("studentId", EXTERNAL_ID),
            Map.entry("code", GROUP_CODE), Map.entry("groupCode", GROUP_CODE), Map.entry("schoolYear", SCHOOL_YEAR),
            Map.entry("type", 30), Map.entry("cursor", Cursor.MAX_LENGTH),
            // an ETag is a quoted version number (ETags); a longer If-Match matches nothing (412)
            Map.entry("If-Match", 22));

    private OpenApiBounds() {
    }

    static Schema text(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    private static BigDecimal[] range(long min, BigDecimal max) {
        return new BigDecimal[] { BigDecimal.valueOf(min), max };
    }

    static void apply(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.forEach(OpenApiBounds::bound);
        if (schemas.containsKey("Instant")) {
            schemas.get("Instant").maxLength(INSTANT_LENGTH);
        }
        inlineUuid(api);
        if (schemas.containsKey("LocalDate")) {
            schemas.get("LocalDate").maxLength(10);
        }
        api.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(OpenApiBounds::bound);
            }
        });
    }

    /**
     * A {@code java.util.UUID} property comes out as a reference to a component named "UUID", a name the ADR
     * linter refuses (not UpperCamelCase): such properties get the id's schema inline instead.
     */
    private static void inlineUuid(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (!schemas.containsKey("UUID")) {
            return;
        }
        String ref = "#/components/schemas/UUID";
        schemas.values().stream().filter(s -> s.getProperties() != null).forEach(s -> new java.util.ArrayList<>(
                s.getProperties().entrySet()).stream().filter(e -> ref.equals(e.getValue().getRef())).forEach(e -> s.addProperty(
                        e.getKey(), OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")
                                .maxLength(UUID_LENGTH).pattern(UUID_PATTERN))));
        api.getComponents().removeSchema("UUID");
    }

    private static void bound(String name, Schema schema) {
        if (name.startsWith("Page") && schema.getProperties() != null) {
            schema.getProperties().get("items").maxItems(QueryParams.MAX_LIMIT);
            schema.getProperties().get("next").maxLength(Cursor.MAX_LENGTH)
                    .description("Pass as cursor for the next page; absent on the last page");
            return;
        }
        if (schema.getProperties() == null) {
            return;
        }
        // a String typed by @Schema(implementation = SomeEnum.class) comes out as "object, allOf: [enum]"; it is the enum
        new java.util.ArrayList<>(schema.getProperties().entrySet()).forEach(e -> {
            Schema p = e.getValue();
            if (p.getAllOf() != null && p.getAllOf().size() == 1 && p.getAllOf().get(0).getRef() != null
                    && (p.getProperties() == null || p.getProperties().isEmpty())) {
                schema.addProperty(e.getKey(), OASFactory.createSchema().ref(p.getAllOf().get(0).getRef()));
            }
        });
        schema.getProperties().forEach((property, p) -> {
            String key = name + "." + property;
            Schema strings = p.getType() != null && p.getType().contains(Schema.SchemaType.ARRAY) ? p.getItems()
                    : p.getAdditionalPropertiesSchema() != null ? p.getAdditionalPropertiesSchema() : p;
            if (TEXTS.containsKey(key)) {
                strings.maxLength(TEXTS.get(key));
            }
            if (UUIDS.contains(key)) {
                p.maxLength(UUID_LENGTH).pattern(UUID_PATTERN);
            }
            if (ITEMS.containsKey(key)) {
                p.maxItems(ITEMS.get(key));
            }
            if (INTEGERS.containsKey(key)) {
                p.minimum(INTEGERS.get(key)[0]).maximum(INTEGERS.get(key)[1]);
            }
        });
        if (name.equals("CaseView")) {
            // one count per kind of record (CaseRecords, one per feature), never negative
            schema.getProperties().get("counts").maxProperties(50).getAdditionalPropertiesSchema()
                    .minimum(BigDecimal.ZERO).maximum(LONG_MAX);
        }
        if (name.equals("EventView")) {
            schema.getProperties().get("data").maxProperties(30); // the fields of the largest typed event (EventData)
        }
        if (name.equals("StudentExport")) {
            schema.getProperties().get("cases").getItems().maxProperties(30); // the case's facts and one list per kind of record
        }
        if (name.equals("ConversationView")) {
            schema.getProperties().get("guideAnswers").maxProperties(30); // as ConversationInput allows
        }
    }

    private static void bound(Operation op) {
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                Schema schema = p.getSchema();
                boolean string = schema != null && schema.getRef() == null && schema.getType() != null
                        && schema.getType().contains(Schema.SchemaType.STRING);
                if (string && schema.getFormat() == null && PARAMETERS.containsKey(p.getName())) {
                    schema.maxLength(PARAMETERS.get(p.getName()));
                }
            }
        }
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().getAPIResponses().values().forEach(r -> {
            if (r.getContent() == null) {
                return;
            }
            r.getContent().getMediaTypes().values().forEach(m -> {
                Schema s = m.getSchema();
                if (s != null && s.getType() != null && s.getType().contains(Schema.SchemaType.ARRAY) && s.getMaxItems() == null
                        && "#/components/schemas/RetentionCandidate".equals(s.getItems().getRef())) {
                    s.maxItems(ApiLimits.MAX_RETENTION_PER_RUN);
                }
            });
        });
    }
}
