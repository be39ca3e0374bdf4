package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.auth.CurrentUser;
import cn.jiuweihai.silver.auth.Roles;
import cn.jiuweihai.silver.common.Ids;
import cn.jiuweihai.silver.common.PageParams;
import cn.jiuweihai.silver.common.PageResult;
import cn.jiuweihai.silver.common.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The registry as bureau staff use it: assisted registration, uploads, the talent pool. */
@Path("/api/v1/admin/seekers")
@Tag(name = "人才库管理", description = "人社部门工作人员：协助登记、批量导入、人才库查询与统计")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
public class AdminSeekerResource {

    private final StaffSeekerService staff;
    private final BulkUploadService uploads;
    private final CurrentUser currentUser;

    AdminSeekerResource(StaffSeekerService staff, BulkUploadService uploads, CurrentUser currentUser) {
        this.staff = staff;
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "协助登记", description = "工作人员在本人同意下代为登记，记录协助人和本人同意的方式；"
            + "规则与本人登记相同。区级工作人员只能登记本区市居民。")
    @APIResponse(responseCode = "201", description = "登记成功（身份证号码和手机号码已遮挡）",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffSeekerViews.Summary.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public StaffSeekerViews.Summary register(
            @Valid @NotNull(message = "请填写登记信息") SeekerRequests.Assisted request) {
        return staff.registerAssisted(currentUser.adminId(), currentUser.adminDistrict(), request,
                SeekerEnums.Channel.ASSISTED);
    }

    @POST
    @Path("/uploads")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "批量导入社区纸质登记表",
            description = "上传 .xlsx 或 .csv 登记表，逐行按本人登记的规则检查：合格的行登记，有问题的行逐条说明原因；"
                    + "已经登记过的人不会重复保存，同一个文件可以放心重复上传。")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "200", description = "逐行结果",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UploadReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public UploadReport upload(UploadForm form) {
        if (form == null || form.file == null) {
            throw ProblemException.invalidField("UPLOAD_FILE_REQUIRED", "file", "请选择要上传的登记表文件");
        }
        if (form.privacyVersion == null || form.privacyVersion.isBlank()) {
            throw ProblemException.invalidField("PRIVACY_VERSION_OUTDATED", "privacyVersion",
                    "请填写登记表上印的隐私政策版本");
        }
        return uploads.upload(currentUser.adminId(), currentUser.adminDistrict(), read(form),
                form.privacyVersion.strip());
    }

    @GET
    @Operation(summary = "人才库查询", description = "按区市、年龄段、工种、用工形式、是否离退休专业技术人员、重点群体筛选，"
            + "最新登记的在前。身份证号码和手机号码已遮挡；区级工作人员只看到本区市。")
    @APIResponse(responseCode = "200", description = "求职者分页列表")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public PageResult<StaffSeekerViews.Summary> search(@Valid @BeanParam TalentPoolFilter filter,
            @Valid @BeanParam PageParams paging) {
        return staff.search(currentUser.adminDistrict(), filter, paging);
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "人才库统计", description = "在册人数按区市和年龄段分列；区级工作人员只看到本区市。")
    @APIResponse(responseCode = "200", description = "统计",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffSeekerViews.Statistics.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public StaffSeekerViews.Statistics statistics(
            @Parameter(description = "只统计这个区市", example = "371002") @QueryParam("districtCode")
            @Pattern(regexp = "^[0-9]{6}$", message = "区市代码应为6位数字") String districtCode) {
        return staff.statistics(currentUser.adminDistrict(), districtCode);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "查看求职者完整信息", description = "显示完整的身份证号码、手机号码和重点群体申报。"
            + "每次查看都会记录查看人、时间和原因，本人下载个人信息时可以看到。")
    @APIResponse(responseCode = "200", description = "完整信息",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffSeekerViews.FullRecord.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "503", ref = "Unavailable")
    public StaffSeekerViews.FullRecord read(
            @Parameter(description = "求职者编号", example = "12")
            @PathParam("id") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String id,
            @Parameter(description = "查看原因（必填，会被记录）", required = true, example = "核实就业困难人员认定材料")
            @QueryParam("reason") @NotBlank(message = "请填写查看原因")
            @Size(min = 4, max = 200, message = "查看原因请写4到200个字") String reason) {
        return staff.read(currentUser.adminId(), currentUser.adminDistrict(), Ids.parse(id), reason);
    }

    private static byte[] read(UploadForm form) {
        try {
            return Files.readAllBytes(form.file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
