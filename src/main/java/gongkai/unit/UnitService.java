package gongkai.unit;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and registers units; the only writer of table {@code unit}. */
@Singleton
public class UnitService {

    private final UnitRepository units;
    private final ApplicationEventPublisher<UnitChanged> changes;

    UnitService(UnitRepository units, ApplicationEventPublisher<UnitChanged> changes) {
        this.units = units;
        this.changes = changes;
    }

    public Optional<Unit> byId(long id) {
        return units.findById(id);
    }

    /** The units of these ids that exist (one query for all of them). */
    public List<Unit> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : units.findByIdIn(ids);
    }

    public List<Unit> byName(String name) {
        return units.findByName(name);
    }

    public List<Unit> all() {
        return units.findAllOrderByName();
    }

    public long count() {
        return units.count();
    }

    /** A rejected unit change, with the form field it concerns and a Chinese message. */
    public static class InvalidUnitException extends RuntimeException {
        private final String field;

        public InvalidUnitException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Registers a unit; its name must be new within its region. */
    public Unit create(
            String name,
            String regionCode,
            @io.micronaut.core.annotation.Nullable String kind,
            @io.micronaut.core.annotation.Nullable Long parentUnitId) {
        checkNameFree(name, regionCode, null);
        checkParent(null, parentUnitId);
        return units.save(new Unit(null, name, regionCode, parentUnitId, kind));
    }

    /**
     * Renames a unit or changes its region, kind or supervising unit; the name stays unique within
     * the region. Announces {@link UnitChanged} in the same transaction, so its published reports
     * are queued for reindexing together with the change or not at all.
     */
    @Transactional
    public Unit update(
            long id,
            String name,
            String regionCode,
            @io.micronaut.core.annotation.Nullable String kind,
            @io.micronaut.core.annotation.Nullable Long parentUnitId) {
        Unit old = units.findById(id).orElseThrow(() -> new InvalidUnitException("id", "该单位不存在。"));
        checkNameFree(name, regionCode, id);
        checkParent(id, parentUnitId);
        Unit updated = units.update(new Unit(old.id(), name, regionCode, parentUnitId, kind));
        changes.publishEvent(new UnitChanged(id));
        return updated;
    }

    private void checkNameFree(
            String name, String regionCode, @io.micronaut.core.annotation.Nullable Long self) {
        units.findByRegionCodeAndName(regionCode, name)
                .filter(u -> !u.id().equals(self))
                .ifPresent(
                        u -> {
                            throw new InvalidUnitException("name", "该行政区划内已有名为“" + name + "”的单位。");
                        });
    }

    private void checkParent(
            @io.micronaut.core.annotation.Nullable Long self,
            @io.micronaut.core.annotation.Nullable Long parentUnitId) {
        if (parentUnitId == null) {
            return;
        }
        // Walk up from the new parent: reaching the unit itself would make a cycle.
        Long current = parentUnitId;
        for (int depth = 0; current != null && depth < 50; depth++) {
            if (current.equals(self)) {
                throw new InvalidUnitException("parentUnitId", "主管单位不能是该单位本身或其下属单位。");
            }
            Unit u = units.findById(current).orElse(null);
            if (u == null) {
                throw new InvalidUnitException("parentUnitId", "所选主管单位不存在。");
            }
            current = u.parentUnitId();
        }
    }

    /** The unit of that name in that region, registered first if it is new. */
    public Unit findOrCreate(String name, String regionCode, String kind) {
        return units.findByRegionCodeAndName(regionCode, name)
                .orElseGet(() -> units.save(Unit.of(name, regionCode, kind)));
    }
}
