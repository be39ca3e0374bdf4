package cn.jiuweihai.silver.seeker;

import cn.jiuweihai.silver.auth.RoleSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A user with a registration holds the seeker role. */
@ApplicationScoped
class SeekerRoleSource implements RoleSource {

    private final SeekerRepository seekers;

    SeekerRoleSource(SeekerRepository seekers) {
        this.seekers = seekers;
    }

    @Override
    public Optional<String> roleOf(long userId) {
        return seekers.findByUser(userId).map(seeker -> "seeker");
    }
}
