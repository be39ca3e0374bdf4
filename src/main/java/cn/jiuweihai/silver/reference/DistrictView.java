package cn.jiuweihai.silver.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A division of Weihai as the API shows it. */
@Schema(name = "District")
public record DistrictView(
        @Schema(description = "区划代码", required = true, examples = "371002") String code,
        @Schema(description = "名称", required = true, examples = "环翠区") String name,
        @Schema(description = "代码来源：GB_T_2260 国家标准行政区划代码；STATS_AREA 统计用区划代码（开发区）",
                required = true, enumeration = {"GB_T_2260", "STATS_AREA"}) String codeKind) {
}
