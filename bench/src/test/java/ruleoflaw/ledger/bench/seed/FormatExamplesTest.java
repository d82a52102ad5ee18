package ruleoflaw.ledger.bench.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatExamplesTest {

    @Test
    void theNonBlankLinesOfJsonBlocksOnlyInDocumentOrder() {
        String markdown = """
                # The ledger format

                ```json
                {"type": "study.session", "id": "a"}

                {"type": "study.exam", "id": "b"}
                ```

                Not an example: {"type": "x"}

                ```bash
                bin/suite import ledger.jsonl
                ```

                ```
                {"type": "plain fence", "id": "c"}
                ```

                ```json
                {"type": "legal.case", "id": "d"}
                ```
                """;

        assertThat(FormatExamples.of(markdown)).containsExactly("{\"type\": \"study.session\", \"id\": \"a\"}",
                "{\"type\": \"study.exam\", \"id\": \"b\"}", "{\"type\": \"legal.case\", \"id\": \"d\"}");
    }

    @Test
    void aFenceWithMoreAfterJsonIsNoExampleAndWindowsLineEndsAreLineEnds() {
        String markdown = "```jsonc\r\n{\"type\": \"x\"}\r\n```\r\n```json\r\n{\"type\": \"y\"}\r\n```\r\n";

        assertThat(FormatExamples.of(markdown)).containsExactly("{\"type\": \"y\"}");
    }

    @Test
    void anUnclosedBlockRunsToTheEnd() {
        assertThat(FormatExamples.of("```json\n{\"a\": 1}\n{\"b\": 2}")).containsExactly("{\"a\": 1}", "{\"b\": 2}");
    }

    @Test
    void theLedgerFormatDocumentHasAnExampleOfEveryKindOfLine() throws Exception {
        String document = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/ledger-format.md"));

        assertThat(FormatExamples.of(document)).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"type\""))
                .anySatisfy(line -> assertThat(line).contains(".correction\""))
                .anySatisfy(line -> assertThat(line).contains(".withdrawal\""));
    }
}
