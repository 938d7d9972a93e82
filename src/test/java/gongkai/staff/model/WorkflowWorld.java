package gongkai.staff.model;

import gongkai.account.AccountService;
import gongkai.account.Role;
import gongkai.region.RegionDirectory;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import gongkai.testsupport.WebSession;
import gongkai.unit.UnitService;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One try's own world: two fresh units (a 湖南 one in the reviewer's region, an 内蒙古 one only the
 * administrator reviews), an editor for each, the reviewer and the administrator logged in, and the
 * model: what the sequence has made and what it expects to be true.
 */
final class WorkflowWorld {

    /** A unit of the world, named after a sample so that the sample text imports into it. */
    static final class ModelUnit {
        final long id;
        final String sample;
        final String sampleName;
        final String regionCode;
        String name;
        int renames;

        ModelUnit(long id, String sample, String sampleName, String regionCode, String name) {
            this.id = id;
            this.sample = sample;
            this.sampleName = sampleName;
            this.regionCode = regionCode;
            this.name = name;
        }

        /** The sample as this unit would publish it for a year, under its current name. */
        byte[] document(int year) {
            String text =
                    new String(SampleVariants.forYear(sample, year), StandardCharsets.UTF_8)
                            .replace(sampleName, name);
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    final int tryNo;
    final List<ModelUnit> units = new ArrayList<>();
    final List<WebSession> editors = new ArrayList<>();
    final WebSession reviewer;
    final WebSession admin;
    final WebSession anonymous;

    // --- the model ------------------------------------------------------------------------------
    /** Every disclosure the sequence made, in order: actions pick among these. */
    final List<Long> disclosures = new ArrayList<>();

    final Map<Long, Integer> unitOf = new HashMap<>();

    /** Revisions that a reviewer published (or an administrator imported as published). */
    final Set<Long> everPublished = new HashSet<>();

    /** unit/year → the revision that should be the current publication. */
    final Map<String, Long> currentPublication = new HashMap<>();

    /** disclosure → audit action → how many such events the sequence caused. */
    final Map<Long, Map<String, Integer>> expectedAudit = new HashMap<>();

    /** What happened, one line per step, for the failure message. */
    final List<String> log = new ArrayList<>();

    WorkflowWorld(
            int tryNo,
            URI server,
            AccountService accounts,
            UnitService unitService,
            RegionDirectory regions,
            String adminName,
            String adminPassword) {
        this.tryNo = tryNo;
        addUnit(unitService, regions, Samples.LILING_JUSTICE_BUREAU, "醴陵市司法局");
        addUnit(unitService, regions, Samples.NMG_JUSTICE_DEPARTMENT, "内蒙古自治区司法厅（本级）");
        String password = "model-password-" + tryNo;
        for (int u = 0; u < units.size(); u++) {
            String name = "model-editor-" + tryNo + "-" + u;
            accounts.add(
                    new AccountService.NewAccount(
                            name, Role.UNIT_EDITOR, units.get(u).name, null, password),
                    "model");
            editors.add(login(server, name, password));
        }
        String reviewerName = "model-reviewer-" + tryNo;
        accounts.add(
                new AccountService.NewAccount(
                        reviewerName, Role.REVIEWER, null, "430000", password),
                "model");
        reviewer = login(server, reviewerName, password);
        admin = login(server, adminName, adminPassword);
        anonymous = new WebSession(server);
    }

    private void addUnit(
            UnitService unitService, RegionDirectory regions, String sample, String sampleName) {
        String name = sampleName + "模型" + tryNo;
        String region = regions.locate(name).orElseThrow().code();
        long id = unitService.findOrCreate(name, region, null).id();
        units.add(new ModelUnit(id, sample, sampleName, region, name));
    }

    private static WebSession login(URI server, String user, String password) {
        WebSession s = new WebSession(server);
        HttpResponse<String> r = s.login(user, password);
        if (r.statusCode() != 303
                || !r.headers().firstValue("Location").orElse("").endsWith("/staff")) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode());
        }
        return s;
    }

    /** Unit 0 lies in the reviewer's region; unit 1 only the administrator may review. */
    WebSession reviewerOf(int unit) {
        return unit == 0 ? reviewer : admin;
    }

    long pick(int pick) {
        return disclosures.get(pick % disclosures.size());
    }

    void made(long id, int unit) {
        if (!disclosures.contains(id)) {
            disclosures.add(id);
        }
        unitOf.put(id, unit);
    }

    void audited(long id, String action) {
        expectedAudit.computeIfAbsent(id, k -> new HashMap<>()).merge(action, 1, Integer::sum);
    }

    static String slot(int unit, int year) {
        return unit + "/" + year;
    }
}
