package nl.pestprotocol.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The right-of-access export (AVG art. 15). Pupils other than the subject appear only by pseudonym. */
public final class ExportDtos {

    private ExportDtos() {
    }

    public record StudentExport(Subject student, Instant generatedAt, String notice,
            @Schema(description = "Per case that names the pupil: id, step, level, forms, openedAt, closedAt, and what of"
                    + " each kind of record concerns the pupil (involvements, incidents, analysis, actions, conversations,"
                    + " agreements, signOffs, measures, timeline)")
            List<Map<String, Object>> cases) {
    }

    public record Subject(String externalId, String name, String groupCode) {
    }
}
