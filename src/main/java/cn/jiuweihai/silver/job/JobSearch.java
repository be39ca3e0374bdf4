package cn.jiuweihai.silver.job;

import cn.jiuweihai.silver.common.ProblemException;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the public job search. Values are read as text and checked by pattern, so a
 * mistyped value gets a 400 that names the parameter rather than JAX-RS's bare 404.
 */
public class JobSearch {

    private static final String DECIMAL = "^-?[0-9]{1,3}(\\.[0-9]{1,8})?$";
    private static final int DEFAULT_RADIUS_KM = 5;

    @QueryParam("keyword")
    @Parameter(description = "关键词，匹配岗位名称、工作内容和单位名称（按字面匹配，不区分英文大小写）", example = "保洁")
    @Size(max = 30, message = "关键词最多30个字")
    public String keyword;

    @QueryParam("districtCode")
    @Parameter(description = "工作地点所在区市代码", example = "371002")
    @Pattern(regexp = "^[0-9]{6}$", message = "区市代码应为6位数字")
    public String districtCode;

    @QueryParam("zone")
    @Parameter(description = "专区", schema = @Schema(implementation = JobEnums.Zone.class))
    public String zone;

    @QueryParam("category")
    @Parameter(description = "岗位类别", schema = @Schema(implementation = JobEnums.Category.class))
    @Pattern(regexp = "^[A-Z_]{1,32}$", message = "岗位类别不正确")
    public String category;

    @QueryParam("occupationId")
    @Parameter(description = "工种编号（见 /occupations）", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @Pattern(regexp = "^[1-9][0-9]{0,5}$", message = "工种编号应为正整数")
    public String occupationId;

    @QueryParam("employmentForm")
    @Parameter(description = "用工形式", schema = @Schema(implementation = JobEnums.EmploymentForm.class))
    @Pattern(regexp = "^[A-Z_]{1,32}$", message = "用工形式不正确")
    public String employmentForm;

    @QueryParam("physicalDemand")
    @Parameter(description = "体力要求不超过此级别（LOW 只看体力要求低的岗位）",
            schema = @Schema(implementation = JobEnums.PhysicalDemand.class))
    @Pattern(regexp = "^(LOW|MEDIUM|HIGH)$", message = "体力要求应为 LOW、MEDIUM 或 HIGH")
    public String physicalDemand;

    @QueryParam("feature")
    @Parameter(description = "适老化特点，可重复，须全部具备（如 feature=SEATED_WORK&feature=NO_NIGHT_SHIFT）",
            schema = @Schema(type = SchemaType.ARRAY, implementation = JobEnums.Feature.class))
    @Size(max = 6, message = "适老化特点最多选6个")
    public List<@Pattern(regexp = "^[A-Z_]{1,32}$", message = "适老化特点不正确") String> features;

    @QueryParam("minPay")
    @Parameter(description = "最低期望薪酬（整数元），与 minPayUnit 一起，按折合月薪比较（日薪×21.75，时薪×174）",
            example = "3000", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000"))
    @Pattern(regexp = "^[1-9][0-9]{0,4}$|^100000$", message = "期望薪酬应为 1 到 100000 之间的整数")
    public String minPay;

    @QueryParam("minPayUnit")
    @Parameter(description = "期望薪酬的单位，默认 MONTH", schema = @Schema(enumeration = {"MONTH", "DAY", "HOUR"}))
    @Pattern(regexp = "^(MONTH|DAY|HOUR)$", message = "期望薪酬单位应为 MONTH、DAY 或 HOUR")
    public String minPayUnit;

    @QueryParam("age")
    @Parameter(description = "适合我的年龄：只看年龄要求包含这个年龄的岗位", example = "58",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "16", maximum = "100"))
    @Pattern(regexp = "^(1[6-9]|[2-9][0-9]|100)$", message = "年龄应为 16 到 100 之间的整数")
    public String age;

    @QueryParam("ageFriendlyEmployer")
    @Parameter(description = "只看优质适老就业企业的岗位", schema = @Schema(type = SchemaType.BOOLEAN))
    @Pattern(regexp = "^(true|false)$", message = "应为 true 或 false")
    public String ageFriendlyEmployer;

    @QueryParam("lat")
    @Parameter(description = "附近搜索：所在位置纬度（GCJ-02，wx.getLocation 所得），与 lon 一同填写", example = "37.5131",
            schema = @Schema(type = SchemaType.NUMBER))
    @Pattern(regexp = DECIMAL, message = "纬度格式不正确")
    public String lat;

    @QueryParam("lon")
    @Parameter(description = "附近搜索：所在位置经度（GCJ-02）", example = "122.1204",
            schema = @Schema(type = SchemaType.NUMBER))
    @Pattern(regexp = DECIMAL, message = "经度格式不正确")
    public String lon;

    @QueryParam("radiusKm")
    @Parameter(description = "附近搜索的半径（公里），1 到 50，默认 5", example = "5",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "5"))
    @Pattern(regexp = "^([1-9]|[1-4][0-9]|50)$", message = "半径应为 1 到 50 之间的整数（公里）")
    public String radiusKm;

