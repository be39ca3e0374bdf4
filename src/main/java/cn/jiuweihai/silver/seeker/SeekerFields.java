package cn.jiuweihai.silver.seeker;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The field rules every way of registering shares (the seeker's own form, staff on their behalf,
 * a row of an uploaded file), so the same text is judged the same way everywhere.
 */
public final class SeekerFields {

    static final String TEXT_PATTERN = "[^\\p{Cc}<>]*";

    private SeekerFields() {
    }

    /** A real name: required, at most 32 characters, nothing a page could mistake for markup. */
    @NotBlank(message = "请填写姓名")
    @Size(max = 32, message = "姓名最多32个字")
    @Pattern(regexp = TEXT_PATTERN, message = "姓名中有无法识别的字符")
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface RealName {
        String message() default "姓名不正确";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** An ID number as typed; its content is judged by {@link IdNumber}. */
    @NotBlank(message = "请填写身份证号码")
    @Size(max = 40, message = "身份证号码格式不正确")
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface IdNumberText {
        String message() default "身份证号码格式不正确";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A street and community, optional. */
    @Size(max = 64, message = "街道社区最多64个字")
    @Pattern(regexp = TEXT_PATTERN, message = "街道社区中有无法识别的字符")
    @Constraint(validatedBy = {})
    @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    public @interface Street {
        String message() default "街道社区格式不正确";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
