package gongkai.disclosure;

import gongkai.disclosure.store.AmountRepository;
import gongkai.disclosure.store.CatalogRepository;
import gongkai.disclosure.store.ContentRepository;
import gongkai.disclosure.store.DisclosureRepository;
import gongkai.region.RegionDirectory;
import gongkai.unit.UnitService;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog, except that reading the disclosures in {@link #BROKEN} always throws: an outbox
 * entry for one of them fails every time it is applied. Only in tests that set {@code
 * gongkai.test.failing-catalog=true}.
 */
@Singleton
@Replaces(DisclosureCatalog.class)
@Requires(property = "gongkai.test.failing-catalog", value = "true")
public class FailingCatalog extends DisclosureCatalog {

    public static final Set<Long> BROKEN = ConcurrentHashMap.newKeySet();

    FailingCatalog(
            CatalogRepository catalog,
            AmountRepository amounts,
            ContentRepository content,
            DisclosureRepository disclosures,
            UnitService units,
            RegionDirectory regions) {
        super(catalog, amounts, content, disclosures, units, regions);
    }

    @Override
    public Optional<DisclosureDocument> document(long id) {
        if (BROKEN.contains(id)) {
            throw new IllegalStateException("disclosure " + id + " cannot be read (test)");
        }
        return super.document(id);
    }
}