    @QueryParam("sort")
    @Parameter(description = "排序：RELEVANCE 相关度（有关键词时默认），NEWEST 最新（默认），DISTANCE 距离最近"
            + "（须填位置），PAY 薪酬最高；相同时按发布时间和岗位编号排列，翻页不重复不遗漏",
            schema = @Schema(implementation = JobEnums.Sort.class))
    @Pattern(regexp = "^(RELEVANCE|NEWEST|DISTANCE|PAY)$", message = "排序应为 RELEVANCE、NEWEST、DISTANCE 或 PAY")
    public String sort;

    /** The search as the index runs it; refuses combinations that make no sense. */
    SearchQuery toQuery(long todayEpochDay) {
        String kw = SearchQuery.normalizeKeyword(keyword);
        SearchQuery.Near near = near();
        JobEnums.Sort order = sort == null ? (kw == null ? JobEnums.Sort.NEWEST : JobEnums.Sort.RELEVANCE)
                : JobEnums.Sort.valueOf(sort);
        if (order == JobEnums.Sort.DISTANCE && near == null) {
            throw ProblemException.invalidField("SEARCH_LOCATION_REQUIRED", "lat", "按距离排序时请提供所在位置");
        }
        return new SearchQuery(kw, districtCode, enumOf(JobEnums.Zone.class, zone, "zone"),
                enumOf(JobEnums.Category.class, category, "category"),
                occupationId == null ? null : Integer.valueOf(occupationId),
                enumOf(JobEnums.EmploymentForm.class, employmentForm, "employmentForm"),
                physicalDemand == null ? null : JobEnums.PhysicalDemand.valueOf(physicalDemand), featureMask(),
                minMonthlyPay(), age == null ? null : Integer.valueOf(age), "true".equals(ageFriendlyEmployer), near,
                order, todayEpochDay);
    }

    private SearchQuery.Near near() {
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            throw ProblemException.invalidField("SEARCH_LOCATION_INCOMPLETE", lat == null ? "lat" : "lon",
                    "请同时提供纬度和经度");
        }
        double latitude = Double.parseDouble(lat);
        double longitude = Double.parseDouble(lon);
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw ProblemException.invalidField("SEARCH_LOCATION_INVALID", "lat", "位置超出了地球的范围，请重新定位");
        }
        int radius = radiusKm == null ? DEFAULT_RADIUS_KM : Integer.parseInt(radiusKm);
        return new SearchQuery.Near(latitude, longitude, radius * 1000);
    }

    private int featureMask() {
        int mask = 0;
        for (String feature : features == null ? List.<String>of() : features) {
            mask |= 1 << enumOf(JobEnums.Feature.class, feature, "feature").ordinal();
        }
        return mask;
    }

    private Integer minMonthlyPay() {
        if (minPay == null) {
            return null;
        }
        JobEnums.PayUnit unit = minPayUnit == null ? JobEnums.PayUnit.MONTH : JobEnums.PayUnit.valueOf(minPayUnit);
        return JobRules.monthly(Integer.parseInt(minPay), unit);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(field);
        }
    }
}
