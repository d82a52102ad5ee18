package ruleoflaw.ledger.reporting.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.reporting.document.Narrative;
import ruleoflaw.ledger.reporting.document.RequiredSections;
import ruleoflaw.ledger.reporting.document.Section;

/**
 * The two statutory annual reports of a department, each with the day of the following year it must be public
 * by, and the figures of the catalog it reports on.
 */
public enum Kind {

    /** 法治政府建设年度报告: public before 1 April (《法治政府建设与责任落实督察工作规定》). */
    RULE_OF_LAW("rule-of-law", "法治政府建设年度报告", MonthDay.of(4, 1), List.of()),
    /** 政府信息公开工作年度报告: by 31 January (《政府信息公开条例》 art. 49–50); its tables' figures only. */
    DISCLOSURE("disclosure", "政府信息公开工作年度报告", MonthDay.of(1, 31),
            List.of("disclosure.", "normative.", "services.", "legal.litigation.", "legal.reconsideration."));

    private final String slug;
    private final String title;
    private final MonthDay due;
    private final List<String> figurePrefixes;

    Kind(String slug, String title, MonthDay due, List<String> figurePrefixes) {
        this.slug = slug;
        this.title = title;
        this.due = due;
        this.figurePrefixes = figurePrefixes;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The report of {@code year}: one per kind and year, the department being the installation's. */
    public String reportId(int year) {
        return slug + "-" + year;
    }

    /** The last day the report of {@code year} may be published. */
    public LocalDate deadline(int year) {
        return due.atYear(year + 1);
    }

    /** Whether the figure with {@code key} is one this report states. */
    public boolean states(String key) {
        return figurePrefixes.isEmpty() || figurePrefixes.stream().anyMatch(key::startsWith);
    }

    /** The sections this report cannot be published without that nobody has written, in their order. */
    public List<Section> unwritten(Map<String, Number> figures, Narrative narrative) {
        return this == DISCLOSURE ? RequiredSections.unwrittenDisclosure(narrative)
                : RequiredSections.unwrittenRuleOfLaw(figures, narrative);
    }

    /** {@code rule-of-law}, {@code disclosure} (or the constant's name), absent meaning the rule-of-law report. */
    public static Kind of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return RULE_OF_LAW;
        }
        return Arrays.stream(values())
                .filter(kind -> kind.slug.equalsIgnoreCase(parameter.strip()) || kind.name().equalsIgnoreCase(parameter.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("kind", "must be rule-of-law or disclosure"));
    }
}
