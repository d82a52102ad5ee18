package ruleoflaw.ledger.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.cli.testing.LedgerRun;

/** What Python 3 printed for the same values (json.dumps, repr): the request bodies must be the same bytes. */
class PythonJsonTest {

    private static final String NUMBERS = "{\"a\": 2.0, \"b\": 0.1, \"c\": 1e-05, \"d\": 1e+16, \"e\": "
            + "1000000000000000.0, \"f\": 123456789012345678901234567890, \"g\": -0.0, \"h\": 1.5e-07, \"i\": 0.0001, "
            + "\"j\": 3.14159, \"k\": 1e+22, \"l\": 5e-324, \"m\": 1.7976931348623157e+308, \"n\": 100.0, \"o\": 0.3, "
            + "\"p\": 2.675}";

    @Test
    void writesNumbersAsPythonDoes() throws Exception {
        assertThat(PythonJson.dumps(Json.parse(NUMBERS))).isEqualTo(NUMBERS);
        assertThat(PythonJson.dumps(Json.parse("{\"x\": 1.50, \"y\": 15E2, \"z\": -0, \"w\": NaN}")))
                .isEqualTo("{\"x\": 1.5, \"y\": 1500.0, \"z\": 0, \"w\": NaN}");
        assertThat(PythonText.repr(Json.parse(NUMBERS))).isEqualTo(NUMBERS.replace('"', '\''));
    }

    @Test
    void writesStringsAsPythonDoes() throws Exception {
        String value = "{\"s\": \"学习\\\"宪法\\\"\\n\\t\\\\/\\u0001\\u007f\\u2028😀\", \"t\": true, \"u\": null, "
                + "\"v\": [], \"w\": {}, \"x\": [1, [2, {}]]}";

        assertThat(PythonJson.dumps(Json.parse(value))).isEqualTo(
                "{\"s\": \"学习\\\"宪法\\\"\\n\\t\\\\/\\u0001\u007f\u2028😀\", \"t\": true, \"u\": null, \"v\": [], "
                        + "\"w\": {}, \"x\": [1, [2, {}]]}");
        assertThat(PythonJson.dumpsAscii(Json.parse(value))).isEqualTo(
                "{\"s\": \"\\u5b66\\u4e60\\\"\\u5baa\\u6cd5\\\"\\n\\t\\\\/\\u0001\\u007f\\u2028\\ud83d\\ude00\", "
                        + "\"t\": true, \"u\": null, \"v\": [], \"w\": {}, \"x\": [1, [2, {}]]}");
        assertThat(PythonText.repr(Json.parse(value))).isEqualTo(
                "{'s': '学习\"宪法\"\\n\\t\\\\/\\x01\\x7f\\u2028😀', 't': True, 'u': None, 'v': [], 'w': {}, "
                        + "'x': [1, [2, {}]]}");
        assertThat(List.of("it's", "a\"b'c", "x\\y\n\u0001\u007f é").stream()
                .map(text -> PythonText.repr(Json.nodes().textNode(text))))
                .containsExactly("\"it's\"", "'a\"b\\'c'", "'x\\\\y\\n\\x01\\x7f é'");
    }

    @Test
    void writesEveryLineOfTheReferenceYearAsItStands() throws IOException, Json.InvalidJson {
        List<String> lines = Files.readAllLines(LedgerRun.ROOT.resolve("samples/kjj-2024.jsonl"), StandardCharsets.UTF_8);

        for (String line : lines.stream().filter(line -> !line.isBlank()).toList()) {
            assertThat(PythonJson.dumps(Json.parse(line))).isEqualTo(line);
        }
        assertThat(lines).hasSizeGreaterThan(100);
    }

    @Test
    void formatsAndRoundsHalfToEvenOnTheExactValue() {
        double[] values = {0.125, 0.375, 2.5, 3.5, 1.05, 26.25};
        String[] whole = {"0", "0", "2", "4", "1", "26"};
        String[] tenths = {"0.1", "0.4", "2.5", "3.5", "1.1", "26.2"};
        for (int i = 0; i < values.length; i++) {
            assertThat(PythonNumbers.fixed(values[i], 0)).isEqualTo(whole[i]);
            assertThat(PythonNumbers.fixed(values[i], 1)).isEqualTo(tenths[i]);
            assertThat(PythonNumbers.repr(PythonNumbers.round(values[i], 1))).isEqualTo(tenths[i]);
        }
        assertThat(PythonNumbers.fixed(0.125, 2)).isEqualTo("0.12");
    }
}
