package gongkai.staff;

import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.region.RegionCodes;
import gongkai.unit.Unit;

/**
 * Who may touch which unit's disclosures. An editor edits its own unit; a reviewer reviews the
 * units of its region (by code prefix: 430000 covers every 43xxxx) or those its supervising unit
 * heads; an administrator may do both everywhere.
 */
public final class Scope {

    private Scope() {}

    public static boolean canEdit(StaffUser user, Unit unit) {
        return user.role() == Role.ADMIN
                || user.role() == Role.UNIT_EDITOR && unit.id().equals(user.unitId());
    }

    static boolean canReview(StaffUser user, Unit unit) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        if (user.role() != Role.REVIEWER) {
            return false;
        }
        if (user.unitId() != null
                && (unit.id().equals(user.unitId()) || user.unitId().equals(unit.parentUnitId()))) {
            return true;
        }
        return user.regionCode() != null
                && RegionCodes.within(unit.regionCode(), user.regionCode());
    }

    /**
     * The same rules as {@link #canEdit} and {@link #canReview}, as a filter the database applies.
     */
    static DisclosureCatalog.StaffView view(StaffUser user) {
        return switch (user.role()) {
            case ADMIN -> new DisclosureCatalog.StaffView(true, null, null, null);
            case UNIT_EDITOR -> new DisclosureCatalog.StaffView(false, user.unitId(), null, null);
            case REVIEWER ->
                    new DisclosureCatalog.StaffView(
                            false,
                            null,
                            user.unitId(),
                            user.regionCode() == null
                                    ? null
                                    : RegionCodes.prefix(user.regionCode()));
        };
    }
}
