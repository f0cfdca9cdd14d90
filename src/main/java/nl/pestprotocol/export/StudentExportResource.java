package nl.pestprotocol.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import nl.pestprotocol.common.PupilParam;
import nl.pestprotocol.security.Roles;

@Path("/students/{externalId}/export")
public class StudentExportResource {

    private final StudentExportService exports;

    public StudentExportResource(StudentExportService exports) {
        this.exports = exports;
    }

    @GET
    @RolesAllowed(Roles.OC)
    @Operation(summary = "What is recorded about a pupil and concerns them (AVG art. 15): other pupils pseudonymised,"
            + " nothing that concerns only another pupil, free text as recorded")
    public ExportDtos.StudentExport export(@PathParam("externalId") @PupilParam String externalId) {
        return exports.export(externalId);
    }
}
