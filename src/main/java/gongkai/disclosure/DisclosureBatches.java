package gongkai.disclosure;

import gongkai.disclosure.store.ContentBatchRepository;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole disclosures read many at a time, for readers of the entire corpus (the bulk files): one
 * query per kind of content for a batch instead of one per kind and disclosure.
 */
@Singleton
public class DisclosureBatches {

    private final ContentBatchRepository batches;
    private final UnitService units;
    private final RegionDirectory regions;

    DisclosureBatches(ContentBatchRepository batches, UnitService units, RegionDirectory regions) {
        this.batches = batches;
        this.units = units;
        this.regions = regions;
    }

    /**
     * The documents of these ids that exist, in id order, read with one query per kind of content
     * for all of them (the bulk files read the corpus this way, a batch at a time). The same
     * documents as {@link DisclosureCatalog#document} gives one by one.
     */
    public List<DisclosureDocument> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Disclosure> found = batches.findByIdInOrderById(ids);
        Map<Long, Unit> unitsById = new HashMap<>();
        units.byIds(found.stream().map(Disclosure::unitId).distinct().toList())
                .forEach(u -> unitsById.put(u.id(), u));
        Map<Long, List<Section>> sections = new HashMap<>();
        batches.sections(ids)
                .forEach(
                        s ->
                                sections.computeIfAbsent(s.disclosureId(), k -> new ArrayList<>())
                                        .add(s));
        Map<Long, List<DisclosureTable>> tables = new HashMap<>();
        batches.tables(ids)
                .forEach(
                        t ->
                                tables.computeIfAbsent(t.disclosureId(), k -> new ArrayList<>())
                                        .add(t));
        Map<Long, List<DisclosureDocument.RowView>> rows =
                DocumentAssembler.rowsByTable(
                        batches.lineItems(ids),
                        DocumentAssembler.amountsByLine(batches.amounts(ids)));
        Map<Long, List<PerformanceProject>> projects = new HashMap<>();
        batches.projects(ids)
                .forEach(
                        p ->
                                projects.computeIfAbsent(p.disclosureId(), k -> new ArrayList<>())
                                        .add(p));
        Map<Long, List<PerformanceIndicator>> indicators =
                DocumentAssembler.indicatorsByProject(batches.indicators(ids));
        Map<String, DisclosureDocument.RegionRef> regionRefs = new HashMap<>();
        List<DisclosureDocument> documents = new ArrayList<>(found.size());
        for (Disclosure d : found) {
            Unit unit = unitsById.get(d.unitId());
            documents.add(
                    DocumentAssembler.assemble(
                            d,
                            unit,
                            regionRefs.computeIfAbsent(
                                    unit.regionCode(),
                                    code -> DocumentAssembler.region(regions, code)),
                            sections.getOrDefault(d.id(), List.of()),
                            tables.getOrDefault(d.id(), List.of()),
                            rows,
                            projects.getOrDefault(d.id(), List.of()),
                            indicators));
        }
        return documents;
    }
}
