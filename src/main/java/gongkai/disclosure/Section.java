package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A narrative section; {@code sectionKey} is a {@link SectionKey} name or null for a non-standard
 * section.
 */
@MappedEntity("section")
public record Section(
        @Id @GeneratedValue Long id,
        Long disclosureId,
        int position,
        @Nullable String sectionKey,
        String title,
        String body) {}
