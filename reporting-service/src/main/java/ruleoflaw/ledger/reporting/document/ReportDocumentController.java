package ruleoflaw.ledger.reporting.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import ruleoflaw.ledger.platform.problem.InvalidFieldException;
import ruleoflaw.ledger.reporting.figures.YearFigures;
import ruleoflaw.ledger.reporting.records.AsOf;

/**
 * The year's rule-of-law annual report as a file: the figures as known at {@code asOf} (now by default), the
 * narrative written so far. Each figure links to its evidence as of the same moment, so the records a reader
 * follows are the ones the number was counted from.
 */
@RestController
class ReportDocumentController {

    private final YearFigures figures;
    private final Clock clock;
    private final NarrativeSource narratives;
    private final ReportDocuments documents;

    ReportDocumentController(YearFigures figures, Clock clock, NarrativeSource narratives, ReportDocuments documents) {
        this.figures = figures;
        this.clock = clock;
        this.narratives = narratives;
        this.documents = documents;
    }

    @GetMapping("/api/reports/{year}/document")
    ResponseEntity<byte[]> document(@PathVariable int year, @RequestParam(defaultValue = "html") String format,
            @RequestParam(defaultValue = "statutory") String template, @RequestParam(required = false) String asOf) {
        Format chosenFormat = choice(Format.class, "format", format);
        Template chosenTemplate = choice(Template.class, "template", template);
        Instant moment = AsOf.moment(year, asOf, clock);
        byte[] file = documents.render(year, figures.asOf(year, moment), narratives.current(year), chosenTemplate,
                chosenFormat, "/api/reports/" + year + "/figures/", moment);
        return ResponseEntity.ok().contentType(chosenFormat.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(year, chosenFormat)).body(file);
    }

    /**
     * The Chinese file name as RFC 5987 {@code filename*}, after an ASCII {@code filename} for clients without it
     * (Spring's builder would put an RFC 2047 word there, which RFC 6266 advises against).
     */
    private static String disposition(int year, Format format) {
        return (format == Format.DOCX ? "attachment" : "inline")
                + "; filename=\"" + year + "-rule-of-law-report." + format.extension() + "\""
                + "; filename*=UTF-8''" + UriUtils.encode(ReportDocuments.fileName(year, format), StandardCharsets.UTF_8);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
