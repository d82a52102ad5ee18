package ruleoflaw.ledger.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ruleoflaw.ledger.contracts.calendar.ChinaTime;
import ruleoflaw.ledger.reporting.document.Phrasebook.Sentence;
import ruleoflaw.ledger.reporting.document.Phrasebook.Topic;
import ruleoflaw.ledger.reporting.document.ReportDocument.Block;
import ruleoflaw.ledger.reporting.document.ReportDocument.FigureRun;
import ruleoflaw.ledger.reporting.document.ReportDocument.Heading;
import ruleoflaw.ledger.reporting.document.ReportDocument.Paragraph;
import ruleoflaw.ledger.reporting.document.ReportDocument.Placeholder;
import ruleoflaw.ledger.reporting.document.ReportDocument.Run;
import ruleoflaw.ledger.reporting.document.ReportDocument.Table;
import ruleoflaw.ledger.reporting.document.ReportDocument.Text;

/**
 * The rule-of-law annual report of a year: its figures worded by the {@link Phrasebook} in the parts they belong to,
 * each part followed by what people wrote for it, in the order of the template. A draft ({@code asOf} given) says when
 * its figures were taken and marks what is still to be written; a published report ({@code asOf} null) has neither.
 */
final class ReportComposer {

    static final String TO_BE_WRITTEN = "（待填写）";
    /** How a table writes a figure that is not known (a count it needs was left unstated). */
    static final String NOT_STATED = "未填报";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    /** {@code {key}}, or {@code {key|cn}} for a number written in Chinese numerals (第{…|cn}届: 第七届). */
    private static final Pattern FIGURE = Pattern.compile("\\{([^{}|]+)(\\|cn)?}");
    /** A clause about every figure of a family ({@code {outreach.events.named.*}}), %s the member's name. */
    private static final String FAMILY = ".*}";
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy年M月d日HH时mm分")
            .withZone(ChinaTime.ZONE);

    private ReportComposer() {
    }

    static String title(int year) {
        return "关于" + year + "年法治政府建设情况的报告";
    }

    /** @param department the department's name as the report's title gives it (none for an unnamed one) */
    static ReportDocument compose(String department, int year, Map<String, Number> figures, Narrative narrative,
            Template template, Instant asOf) {
        boolean draft = asOf != null;
        List<Block> blocks = new ArrayList<>();
        if (draft) {
            blocks.add(asOfLine(asOf));
        }
        blocks.addAll(narrativeOrPlaceholder(narrative.of(Section.INTRODUCTION), draft));
        int number = 0;
        DepartmentWords words = DepartmentWords.of(department);
        for (Template.Part part : template.parts()) {
            List<Block> figureBlocks = topics(part.section(), figures, words);
            String written = narrative.of(part.section());
            if (part.section() == Section.OTHER && written.isEmpty()) {
                continue; // the statutory part 5 is only there when there is something to report
            }
            blocks.add(new Heading(1, NUMERALS[number++] + "、" + part.heading(year)));
            blocks.addAll(figureBlocks);
            if (!written.isEmpty() || figureBlocks.isEmpty()) {
                blocks.addAll(narrativeOrPlaceholder(written, draft));
            }
        }
        blocks.add(new Heading(1, "附表：" + year + "年法治政府建设主要数据"));
        blocks.add(table(figures));
        return new ReportDocument(department + title(year), blocks);
    }

    /** The draft's line saying when its figures were taken. */
    static Paragraph asOfLine(Instant asOf) {
        return new Paragraph(List.of(new Text("（本稿数据依据台账记录，截至" + AS_OF.format(asOf) + "）")));
    }

    /** Whether the figures give the part at least one topic of its own. */
    static boolean hasTopics(Section part, Map<String, Number> figures) {
        return !topics(part, figures, DepartmentWords.of("")).isEmpty();
    }

    private static List<Block> topics(Section part, Map<String, Number> figures, DepartmentWords words) {
        List<Block> blocks = new ArrayList<>();
        int number = 0;
        for (Topic topic : Phrasebook.TOPICS) {
            if (topic.part() != part) {
                continue;
            }
            List<Run> runs = new ArrayList<>();
            topic.sentences().forEach(sentence -> runs.addAll(sentence(sentence, figures, words)));
            if (!runs.isEmpty()) {
                blocks.add(new Heading(2, "（" + NUMERALS[number++] + "）" + topic.heading()));
                blocks.add(new Paragraph(runs));
            }
        }
        return blocks;
    }

