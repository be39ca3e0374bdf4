package cn.jiuweihai.silver.seeker;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The privacy notice a seeker reads and accepts before registering. */
@Schema(name = "PrivacyNotice")
public record PrivacyNotice(
        @Schema(description = "版本，登记时原样提交", required = true, examples = "2026-12") String version,
        @Schema(description = "告知内容", required = true) String text) {

    static final String TEXT = "威海市人力资源和社会保障局“银发招聘专区”收集您的姓名、身份证号码、手机号码和居住地，"
            + "仅用于求职登记、岗位推荐和就业服务。身份证号码和手机号码加密保存，只在您投递或接受邀约后"
            + "向对应用人单位提供联系方式。您可以随时查看、修改或注销登记。";
}
