package cn.jiuweihai.silver.employer;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Invitations and members as an employer's members see them. */
public final class StaffViews {

    private StaffViews() {
    }

    /** A new invitation: the code to read out or the link to share in WeChat. */
    @Schema(name = "EmployerInvitation")
    public record Invitation(
            @Schema(description = "单位编号", required = true, examples = "3") long employerId,
            @Schema(description = "邀请码，只能使用一次", required = true, examples = "K7M2QX9RTA") String code,
            @Schema(description = "小程序内的加入页面，可转发给同事", required = true,
                    examples = "/pages/employer/join?code=K7M2QX9RTA") String link,
            @Schema(description = "过期时间", required = true) Instant expiresAt) {
    }

    /** One member of an employer. No openid or phone number is shown. */
    @Schema(name = "EmployerMember")
    public record Member(
            @Schema(description = "用户编号", required = true, examples = "12") long userId,
            @Schema(description = "角色：OWNER 管理人员，STAFF 工作人员", required = true, examples = "STAFF") String role,
            @Schema(description = "加入时间", required = true) Instant joinedAt) {
    }
}
