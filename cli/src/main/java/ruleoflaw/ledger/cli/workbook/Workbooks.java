package ruleoflaw.ledger.cli.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.gateway.Answer;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.gateway.Problems;
import ruleoflaw.ledger.workbook.Labels;
import ruleoflaw.ledger.workbook.WorkbookLayout;

/**
 * The 台账 workbook for {@code bin/suite import FILE.xlsx} and {@code bin/suite export YEAR FILE.xlsx}: laid out as the
 * gateway lays it out ({@code GET /api/workbook/template}), from each context's ledger types and OpenAPI document
 * ({@code /v3/api-docs/<context>}), asked through the gateway.
 */
public final class Workbooks {

    private Workbooks() {
    }

    /** Whether {@code file} names a workbook (.xlsx) rather than a ledger file. */
    public static boolean isWorkbook(String file) {
        return file != null && file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** The layout; every context must answer (a workbook has a sheet per type of each). */
    public static WorkbookLayout layout(Gateway gateway, List<String> contexts) {
        Map<String, String> types = new LinkedHashMap<>();
        List<JsonNode> docs = new ArrayList<>();
        for (String context : contexts) {
            String path = "/api/" + context + "/ledger/types";
            Answer answer = gateway.call("GET", path);
            JsonNode answered = answer.status() == 200 ? answer.json().path("types") : null;
            if (answered == null || !answered.isObject()) {
                throw new LedgerExit("ledger: the workbook needs the record types of every context; GET " + path
                        + " answered " + answer.status() + ": " + Problems.detail(answer.payload()));
            }
            answered.properties().forEach(type -> types.put(type.getKey(), type.getValue().asText()));
            String docPath = "/v3/api-docs/" + context;
            Answer doc = gateway.call("GET", docPath);
            if (doc.status() != 200 || !doc.json().isObject()) {
                throw new LedgerExit("ledger: the workbook needs the fields of every context's records; GET " + docPath
                        + " answered " + doc.status() + ": " + Problems.detail(doc.payload()));
            }
            docs.add(doc.json());
        }
        return WorkbookLayout.of(types, docs, Labels.standard());
    }
}
