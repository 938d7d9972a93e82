package gongkai.disclosure.store;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DisclosureRepository extends CrudRepository<Disclosure, Long> {

    List<Disclosure> findByUnitIdAndFiscalYearAndKindOrderByRevision(
            Long unitId, int fiscalYear, DisclosureKind kind);

    Optional<Disclosure> findByPublishedSlot(String publishedSlot);

    Optional<Disclosure> findByWorkingSlot(String workingSlot);

    long countByStatus(DisclosureStatus status);

    @Query("SELECT id FROM disclosure WHERE unit_id = :unitId AND status = 'PUBLISHED' ORDER BY id")
    List<Long> publishedIdsOfUnit(long unitId);

    @Query(
            "SELECT COALESCE(MAX(revision), 0) FROM disclosure WHERE unit_id = :unitId AND fiscal_year = :fiscalYear AND kind = :kind")
    int maxRevision(Long unitId, int fiscalYear, String kind);
}
