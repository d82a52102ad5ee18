package ruleoflaw.ledger.reporting.document;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The annual reports as files: the rule-of-law report composed here, any report document written in a format. */
@Component
public class ReportDocuments {

    private final Map<Format, DocumentWriter> writers = Map.of(
            Format.MD, new MarkdownWriter(), Format.HTML, new HtmlWriter(), Format.DOCX, new DocxWriter());


    /**
     * The document of the year from given figures (frozen or live) and narrative. Figures link to their evidence at
     * {@code evidenceLinkBase}{key}/evidence (no links when it is null), as of {@code asOf} when it is given.
     */
    /** @param department the department's name as the title gives it ({@code DepartmentRegistry.inTitle}) */
    public byte[] render(String department, int year, Map<String, Number> figures, Narrative narrative,
            Template template, Format format, String evidenceLinkBase, Instant asOf) {
        return write(ruleOfLaw(department, year, figures, narrative, template, asOf), format, evidenceLinkBase, asOf);
    }

    /**
     * The rule-of-law report of the year from given figures and narrative; a draft ({@code asOf} given) says when its
     * figures were taken.
     */
    public ReportDocument ruleOfLaw(String department, int year, Map<String, Number> figures, Narrative narrative,
            Template template, Instant asOf) {
        return ReportComposer.compose(department, year, figures,
                narrative == null ? Narrative.EMPTY : narrative, template, asOf);
    }

    /**
     * Any report document in {@code format}. Figures link to their evidence at {@code evidenceLinkBase}{key}/evidence
     * (no links when it is null), as of {@code asOf} when it is given.
     */
    public byte[] write(ReportDocument document, Format format, String evidenceLinkBase, Instant asOf) {
        return writers.get(format).write(document, new EvidenceLinks(evidenceLinkBase, asOf));
    }

    /** The file name the document of the year is offered under, e.g. 2024年法治政府建设年度报告.docx. */
    public static String fileName(int year, Format format) {
        return year + "年法治政府建设年度报告." + format.extension();
    }

    /** The file name the disclosure report of the year is offered under, e.g. 2024年政府信息公开工作年度报告.docx. */
    public static String disclosureFileName(int year, Format format) {
        return DisclosureComposer.title(year) + "." + format.extension();
    }
}
