package cn.jiuweihai.silver.common;

import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

/**
 * When two requests race past a service's own duplicate check, the database's unique key
 * decides. This turns the losing request's key violation into the same 409 the check gives.
 */
final class UniqueConflicts {

    private static final Map<String, ProblemException> BY_KEY = Map.of(
            "uk_seeker_id_number", ProblemException.conflict("SEEKER_ID_NUMBER_TAKEN", "已经登记过了",
                    "这个身份证号码已经登记过，如有疑问请联系所在社区或人社部门"),
            "uk_seeker_user", ProblemException.conflict("SEEKER_ALREADY_REGISTERED", "已经登记过了",
                    "您已经完成求职登记，可以在“我的”里修改信息"),
            "uk_employer_credit_code", ProblemException.conflict("EMPLOYER_CREDIT_CODE_TAKEN", "单位已注册",
                    "这个统一社会信用代码已经注册过，请联系本单位的管理人员邀请您加入"),
            "uk_application_job_seeker", ProblemException.conflict("APPLICATION_DUPLICATE", "已经投递过了",
                    "您已经投递过这个岗位，可以在“我的投递”里查看进度"),
            "uk_invitation_job_seeker", ProblemException.conflict("INVITATION_DUPLICATE", "已经邀请过了",
                    "您已经就这个岗位邀请过这位求职者，请等待对方回复"));

    private UniqueConflicts() {
    }

    static ProblemException of(ConstraintViolationException e) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase(Locale.ROOT);
        return BY_KEY.entrySet().stream()
                .filter(entry -> name.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> ProblemException.conflict("CONFLICT", "操作冲突", "数据已被修改或已存在，请刷新后再试"));
    }
}
