package cn.jiuweihai.silver.seeker;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart form of a registration upload: the file and the privacy notice printed on the forms. */
@Schema(name = "RegistrationUpload")
public class UploadForm {

    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = "登记表：.xlsx 或 .csv（UTF-8 或 GB18030），最大1MB、5000行。第一行为表头：姓名、身份证号码、"
                    + "手机号码、区市（名称或代码）、街道社区（可不填）、本人签字同意（填“是”）、登记表编号（可不填）")
    public FileUpload file;

    @RestForm("privacyVersion")
    @Schema(type = SchemaType.STRING, required = true, examples = "2026-12",
            description = "纸质登记表上印的、本人签字同意的隐私政策版本")
    public String privacyVersion;
}
