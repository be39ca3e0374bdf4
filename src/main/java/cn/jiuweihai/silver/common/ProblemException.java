package cn.jiuweihai.silver.common;

import java.util.List;

/**
 * A client-facing failure: carries the HTTP status, the stable code and the Chinese text of
 * the problem answer. Services throw it; {@link ProblemMappers} turns it into the response.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, null);
    }

    public ProblemException(int status, String code, String title, String detail,
            List<Problem.Violation> violations) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.violations = violations;
    }

    public static ProblemException badRequest(String code, String title, String detail) {
        return new ProblemException(400, code, title, detail);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(404, code, "没有找到", detail);
    }

    public static ProblemException conflict(String code, String title, String detail) {
        return new ProblemException(409, code, title, detail);
    }

    public static ProblemException forbidden(String code, String title, String detail) {
        return new ProblemException(403, code, title, detail);
    }

    /** A single invalid field, answered as a validation failure that names it. */
    public static ProblemException invalidField(String code, String field, String message) {
        return new ProblemException(400, code, "填写的信息有误", message,
                List.of(new Problem.Violation(field, message)));
    }

    /** A query or path parameter whose value is not one of the allowed choices. */
    public static ProblemException invalidParameter(String name) {
        String message = "请从可选的项目中选择";
        return new ProblemException(400, "INVALID_PARAMETER", "查询条件有误", message,
                List.of(new Problem.Violation(name, message)));
    }

    public Problem toProblem() {
        return new Problem(Problem.typeFor(code), title, status, detail, code, violations);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
