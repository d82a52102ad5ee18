package ruleoflaw.ledger.reporting.figures;

import static ruleoflaw.ledger.reporting.figures.Figure.count;
import static ruleoflaw.ledger.reporting.figures.Figure.factIn;
import static ruleoflaw.ledger.reporting.figures.Figure.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.contracts.calendar.WorkingDays;
import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.InformationItemDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeCleanupDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentDetails;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/**
 * 政务公开: information published, disclosure applications (依申请公开, table 三 of the disclosure report),
 * normative documents, online service items.
 */
@Component
@Order(4)
class DisclosureFigures implements ContextFigures {

    private static final String ITEM = InformationItemDetails.TYPE;
    private static final String DOCUMENT = NormativeDocumentDetails.TYPE;
    private static final String APPLICATION = DisclosureApplicationDetails.TYPE;
    private static final String CLEANUP = NormativeCleanupDetails.TYPE;
    private static final String REPEAL = "normative.repeal";
    private static final String IN_FORCE = "normative.inForce";
    private final WorkingDays calendar;
    private final List<Figure> figures;

    DisclosureFigures(WorkingDays calendar) {
        this.calendar = calendar;
        this.figures = List.of(
                count("disclosure.items.total", ITEM, record -> true),
                count("disclosure.items.guide", ITEM, factIn("category", "GUIDE")),
                count("disclosure.items.statutory", ITEM, factIn("category", "STATUTORY")),
                count("disclosure.items.annualReport", ITEM, factIn("category", "ANNUAL_REPORT")),
                count("disclosure.items.news", ITEM, factIn("category", "NEWS")),
                count("disclosure.items.late", ITEM, factIn("category", "STATUTORY").and(this::publishedLate)),
                count("disclosure.applications.received", APPLICATION, record -> true),
                Figure.open("disclosure.applications.carriedOver", APPLICATION, r -> true, r -> r.year() + 1,
                        r -> answeredYear(r) == null ? null : answeredYear(r) + 1,
                        (records, ledger) -> applications(ledger,
                                r -> r.year() < ledger.year() && !answeredBefore(r, ledger.year()))),
                Figure.countIn("disclosure.applications.answered", APPLICATION, r -> true,
                        DisclosureFigures::answeredYear,
                        (records, ledger) -> applications(ledger, r -> answeredIn(r, ledger.year()))),
                Figure.open("disclosure.applications.pending", APPLICATION, r -> true, RecordVersion::year,
                        DisclosureFigures::answeredYear, (records, ledger) -> applications(ledger,
                                r -> r.year() <= ledger.year() && !answeredBefore(r, ledger.year() + 1))),
                Figure.countIn("disclosure.applications.late", APPLICATION,
                        r -> Boolean.TRUE.equals(r.fact("answeredLate")), DisclosureFigures::answeredYear,
                        (records, ledger) -> applications(ledger,
                                r -> answeredIn(r, ledger.year()) && Boolean.TRUE.equals(r.fact("answeredLate")))),
                count("normative.issued", DOCUMENT, record -> true),
                count("normative.revised", DOCUMENT, record -> record.fact("revisesDocumentNumber") != null),
                count("normative.repealed", REPEAL, record -> true),
                Figure.lookingBack(IN_FORCE, DisclosureFigures::inForceAtYearEnd,
                        Figure.Kept.of(DisclosureFigures::countInForce, DisclosureFigures::readInForce)),
                count("normative.cleanups", CLEANUP, record -> true),
                sum("normative.cleanup.reviewed", CLEANUP, record -> true, "reviewed"),
                sum("normative.cleanup.kept", CLEANUP, record -> true, "kept"),
                sum("normative.cleanup.amended", CLEANUP, record -> true, "amended"),
                sum("normative.cleanup.repealed", CLEANUP, record -> true, "repealed"),
                sum("normative.cleanup.declaredInvalid", CLEANUP, record -> true, "declaredInvalid"),
                count("services.itemsAdded", "services.item", record -> true),
                count("services.itemsUpdated", "services.materialsUpdate", record -> true));
    }

    @Override
    public List<Figure> figures() {
        return figures;
    }

