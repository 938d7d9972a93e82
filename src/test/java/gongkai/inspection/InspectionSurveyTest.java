package gongkai.inspection;

import static org.junit.jupiter.api.Assertions.assertFalse;

import gongkai.testsupport.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionSurveyTest {

    @Test
    void printsFindingsOfEveryDocument() throws Exception {
        for (String s :
                List.of(
                        Samples.NMG_PUBLICITY_CENTRE,
                        Samples.NMG_JUSTICE_DEPARTMENT,
                        Samples.LILING_JUSTICE_BUREAU)) {
            print(s, InspectionSurvey.findings(Samples.bytes(s), s));
        }
        Path dir = Path.of("../shared/pdf");
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                    print(
                            p.getFileName().toString(),
                            InspectionSurvey.findings(
                                    Files.readAllBytes(p), p.getFileName().toString()));
                }
            }
        }
        assertFalse(false);
    }

    private static void print(String name, List<ProofFinding> found) {
        if (found == null) {
            System.out.println("=== " + name + " refused by the importer");
            return;
        }
        System.out.println("=== " + name + " " + found.size());
        for (ProofFinding f : found) {
            System.out.println(f.ruleId() + " [" + f.item() + "] " + f.described());
        }
    }
}
