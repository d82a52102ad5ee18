package ruleoflaw.ledger.reporting.document;

import java.util.List;

/** The order and the headings of the report's parts ({@code %1$d} the year reported on, {@code %2$d} the next). */
public enum Template {

    /** The five parts of 《法治政府建设与责任落实督察工作规定》, in its order (DOMAIN.md). */
    STATUTORY(List.of(
            new Part(Section.MEASURES, "%1$d年推进法治政府建设的主要举措和成效"),
            new Part(Section.SHORTCOMINGS, "%1$d年推进法治政府建设存在的不足和原因"),
            new Part(Section.PRINCIPAL_DUTIES, "%1$d年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"),
            new Part(Section.NEXT_YEAR, "%2$d年推进法治政府建设的主要安排"),
            new Part(Section.OTHER, "其他需要报告的情况"))),
    /** The bureau's own order, as in its 2024 report: measures, principal duties, shortcomings, next year. */
    BUREAU(List.of(
            new Part(Section.MEASURES, "%1$d年法治政府建设的主要举措和成效"),
            new Part(Section.PRINCIPAL_DUTIES, "%1$d年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"),
            new Part(Section.SHORTCOMINGS, "%1$d年推进法治政府建设存在的不足和原因"),
            new Part(Section.NEXT_YEAR, "%2$d年推进法治政府建设的工作思路和目标举措"),
            new Part(Section.OTHER, "其他需要报告的情况")));

    /** One numbered part of the report. */
    record Part(Section section, String heading) {

        String heading(int year) {
            return heading.formatted(year, year + 1);
        }
    }

    private final List<Part> parts;

    Template(List<Part> parts) {
        this.parts = parts;
    }

    List<Part> parts() {
        return parts;
    }
}
