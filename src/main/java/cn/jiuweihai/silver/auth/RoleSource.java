package cn.jiuweihai.silver.auth;

import java.util.Optional;

/**
 * A feature that grants a WeChat user a role by what it holds for them (a seeker profile, an
 * employer membership). Login asks every source, so auth depends on no feature.
 */
public interface RoleSource {

    /** The role name, e.g. {@code seeker}, when the user has it. */
    Optional<String> roleOf(long userId);
}
