package ruleoflaw.ledger.contracts.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RequiredLawListDetailsTest {

    @Test
    void theListNamesEachLawOnceUnderItsFullNameWithItsTitleStripped() {
        RequiredLawListDetails written = new RequiredLawListDetails(2024, " 2024年应知应会法律清单 ",
                List.of("《宪法》", "中华人民共和国宪法", "科学技术进步法"));

        assertThat(written.checked()).isEqualTo(new RequiredLawListDetails(2024, "2024年应知应会法律清单",
                List.of("中华人民共和国宪法", "中华人民共和国科学技术进步法")));
    }

    @Test
    void aListOfFullNamesIsKeptAsItIs() {
        RequiredLawListDetails longer = new RequiredLawListDetails(2024, "2024年应知应会法律清单",
                List.of("中华人民共和国宪法", "中华人民共和国科学技术进步法", "中华人民共和国保守国家秘密法"));

        assertThat(longer.checked()).isSameAs(longer);
    }
}
