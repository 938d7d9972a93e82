package gongkai.testsupport;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import gongkai.importer.report.ImportReport;

/** The id an import stored, or the test fails with the import's own errors. */
public final class Imported {

    private Imported() {}

    public static long stored(ImportReport r) {
        assertNotNull(r.disclosureId(), () -> "import failed: " + r.errors());
        return r.disclosureId();
    }
}
