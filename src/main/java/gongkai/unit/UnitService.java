package gongkai.unit;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Finds and registers units; the only writer of table {@code unit}. */
@Singleton
public class UnitService {

    private final UnitRepository units;

    UnitService(UnitRepository units) {
        this.units = units;
    }

    public Optional<Unit> byId(long id) {
        return units.findById(id);
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

    /** The unit of that name in that region, registered first if it is new. */
    public Unit findOrCreate(String name, String regionCode, String kind) {
        return units.findByRegionCodeAndName(regionCode, name)
                .orElseGet(() -> units.save(Unit.of(name, regionCode, kind)));
    }
}
