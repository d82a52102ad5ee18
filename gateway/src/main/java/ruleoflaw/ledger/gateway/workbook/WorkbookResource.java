package ruleoflaw.ledger.gateway.workbook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import ruleoflaw.ledger.contracts.identity.LedgerRoles;
import ruleoflaw.ledger.gateway.GatewayProblems;
import ruleoflaw.ledger.gateway.security.CallerAssertions;
import ruleoflaw.ledger.workbook.Reading;
import ruleoflaw.ledger.workbook.WorkbookLayout;
import ruleoflaw.ledger.workbook.WorkbookRefused;

/**
 * The 台账 workbook at the gateway (any signed-in user; see {@link WorkbookLayout} for its layout):
 * <ul>
 * <li>{@code GET /api/workbook/template}: the empty workbook (.xlsx);</li>
 * <li>{@code POST /api/workbook/check} (the .xlsx as the body, or as the part {@code file} of a form):
 * {@code {"lines": [ledger lines…], "sources": [{"sheet", "row"} of each line…], "problems": [{"sheet", "row",
 * "column", "field", "message"}…]}}, nothing
 * recorded; the browser then records the lines through the services' APIs, each with its id as
 * {@code Idempotency-Key} and {@code Record-Id}, as {@code bin/suite import} does;</li>
 * <li>{@code POST /api/workbook/marked} (the same upload): the workbook with its problems marked (.xlsx);</li>
 * <li>{@code POST /api/workbook/from-lines} (a JSON array of ledger lines): those lines as a workbook;</li>
 * <li>{@code GET /api/workbook/export?year=2024[&to=2025][&history=true][&department=CODE]}: the ledger lines of
 * the four contexts for those years (as {@code GET /api/<context>/ledger} answers them to the caller) as a
 * workbook.</li>
 * </ul>
 * An upload may have up to {@link #UPLOAD_LIMIT} bytes (the routes' 1 MiB limit is for records, not for workbooks).
 */
@RestController
class WorkbookResource {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** 10 MiB. */
    static final int UPLOAD_LIMIT = 10 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request the workbook endpoints refuse: the status and the problem's title and detail. */
    static final class Refused extends RuntimeException {
        final HttpStatus status;
        final String title;
        final String field;

        Refused(HttpStatus status, String title, String detail, String field) {
            super(detail);
            this.status = status;
            this.title = title;
            this.field = field;
        }
    }

    private final WorkbookLayouts layouts;
    private final CallerAssertions assertions;

    WorkbookResource(WorkbookLayouts layouts, CallerAssertions assertions) {
        this.layouts = layouts;
        this.assertions = assertions;
    }

    @GetMapping("/api/workbook/template")
    Mono<ResponseEntity<byte[]>> template(Authentication user, ServerWebExchange exchange) {
        return layout(user, exchange).flatMap(layout -> off(layout::template))
                .map(xlsx -> workbook(xlsx, "法治工作台账模板.xlsx", "ledger-template.xlsx"));
    }

    @PostMapping("/api/workbook/check")
    Mono<Map<String, Object>> check(Authentication user, ServerWebExchange exchange) {
        return upload(exchange).zipWith(layout(user, exchange))
                .flatMap(both -> off(() -> read(both.getT2(), both.getT1())))
                .map(reading -> {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    answer.put("lines", reading.lines());
                    answer.put("sources", reading.sources());
                    answer.put("problems", reading.problems());
                    return answer;
                });
    }

    @PostMapping("/api/workbook/marked")
    Mono<ResponseEntity<byte[]>> marked(Authentication user, ServerWebExchange exchange) {
        return upload(exchange).zipWith(layout(user, exchange))
                .flatMap(both -> off(() -> {
                    Reading reading = read(both.getT2(), both.getT1());
                    return both.getT2().marked(both.getT1(), reading.problems());
                }))
                .map(xlsx -> workbook(xlsx, "法治工作台账（已标出问题）.xlsx", "ledger-checked.xlsx"));
    }

    @PostMapping("/api/workbook/from-lines")
    Mono<ResponseEntity<byte[]>> fromLines(Authentication user, ServerWebExchange exchange) {
        return body(exchange).map(WorkbookResource::lines).zipWith(layout(user, exchange))
                .flatMap(both -> off(() -> both.getT2().write(both.getT1())))
                .map(xlsx -> workbook(xlsx, "法治工作台账.xlsx", "ledger.xlsx"));
    }

