package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.common.Ids;
import cn.jiuweihai.silver.job.JobEnums;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The talent-pool search of bureau staff; every filter is optional. */
public class TalentPoolFilter {

    @QueryParam("districtCode")
    @Parameter(description = "居住的区市代码；区级工作人员只能查本区市", example = "371002")
    @Pattern(regexp = "^[0-9]{6}$", message = "区市代码应为6位数字")
    public String districtCode;

    @QueryParam("ageBand")
    @Parameter(description = "年龄段：UNDER_50、FROM_50_TO_54、FROM_55_TO_59、FROM_60_TO_64、FROM_65_TO_69、FROM_70")
    public AgeBand ageBand;

    @QueryParam("occupationId")
    @Parameter(description = "从事过的工种编号（见 /occupations）", example = "1")
    @Pattern(regexp = "^[1-9][0-9]{0,8}$", message = Ids.MESSAGE)
    public String occupationId;

    @QueryParam("employmentForm")
    @Parameter(description = "接受的用工形式：FULL_TIME、PART_TIME、FLEXIBLE、SEASONAL、REHIRE")
    public JobEnums.EmploymentForm employmentForm;

    @QueryParam("retiredProfessional")
    @Parameter(description = "true 只看离退休专业技术人员，false 只看其他人")
    public Boolean retiredProfessional;

    @QueryParam("priorityGroup")
    @Parameter(description = "重点群体：POVERTY_ALLEVIATED、LOW_INCOME、DISABLED")
    public SeekerEnums.PriorityGroup priorityGroup;

    Integer occupation() {
        return occupationId == null ? null : Integer.valueOf(occupationId);
    }
}
