package cn.jiuweihai.silver.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference lists the mini-program shows in its pickers. */
@Path("/api/v1")
@Tag(name = "基础数据", description = "区市、工种等选项")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceResource {

    private final ReferenceData reference;

    ReferenceResource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Path("/districts")
    @Operation(summary = "威海市区市及开发区列表")
    @APIResponse(responseCode = "200", description = "按常用顺序排列",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DistrictView.class)))
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<DistrictView> districts() {
        return reference.districts();
    }

    @GET
    @Path("/occupations")
    @Operation(summary = "工种列表（职业分类大典）")
    @APIResponse(responseCode = "200", description = "工种",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OccupationView.class)))
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public List<OccupationView> occupations() {
        return reference.occupations();
    }
}
