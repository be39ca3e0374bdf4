package cn.jiuweihai.silver.job;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the public job search. */
public class JobSearch {

    @QueryParam("keyword")
    @Parameter(description = "关键词，匹配岗位名称、工作内容和单位名称（按字面匹配）", example = "保洁")
    @Size(max = 30, message = "关键词最多30个字")
    public String keyword;

    @QueryParam("districtCode")
    @Parameter(description = "工作地点所在区市代码", example = "371002")
    @Pattern(regexp = "^[0-9]{6}$", message = "区市代码应为6位数字")
    public String districtCode;

    @QueryParam("zone")
    @Parameter(description = "专区")
    public JobEnums.Zone zone;

    @QueryParam("category")
    @Parameter(description = "岗位类别")
    public JobEnums.Category category;

    String keywordOrNull() {
        return keyword == null || keyword.isBlank() ? null : keyword.strip();
    }
}
