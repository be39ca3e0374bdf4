package cn.jiuweihai.silver.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into the one problem shape. Client mistakes become 4xx answers that say
 * what to fix; only an unexpected fault becomes a 500, logged once, with nothing internal in
 * the body.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response restViolation(ResteasyReactiveViolationException e) {
        return violations(e);
    }

    @ServerExceptionMapper
    public Response violation(ConstraintViolationException e) {
        return violations(e);
    }

    @ServerExceptionMapper
    public Response uniqueKey(org.hibernate.exception.ConstraintViolationException e) {
        return respond(UniqueConflicts.of(e).toProblem());
    }

    @ServerExceptionMapper
    public Response staleUpdate(OptimisticLockException e) {
        return respond(Problem.of(409, "CONCURRENT_UPDATE", "信息已被修改", "这条信息刚刚被修改过，请刷新后再试"));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        // Jackson also pins a syntax error inside a value (a truncated body) on that field.
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(mapping.getCause() instanceof JsonProcessingException)) {
            String field = fieldOf(mapping);
            String message = isChoice(mapping) ? "请从可选的项目中选择" : "这一项的格式不正确，请按提示重新填写";
            return respond(new ProblemException(400, "INVALID_FIELD_FORMAT", "填写的信息有误", message,
                    List.of(new Problem.Violation(field, message))).toProblem());
        }
        return respond(Problem.of(400, "MALFORMED_JSON", "提交的内容无法识别",
                "请求内容不是有效的 JSON，请检查后重试"));
    }

    /** Takes precedence over the built-in mapper of Quarkus, which answers in its own shape. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "FORBIDDEN", "没有权限", "您的账号不能进行这项操作"));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        // JAX-RS answers a query value it cannot convert with a 404 that carries the conversion
        // failure; the address exists, the value was mistyped. EnumParamConverters names it.
        if (e.getCause() instanceof ProblemException problem) {
            return respond(problem.toProblem());
        }
        if (e.getCause() != null) {
            return respond(Problem.of(400, "INVALID_PARAMETER", "查询条件有误", "查询条件中有无法识别的取值，请重新选择后再试"));
        }
        return respond(Problem.of(404, "NOT_FOUND", "没有找到", "请求的地址不存在"));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return respond(Problem.of(405, "METHOD_NOT_ALLOWED", "不支持的操作", "这个地址不支持该请求方式"));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return respond(Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", "提交格式不正确",
                "请以 JSON 格式（Content-Type: application/json）提交"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(Problem.of(status, "REQUEST_REJECTED", "请求无法处理", "请求有误，请检查后重试"));
    }

    /** A body cut off or a connection dropped while the request was read is the client's side. */
    @ServerExceptionMapper
    public Response unreadableRequest(IOException e) {
        return respond(Problem.of(400, "REQUEST_INCOMPLETE", "提交的内容不完整", "请求内容没有完整送达，请检查网络后重试"));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        org.hibernate.exception.ConstraintViolationException keyViolation = causeOf(e,
                org.hibernate.exception.ConstraintViolationException.class);
        if (keyViolation != null) {
            return uniqueKey(keyViolation);
        }
        if (isDatabaseUnavailable(e)) {
            Log.warnf("Database unavailable: %s", e.getClass().getSimpleName());
            return respond(Problem.of(503, "SERVICE_UNAVAILABLE", "系统暂时无法服务",
                    "系统正在维护或繁忙，请稍后再试"));
        }
        Log.error("Unexpected failure while handling a request", e);
        return respond(Problem.of(500, "INTERNAL_ERROR", "系统出了点问题", "请稍后再试；如果一直这样，请联系客服"));
    }

    static Response respond(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    private static Response unauthenticated() {
        return respond(Problem.of(401, "UNAUTHENTICATED", "请先登录", "登录已失效或未登录，请重新登录后再试"));
    }

    private static Response violations(ConstraintViolationException e) {
        List<Problem.Violation> list = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return respond(new Problem(Problem.typeFor("VALIDATION_FAILED"), "填写的信息有误", 400,
                "请按提示修改标出的项目后再提交", "VALIDATION_FAILED", list));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // The field is the last named property; an element of a list is reported as its list.
        List<String> names = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getName)
                .filter(name -> name != null && !name.startsWith("<"))
                .toList();
        return names.isEmpty() ? "body" : names.get(names.size() - 1);
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean isChoice(JsonMappingException e) {
        return e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum();
    }

    /**
     * A lost or unreachable database: a broken link (SQLRecoverableException, Hibernate's
     * JDBCConnectionException), a connection refused, or no pooled connection free in time
     * (the pool reports that as a plain SQLException naming the acquisition timeout).
     */
    private static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof JDBCConnectionException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }
}
