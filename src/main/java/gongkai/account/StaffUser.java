package gongkai.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/** The logged-in staff member as controllers need it: name, role and scope. */
public record StaffUser(
        String username, Role role, @Nullable Long unitId, @Nullable String regionCode) {

    public static StaffUser of(Authentication authentication) {
        Role role = authentication.getRoles().stream().map(Role::valueOf).findFirst().orElseThrow();
        Object unit = authentication.getAttributes().get(StaffAuthenticationProvider.UNIT_ID);
        Object region = authentication.getAttributes().get(StaffAuthenticationProvider.REGION_CODE);
        return new StaffUser(
                authentication.getName(),
                role,
                unit == null ? null : Long.valueOf(unit.toString()),
                region == null ? null : region.toString());
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
