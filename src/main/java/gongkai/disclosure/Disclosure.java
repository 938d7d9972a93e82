package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One revision of a unit's disclosure for a fiscal year. The slots carry the "one live revision"
 * rule into the database: {@code publishedSlot} is set only while PUBLISHED, {@code workingSlot}
 * only while in progress, and each is unique.
 */
@MappedEntity("disclosure")
public record Disclosure(
        @Id @GeneratedValue Long id,
        Long unitId,
        int fiscalYear,
        DisclosureKind kind,
        DisclosureStatus status,
        int revision,
        @Nullable String publishedSlot,
        @Nullable String workingSlot,
        @Nullable Instant publishedAt,
        @Nullable String headOfUnit,
        @Nullable String headOfFinance,
        @Nullable String preparer,
        @Nullable LocalDate reportDate,
        @Nullable String contactPerson,
        @Nullable String contactPhone,
        @Nullable MoneyUnit sourceMoneyUnit,
        @Nullable String correctionNote,
        @Nullable String reviewComment,
        @Nullable String warningExplanation,
        @Nullable @DateCreated Instant createdAt,
        @Nullable @DateUpdated Instant updatedAt,
        @Nullable @Version Long version) {

    /** A new revision in the given status (slots derived from it). */
    public static Disclosure create(
            long unitId,
            int fiscalYear,
            DisclosureKind kind,
            int revision,
            DisclosureStatus status,
            Instant now,
            Profile profile,
            MoneyUnit sourceMoneyUnit,
            String correctionNote) {
        Disclosure d =
                new Disclosure(
                        null,
                        unitId,
                        fiscalYear,
                        kind,
                        DisclosureStatus.DRAFT,
                        revision,
                        null,
                        null,
                        null,
                        profile.headOfUnit(),
                        profile.headOfFinance(),
                        profile.preparer(),
                        profile.reportDate(),
                        profile.contactPerson(),
                        profile.contactPhone(),
                        sourceMoneyUnit,
                        correctionNote,
                        null,
                        null,
                        null,
                        null,
                        null);
        return d.withStatus(status, now);
    }

    /** The same revision in another status; publishing stamps the time. */
    public Disclosure withStatus(DisclosureStatus newStatus, Instant now) {
        String slot = unitId + "/" + fiscalYear + "/" + kind;
        Instant published =
                newStatus == DisclosureStatus.PUBLISHED && publishedAt == null ? now : publishedAt;
        return new Disclosure(
                id,
                unitId,
                fiscalYear,
                kind,
                newStatus,
                revision,
                newStatus == DisclosureStatus.PUBLISHED ? slot : null,
                newStatus.inProgress() ? slot : null,
                published,
                headOfUnit,
                headOfFinance,
                preparer,
                reportDate,
                contactPerson,
                contactPhone,
                sourceMoneyUnit,
                correctionNote,
                reviewComment,
                warningExplanation,
                createdAt,
                updatedAt,
                version);
    }

    /** The same revision with another profile (单位负责人 … 联系电话). */
    public Disclosure withProfile(Profile p) {
        return new Disclosure(
                id,
                unitId,
                fiscalYear,
                kind,
                status,
                revision,
                publishedSlot,
                workingSlot,
                publishedAt,
                p.headOfUnit(),
                p.headOfFinance(),
                p.preparer(),
                p.reportDate(),
                p.contactPerson(),
                p.contactPhone(),
                sourceMoneyUnit,
                correctionNote,
                reviewComment,
                warningExplanation,
                createdAt,
                updatedAt,
                version);
    }

    /** The same revision with the reviewer's comment and the editor's explanation of warnings. */
    public Disclosure withReview(@Nullable String comment, @Nullable String explanation) {
        return new Disclosure(
                id,
                unitId,
                fiscalYear,
                kind,
                status,
                revision,
                publishedSlot,
                workingSlot,
                publishedAt,
                headOfUnit,
                headOfFinance,
                preparer,
                reportDate,
                contactPerson,
                contactPhone,
                sourceMoneyUnit,
                correctionNote,
                comment,
                explanation,
                createdAt,
                updatedAt,
                version);
    }

    /** The same revision as the client last saw it: an update with a stale version is refused. */
    public Disclosure withVersion(long seenVersion) {
        return new Disclosure(
                id,
                unitId,
                fiscalYear,
                kind,
                status,
                revision,
                publishedSlot,
                workingSlot,
                publishedAt,
                headOfUnit,
                headOfFinance,
                preparer,
                reportDate,
                contactPerson,
                contactPhone,
                sourceMoneyUnit,
                correctionNote,
                reviewComment,
                warningExplanation,
                createdAt,
                updatedAt,
                seenVersion);
    }

    public Profile profile() {
        return new Profile(
                headOfUnit, headOfFinance, preparer, reportDate, contactPerson, contactPhone);
    }

    /**
     * 单位负责人, 财务负责人, 编制人, 报送日期, 联系人, 联系电话: any may be missing from a report (the API leaves it out
     * then, so the published schema must not call it required).
     */
    @io.micronaut.serde.annotation.Serdeable
    public record Profile(
            @io.micronaut.core.annotation.Nullable String headOfUnit,
            @io.micronaut.core.annotation.Nullable String headOfFinance,
            @io.micronaut.core.annotation.Nullable String preparer,
            @io.micronaut.core.annotation.Nullable LocalDate reportDate,
            @io.micronaut.core.annotation.Nullable String contactPerson,
            @io.micronaut.core.annotation.Nullable String contactPhone) {}
}
