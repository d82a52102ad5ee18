package ruleoflaw.ledger.bench.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ImportCopiesTest {

    private static final String FILE = """
            {"type": "outreach.contestSeries", "id": "series", "title": "知识竞赛"}
            {"type": "outreach.contestEdition", "id": "edition", "seriesId": "series", "title": "第一届"}

            {"type": "legal.case.defence", "id": "case-defence", "of": "case", "filedOn": "2024-04-02", "note": "series"}
            """;

    @Test
    void eachCopyHasNewIdsAndRefersToItsOwnLinesInTheirOrder() {
        List<String> lines = ImportCopies.of(FILE, "bench", 7);

        assertThat(lines).containsExactly(
                "{\"type\": \"outreach.contestSeries\", \"id\": \"bench-0-series\", \"title\": \"知识竞赛\"}",
                "{\"type\": \"outreach.contestEdition\", \"id\": \"bench-0-edition\", \"seriesId\": \"bench-0-series\", "
                        + "\"title\": \"第一届\"}",
                "{\"type\": \"legal.case.defence\", \"id\": \"bench-0-case-defence\", \"of\": \"case\", "
                        + "\"filedOn\": \"2024-04-02\", \"note\": \"bench-0-series\"}",
                "{\"type\": \"outreach.contestSeries\", \"id\": \"bench-1-series\", \"title\": \"知识竞赛\"}",
                "{\"type\": \"outreach.contestEdition\", \"id\": \"bench-1-edition\", \"seriesId\": \"bench-1-series\", "
                        + "\"title\": \"第一届\"}",
                "{\"type\": \"legal.case.defence\", \"id\": \"bench-1-case-defence\", \"of\": \"case\", "
                        + "\"filedOn\": \"2024-04-02\", \"note\": \"bench-1-series\"}",
                "{\"type\": \"outreach.contestSeries\", \"id\": \"bench-2-series\", \"title\": \"知识竞赛\"}");
    }
}
