package ruleoflaw.ledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderValuesTest {

    /** The expression StrictHttpFirewall compiles for header values (Spring Security 6.5). */
    @Test
    void allowsWhatTheFirewallsRegularExpressionAllows() {
        List<String> values = List.of("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiLms5XliLbnp5HlvKDkuIkifQ.c2ln-_", "",
                "application/json; charset=utf-8", "a\tb", "法制科张三", "😀 emoji", "line\nbreak", "nul\u0000",
                "del\u007f", "c1\u0085", "unassigned\u0378", "lone\ud800surrogate", "bell\u0007");
        for (String value : values) {
            assertThat(HeaderValues.allowed(value)).as(value)
                    .isEqualTo(java.util.regex.Pattern.matches("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*", value));
        }
        assertThat(HeaderValues.allowed("line\nbreak")).isFalse();
        assertThat(HeaderValues.allowed("法制科张三\t")).isTrue();
    }
}
