package cn.jiuweihai.silver.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one error body of the API (RFC 9457 problem details) with a stable machine code and
 * plain Chinese text the mini-program can show as it is. Its schema and the shared error
 * responses are declared in {@code META-INF/openapi.yaml}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code,
        List<Violation> violations) {

    /** One field that failed validation. */
    public record Violation(String field, String message) {
    }

    static final String TYPE_BASE = "https://jiuweihai.cn/problems/";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(typeFor(code), title, status, detail, code, null);
    }

    static String typeFor(String code) {
        return TYPE_BASE + code.toLowerCase().replace('_', '-');
    }
}
