package ruleoflaw.ledger.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Writes the reference year's two published reports to {@code target/documents/} (kjj-2024-rule-of-law.docx,
 * kjj-2024-disclosure.docx), where {@code .ci/documents-pdf} turns them into PDF with LibreOffice and checks their
 * pages, page numbers and 落款.
 */
class PrintedDocumentsTest {

    static final Path OUT = Path.of("target", "documents");

    @Test
    void theReferenceYearsPublishedReportsAreWrittenForPrinting() throws IOException {
        Files.createDirectories(OUT);
        Path ruleOfLaw = Files.write(OUT.resolve("kjj-2024-rule-of-law.docx"),
                ReferenceYearDocuments.docx(ReferenceYearDocuments.ruleOfLaw(true)));
        Path disclosure = Files.write(OUT.resolve("kjj-2024-disclosure.docx"),
                ReferenceYearDocuments.docx(ReferenceYearDocuments.disclosure(true)));

        assertThat(Files.size(ruleOfLaw)).isPositive();
        assertThat(Files.size(disclosure)).isPositive();
    }
}
