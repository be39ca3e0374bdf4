package cn.jiuweihai.silver.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An occupation as the API shows it. */
@Schema(name = "Occupation")
public record OccupationView(
        @Schema(description = "编号", required = true, examples = "1") int id,
        @Schema(description = "职业名称", required = true, examples = "养老护理员") String name,
        @Schema(description = "职业分类大典（2022版）代码；未确认的为空", examples = "4-10-01-05") String code) {
}
