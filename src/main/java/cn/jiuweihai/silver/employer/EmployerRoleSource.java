package cn.jiuweihai.silver.employer;

import cn.jiuweihai.silver.auth.RoleSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A user who is a member of any employer holds the employer role. */
@ApplicationScoped
class EmployerRoleSource implements RoleSource {

    private final EmployerService employers;

    EmployerRoleSource(EmployerService employers) {
        this.employers = employers;
    }

    @Override
    public Optional<String> roleOf(long userId) {
        return employers.isAnyMember(userId) ? Optional.of("employer") : Optional.empty();
    }
}
