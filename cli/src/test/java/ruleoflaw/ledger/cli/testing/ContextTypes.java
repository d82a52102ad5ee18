package ruleoflaw.ledger.cli.testing;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.cli.testing.FakeGateway.Reply;
import ruleoflaw.ledger.cli.testing.FakeGateway.Request;

/**
 * The ledger lines each context takes, as the services answer {@code GET /api/<context>/ledger/types} (each service's
 * {@code <Context>LedgerTypesTest} holds its own).
 */
public final class ContextTypes {

    /** context → line type → path. */
    public static final Map<String, Map<String, String>> TYPES = Map.of(
            "study", Map.ofEntries(
                    Map.entry("study.lawList", "/api/study/law-lists"),
                    Map.entry("study.session", "/api/study/sessions"),
                    Map.entry("study.exam", "/api/study/exams"),
                    Map.entry("study.hearing", "/api/study/hearings"),
                    Map.entry("governance.meeting", "/api/study/meetings"),
                    Map.entry("governance.integrity", "/api/study/integrity")),
            "litigation", Map.ofEntries(
                    Map.entry("legal.case", "/api/litigation/cases"),
                    Map.entry("legal.case.defence", "/api/litigation/cases/{of}/defence"),
                    Map.entry("legal.case.platformRegistration", "/api/litigation/cases/{of}/platform-registration"),
                    Map.entry("legal.case.hearing", "/api/litigation/cases/{of}/hearings"),
                    Map.entry("legal.case.conclusion", "/api/litigation/cases/{of}/conclusion"),
                    Map.entry("legal.case.appeal", "/api/litigation/cases/{of}/appeal"),
                    Map.entry("legal.counsel", "/api/litigation/counsel"),
                    Map.entry("legal.review", "/api/litigation/reviews")),
            "outreach", Map.ofEntries(
                    Map.entry("outreach.event", "/api/outreach/events"),
                    Map.entry("outreach.contestSeries", "/api/outreach/contest-series"),
                    Map.entry("outreach.contestEdition", "/api/outreach/contest-editions"),
                    Map.entry("outreach.briefing", "/api/outreach/briefings"),
                    Map.entry("outreach.visit", "/api/outreach/visits")),
            "disclosure", Map.ofEntries(
                    Map.entry("disclosure.item", "/api/disclosure/items"),
                    Map.entry("disclosure.application", "/api/disclosure/applications"),
                    Map.entry("disclosure.application.correctionRequest", "/api/disclosure/applications/{of}/correction-request"),
                    Map.entry("disclosure.application.correctionReceived", "/api/disclosure/applications/{of}/correction-received"),
                    Map.entry("disclosure.application.extension", "/api/disclosure/applications/{of}/extension"),
                    Map.entry("disclosure.application.answer", "/api/disclosure/applications/{of}/answer"),
                    Map.entry("normative.document", "/api/disclosure/normative-documents"),
                    Map.entry("normative.repeal", "/api/disclosure/normative-repeals"),
                    Map.entry("services.item", "/api/disclosure/service-items"),
                    Map.entry("services.materialsUpdate", "/api/disclosure/service-materials-updates")));

    private ContextTypes() {
    }

    /** The answer of the context that {@code request} asks ({@code /api/<context>/ledger/types}); 404 for another. */
    public static Reply answer(Request request) {
        Map<String, String> types = TYPES.get(request.path().split("/")[2]);
        if (types == null) {
            return Reply.problem(404, "No static resource " + request.path());
        }
        try {
            return Reply.of(200, new ObjectMapper().writeValueAsString(Map.of("types", types)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
