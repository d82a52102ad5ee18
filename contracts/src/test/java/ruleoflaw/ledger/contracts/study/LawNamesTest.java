package ruleoflaw.ledger.contracts.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LawNamesTest {

    @Test
    void theWaysPeopleWriteALawAreOneLaw() {
        assertThat(LawNames.canonical(List.of("《宪法》", "宪法", "中华人民共和国宪法", " 《中华人民共和国宪法》 ")))
                .containsExactly("中华人民共和国宪法");
    }

    @Test
    void shortNamesFromTheAliasTableAndTheRuleMeetTheFullName() {
        assertThat(LawNames.canonical("保密法")).isEqualTo("中华人民共和国保守国家秘密法");
        assertThat(LawNames.canonical("《保守国家秘密法》")).isEqualTo("中华人民共和国保守国家秘密法");
        assertThat(LawNames.canonical("科学技术进步法")).isEqualTo("中华人民共和国科学技术进步法");
        assertThat(LawNames.canonical("政府信息公开条例")).isEqualTo("中华人民共和国政府信息公开条例");
    }

    @Test
    void localRegulationsAndOtherTextsKeepTheirName() {
        assertThat(LawNames.canonical("重庆市科学技术普及条例")).isEqualTo("重庆市科学技术普及条例");
        assertThat(LawNames.canonical("习近平法治思想")).isEqualTo("习近平法治思想");
    }
}