    @GetMapping("/api/workbook/export")
    Mono<ResponseEntity<byte[]>> export(Authentication user, ServerWebExchange exchange,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer to,
            @RequestParam(defaultValue = "false") boolean history) {
        if (year == null || year < 2000 || year > 2100) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Invalid year",
                    "year: give the first year to export, between 2000 and 2100 (?year=2024)", "year");
        }
        int last = to == null ? year : to;
        if (last < year || last > 2100) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Invalid year", "to: must be a year from " + year + " to 2100", "to");
        }
        String bearer = assertions.bearer(user, exchange.getRequest());
        String department = exchange.getRequest().getQueryParams().getFirst("department");
        Mono<List<JsonNode>> lines = Flux.fromIterable(LedgerRoles.RECORDING_CONTEXTS)
                .flatMapSequential(context -> ledger(context, bearer, year, last, history, department))
                .collectList();
        String name = "法治工作台账" + (last == year ? year + "年" : year + "-" + last + "年") + (history ? "（含历史）" : "")
                + ".xlsx";
        return lines.zipWith(layouts.layout(bearer))
                .flatMap(both -> off(() -> both.getT2().write(both.getT1())))
                .map(xlsx -> workbook(xlsx, name, "ledger-" + year + (last == year ? "" : "-" + last) + ".xlsx"));
    }

    private Flux<JsonNode> ledger(String context, String bearer, int year, int last, boolean history, String department) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(layouts.address(context))
                .replacePath("/api/" + context + "/ledger").queryParam("year", year).queryParam("to", last)
                .queryParam("history", history);
        if (department != null) {
            uri.queryParam("department", department);
        }
        return layouts.web().get().uri(uri.build().toUri()).headers(headers -> headers.setBearerAuth(bearer))
                .exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("").map(text -> {
                    if (!response.statusCode().is2xxSuccessful()) {
                        throw new Refused(response.statusCode().value() == 403 ? HttpStatus.FORBIDDEN
                                : HttpStatus.SERVICE_UNAVAILABLE, "Export failed",
                                "GET /api/" + context + "/ledger answered " + response.statusCode().value() + ": " + text,
                                null);
                    }
                    return text;
                }))
                .onErrorMap(e -> !(e instanceof Refused), e -> new WorkbookLayouts.ContextAway(context, e.toString()))
                .flatMapIterable(WorkbookResource::jsonLines);
    }

    private static List<JsonNode> jsonLines(String text) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (Exception e) {
                    throw new IllegalStateException("a ledger line that is no JSON: " + e.getMessage(), e);
                }
            }
        }
        return lines;
    }

    private Mono<WorkbookLayout> layout(Authentication user, ServerWebExchange exchange) {
        return Mono.defer(() -> layouts.layout(assertions.bearer(user, exchange.getRequest())));
    }

    private static Reading read(WorkbookLayout layout, byte[] xlsx) {
        try {
            return layout.read(xlsx);
        } catch (WorkbookRefused e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Not a workbook", e.getMessage(), "file");
        }
    }

    /** The uploaded workbook: the part {@code file} of a form (or its only file), else the body itself. */
    private static Mono<byte[]> upload(ServerWebExchange exchange) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            tooLarge(exchange);
            return exchange.getMultipartData().flatMap(parts -> {
                Part part = parts.getFirst("file");
                if (part == null) {
                    part = parts.values().stream().flatMap(List::stream).filter(FilePart.class::isInstance)
                            .findFirst().orElse(null);
                }
                if (part == null) {
                    return Mono.<byte[]>error(new Refused(HttpStatus.BAD_REQUEST, "No workbook",
                            "file: 请上传 Excel 工作簿（.xlsx），表单中的文件名为 file", "file"));
                }
                return joined(part.content());
            });
        }
        return body(exchange);
    }

    private static Mono<byte[]> body(ServerWebExchange exchange) {
        tooLarge(exchange);
        return joined(exchange.getRequest().getBody()).switchIfEmpty(Mono.error(new Refused(HttpStatus.BAD_REQUEST,
                "No body", "请求中没有内容：请上传 Excel 工作簿（.xlsx）", "file")));
    }

    private static void tooLarge(ServerWebExchange exchange) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > UPLOAD_LIMIT) {
            throw new Refused(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", "The body has " + length
                    + " bytes; a workbook may have at most " + UPLOAD_LIMIT + " (10 MiB).", null);
        }
    }

    private static Mono<byte[]> joined(Flux<DataBuffer> content) {
        return DataBufferUtils.join(content, UPLOAD_LIMIT).map(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            return bytes;
        }).onErrorMap(DataBufferLimitException.class, e -> new Refused(HttpStatus.PAYLOAD_TOO_LARGE,
                "Request too large", "A workbook may have at most " + UPLOAD_LIMIT + " bytes (10 MiB).", null));
    }

    /** The ledger lines of a JSON array; 400 naming the first that is not a line. */
    static List<JsonNode> lines(byte[] body) {
        JsonNode array;
        try {
            array = JSON.readTree(body);
        } catch (Exception e) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Invalid lines", "lines: not JSON: " + e.getMessage(), "lines");
        }
        if (array == null || !array.isArray()) {
            throw new Refused(HttpStatus.BAD_REQUEST, "Invalid lines",
                    "lines: send a JSON array of ledger lines ([{\"type\": …, \"id\": …}, …])", "lines");
        }
        List<JsonNode> lines = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode line = array.get(i);
            if (!(line instanceof ObjectNode) || !line.path("type").isTextual() || !line.path("id").isTextual()) {
                throw new Refused(HttpStatus.BAD_REQUEST, "Invalid lines",
                        "lines[" + i + "]: a ledger line is an object with a \"type\" and an \"id\"", "lines[" + i + "]");
            }
            lines.add(line);
        }
        return lines;
    }

    private static <T> Mono<T> off(java.util.concurrent.Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    private static ResponseEntity<byte[]> workbook(byte[] xlsx, String name, String asciiName) {
        String disposition = "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + UriUtils.encode(name, StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(xlsx);
    }

    @ExceptionHandler(Refused.class)
    Mono<Void> refused(Refused refused, ServerWebExchange exchange) {
        return GatewayProblems.write(exchange, refused.status, refused.title, refused.getMessage(), refused.field);
    }

    @ExceptionHandler(CallerAssertions.NotYours.class)
    Mono<Void> notYours(CallerAssertions.NotYours refused, ServerWebExchange exchange) {
        return refused.badCode()
                ? GatewayProblems.write(exchange, HttpStatus.BAD_REQUEST, "Invalid department", refused.getMessage(), "department")
                : GatewayProblems.write(exchange, HttpStatus.FORBIDDEN, "Not your department", refused.getMessage(), "department");
    }

    @ExceptionHandler(WorkbookLayouts.ContextAway.class)
    Mono<Void> away(WorkbookLayouts.ContextAway away, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
        return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "The " + away.context + " service did not answer (" + away.getMessage()
                        + "); the workbook needs the record types of every context. Try again shortly.");
    }
}
