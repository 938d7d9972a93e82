package gongkai.inspection;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** That a revision was imported from a document, whose findings are stored with it. */
@MappedEntity("inspection_source")
record InspectionSource(
        @Id Long disclosureId, String sourceName, int pageCount, Instant createdAt) {}
