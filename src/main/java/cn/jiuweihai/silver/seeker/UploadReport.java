package cn.jiuweihai.silver.seeker;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of each row of an uploaded registration file. */
@Schema(name = "UploadReport")
public record UploadReport(
        @Schema(description = "数据行数（不含表头和空行）", required = true, examples = "1000") int totalRows,
        @Schema(description = "新登记的人数", required = true, examples = "950") int stored,
        @Schema(description = "已经登记过、没有重复保存的人数", required = true, examples = "0") int alreadyRegistered,
        @Schema(description = "有问题、没有登记的行数", required = true, examples = "50") int failed,
        @Schema(description = "逐行结果，按行号排列", required = true) List<RowResult> rows) {

    /** What became of a row. */
    public enum Outcome {
        STORED("已登记"), ALREADY_REGISTERED("已登记过，未重复保存"), FAILED("未登记");

        public final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** One row's result; problems say in plain Chinese what to fix. */
    @Schema(name = "UploadRowResult")
    public record RowResult(
            @Schema(description = "在表格中的行号（表头为第1行）", required = true, examples = "7") int row,
            @Schema(description = "该行填写的姓名", examples = "王秀兰") String realName,
            @Schema(description = "结果：STORED 已登记，ALREADY_REGISTERED 已登记过、未重复保存，FAILED 未登记",
                    required = true)
            Outcome outcome,
            @Schema(description = "结果的中文", required = true, examples = "未登记") String outcomeText,
            @Schema(description = "新登记的求职者编号", examples = "1024") Long seekerId,
            @Schema(description = "未登记的原因，逐条列出", required = true,
                    examples = "[\"身份证号码校验位不正确，请核对每一位数字\"]")
            List<String> problems) {
    }
}