    /**
     * Documents in force on 31 December: effective by then, not past their validity, not repealed by
     * then, and not replaced by a revision in force by then. Evidence: those documents.
     */
    static Figure.Result inForceAtYearEnd(List<RecordVersion> records, Figure.Ledger ledger) {
        LocalDate yearEnd = LocalDate.of(ledger.year(), 12, 31);
        List<RecordVersion> effective = ledger.ofType(DOCUMENT).stream()
                .filter(document -> !date(document, "effectiveFrom").isAfter(yearEnd))
                .filter(document -> document.fact("validUntil") == null || !date(document, "validUntil").isBefore(yearEnd))
                .toList();
        Set<String> repealed = ledger.ofType(REPEAL).stream()
                .filter(repeal -> !date(repeal, "repealedOn").isAfter(yearEnd))
                .map(repeal -> String.valueOf(repeal.fact("documentNumber"))).collect(Collectors.toSet());
        Set<String> revised = effective.stream().map(document -> document.fact("revisesDocumentNumber"))
                .filter(Objects::nonNull).map(String::valueOf).collect(Collectors.toSet());
        List<RecordVersion> inForce = effective.stream()
                .filter(document -> !repealed.contains(String.valueOf(document.fact("documentNumber"))))
                .filter(document -> !revised.contains(String.valueOf(document.fact("documentNumber"))))
                .toList();
        return new Figure.Result(inForce.size(), inForce);
    }

    /**
     * Kept: each document in the year it takes effect, with its number, validity and the number it revises; each
     * repeal in the year of its date. A year's figure reads those of every year up to it.
     */
    static void countInForce(RecordVersion record, Tally.Adder add) {
        if (record.type().equals(DOCUMENT)) {
            add.add(date(record, "effectiveFrom").getYear(), Tally.key(IN_FORCE, "document", record.recordId(),
                    record.fact("documentNumber"), text(record, "validUntil"), text(record, "revisesDocumentNumber")), 1);
        } else if (record.type().equals(REPEAL)) {
            add.add(date(record, "repealedOn").getYear(),
                    Tally.key(IN_FORCE, "repeal", record.recordId(), record.fact("documentNumber")), 1);
        }
    }

    /** The rule of {@link #inForceAtYearEnd}, over the documents and repeals of every year up to {@code year}. */
    static Number readInForce(int year, Tally tally) {
        String yearEnd = LocalDate.of(year, 12, 31).toString();
        List<String[]> effective = new ArrayList<>();
        Set<String> repealed = new HashSet<>();
        tally.upTo(year).keySet().forEach(y -> {
            tally.parts(y, Tally.key(IN_FORCE, "document")).keySet().stream().map(DisclosureFigures::parts)
                    .filter(document -> document[2].isEmpty() || document[2].compareTo(yearEnd) >= 0)
                    .forEach(effective::add);
            tally.parts(y, Tally.key(IN_FORCE, "repeal")).keySet().forEach(repeal -> repealed.add(parts(repeal)[1]));
        });
        Set<String> revised = effective.stream().map(document -> document[3]).filter(number -> !number.isEmpty())
                .collect(Collectors.toSet());
        return (int) effective.stream().filter(document -> !repealed.contains(document[1]))
                .filter(document -> !revised.contains(document[1])).count();
    }

    /** A counter's parts after its figure's key and kind: record id, document number, then what the kind keeps. */
    private static String[] parts(String key) {
        return key.split(String.valueOf(Tally.SEPARATOR), -1);
    }

    private static String text(RecordVersion record, String fact) {
        Object value = record.fact(fact);
        return value == null ? "" : value.toString();
    }

    /**
     * The applications of any year that match; they are also the evidence. Table 三's invariant holds by
     * construction: received + carried over = answered in the year + pending at its end.
     */
    private static Figure.Result applications(Figure.Ledger ledger, Predicate<RecordVersion> matching) {
        List<RecordVersion> applications = ledger.ofType(APPLICATION).stream().filter(matching).toList();
        return new Figure.Result(applications.size(), applications);
    }

    private static Integer answeredYear(RecordVersion application) {
        Object answered = application.fact("answeredOn");
        return answered == null ? null : LocalDate.parse(answered.toString()).getYear();
    }

    private static boolean answeredIn(RecordVersion application, int year) {
        Object answered = application.fact("answeredOn");
        return answered != null && LocalDate.parse(answered.toString()).getYear() == year;
    }

    /** Answered before 1 January of the year. */
    private static boolean answeredBefore(RecordVersion application, int year) {
        Object answered = application.fact("answeredOn");
        return answered != null && LocalDate.parse(answered.toString()).getYear() < year;
    }

    private static LocalDate date(RecordVersion record, String fact) {
        return LocalDate.parse(String.valueOf(record.fact(fact)));
    }

    boolean publishedLate(RecordVersion item) {
        Object formed = item.fact("formedOn");
        Object published = item.fact("publishedOn");
        if (formed == null || published == null) {
            return false;
        }
        return InformationItemDetails.publishedLate(LocalDate.parse(formed.toString()),
                LocalDate.parse(published.toString()), calendar);
    }
}
