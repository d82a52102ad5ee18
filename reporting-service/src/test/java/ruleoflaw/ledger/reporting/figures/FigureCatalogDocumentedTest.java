package ruleoflaw.ledger.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;

/** docs/figures.md is the published catalog: every key the service computes is there, in order, and nothing else. */
class FigureCatalogDocumentedTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([a-z]+\\.[A-Za-z.]+) \\|", Pattern.MULTILINE);

    @Test
    void theDocumentedCatalogIsTheComputedOne() throws IOException {
        String documented = Files.readString(Path.of("..", "docs", "figures.md"), StandardCharsets.UTF_8);
        Matcher row = ROW.matcher(documented);
        List<String> keys = new java.util.ArrayList<>();
        while (row.find()) {
            keys.add(row.group(1));
        }
        FigureCatalog catalog = new FigureCatalog(List.of(new StudyFigures(), new LitigationFigures(),
                new OutreachFigures(), new DisclosureFigures(WorkingDays.china())));

        assertThat(keys).containsExactlyElementsOf(catalog.figures().stream().map(Figure::key).toList());
    }
}