    /**
     * The sentence's runs, the department named as {@code words} say, or none when the figures it is about are all 0 or
     * not known.
     */
    static List<Run> sentence(Sentence sentence, Map<String, Number> figures, DepartmentWords words) {
        List<String> clauses = sentence.clauses().stream().flatMap(clause -> members(clause, figures).stream())
                .map(words::fill).filter(clause -> !zero(clause, figures)).toList();
        String opening = words.fill(sentence.opening());
        boolean openingHasFigures = FIGURE.matcher(opening).find();
        if (openingHasFigures ? zero(opening, figures) : clauses.isEmpty()) {
            return List.of();
        }
        List<Run> runs = new ArrayList<>(runs(opening, figures));
        if (!clauses.isEmpty()) {
            runs.add(new Text(sentence.lead()));
            for (int i = 0; i < clauses.size(); i++) {
                runs.add(new Text(i == 0 ? "" : sentence.joiner()));
                runs.addAll(runs(clauses.get(i), figures));
            }
        }
        runs.add(new Text(words.fill(sentence.closing())));
        return merged(runs);
    }

    /** A family's clause once for each of its figures there are, named; any other clause as it is. */
    private static List<String> members(String clause, Map<String, Number> figures) {
        int family = clause.indexOf(FAMILY);
        if (family < 0) {
            return List.of(clause);
        }
        String prefix = clause.substring(clause.lastIndexOf('{', family) + 1, family + 1);
        return figures.keySet().stream().filter(key -> key.startsWith(prefix))
                .map(key -> clause.replace(prefix + "*", key).replace("%s", key.substring(prefix.length())))
                .toList();
    }

    private static boolean zero(String phrase, Map<String, Number> figures) {
        Matcher figure = FIGURE.matcher(phrase);
        while (figure.find()) {
            Number value = figures.get(figure.group(1));
            if (value == null || value.doubleValue() == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Run> runs(String phrase, Map<String, Number> figures) {
        List<Run> runs = new ArrayList<>();
        Matcher figure = FIGURE.matcher(phrase);
        int at = 0;
        while (figure.find()) {
            runs.add(new Text(phrase.substring(at, figure.start())));
            Number value = figures.get(figure.group(1));
            runs.add(new FigureRun(figure.group(1), figure.group(2) == null ? written(value) : numeral(value)));
            at = figure.end();
        }
        runs.add(new Text(phrase.substring(at)));
        return runs;
    }

    /** Adjacent texts as one run, empty ones dropped. */
    private static List<Run> merged(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            if (run instanceof Text text && text.text().isEmpty()) {
                continue;
            }
            if (run instanceof Text text && !merged.isEmpty() && merged.get(merged.size() - 1) instanceof Text last) {
                merged.set(merged.size() - 1, new Text(last.text() + text.text()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }

    /** A count as it is; a rate with one decimal, without a trailing .0 (100%, 66.7%); 未填报 when not known. */
    static String written(Number value) {
        if (value == null) {
            return NOT_STATED;
        }
        BigDecimal decimal = new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
    }

    /** A whole number from 1 to 99 in Chinese numerals, as an edition is counted (七, 十二, 二十); others in digits. */
    static String numeral(Number value) {
        long number = value == null ? 0 : value.longValue();
        if (number < 1 || number > 99 || value.doubleValue() != number) {
            return written(value);
        }
        int tens = (int) number / 10;
        int units = (int) number % 10;
        String written = tens == 0 ? "" : (tens == 1 ? "" : NUMERALS[tens - 1]) + "十";
        return units == 0 ? written : written + NUMERALS[units - 1];
    }

    /** What people wrote, a paragraph a line; for a section nobody wrote, 待填写 in a draft and nothing once published. */
    static List<Block> narrativeOrPlaceholder(String words, boolean draft) {
        if (words.isEmpty()) {
            return draft ? List.of(new Paragraph(List.of(new Placeholder(TO_BE_WRITTEN)))) : List.of();
        }
        return words.lines().map(String::strip).filter(line -> !line.isEmpty())
                .<Block>map(line -> new Paragraph(List.of(new Text(line)))).toList();
    }

    private static Table table(Map<String, Number> figures) {
        List<List<Run>> rows = figures.entrySet().stream()
                .map(figure -> List.<Run>of(new Text(FigureNames.of(figure.getKey())),
                        new FigureRun(figure.getKey(), written(figure.getValue()))))
                .toList();
        return Table.of(List.of("指标", "数值"), rows);
    }
}
