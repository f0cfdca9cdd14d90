package nl.pestprotocol.evaluation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import nl.pestprotocol.cases.CaseResponses;
import nl.pestprotocol.common.QueryParams;
import nl.pestprotocol.evaluation.SignOffService.SignOffInput;
import nl.pestprotocol.evaluation.SignOffService.SignOffView;
import nl.pestprotocol.security.Roles;

@Path("/cases/{caseId}/sign-offs")
@RolesAllowed({ Roles.MENTOR, Roles.LC, Roles.OC })
public class SignOffResource {

    private final SignOffService signOffs;

    public SignOffResource(SignOffService signOffs) {
        this.signOffs = signOffs;
    }

    @POST
    public Response sign(@PathParam("caseId") String caseId, @Valid @NotNull SignOffInput body) {
        SignOffView view = signOffs.sign(QueryParams.pathId(caseId, "The case"), body);
        return CaseResponses.createdUnder(caseId, "sign-offs", view.id(), view);
    }

    @GET
    public List<SignOffView> list(@PathParam("caseId") String caseId) {
        return signOffs.list(QueryParams.pathId(caseId, "The case"));
    }
}
