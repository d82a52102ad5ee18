package ruleoflaw.ledger.reporting.disclosure;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ruleoflaw.ledger.reporting.figures.Figure;
import ruleoflaw.ledger.reporting.records.RecordVersion;

/** Record versions as the projection stores them, for the unit tests of the tables. */
final class Records {

    private Records() {
    }

    static RecordVersion application(String id, String receivedOn, String applicantType, String answeredOn,
            String outcome, String subReason) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("receivedOn", receivedOn);
        facts.put("applicantType", applicantType);
        facts.put("requestSummary", "申请公开 " + id);
        facts.put("answeredOn", answeredOn);
        facts.put("outcome", outcome);
        facts.put("subReason", subReason);
        facts.put("answeredLate", false);
        return version(id, "disclosure.application", receivedOn, facts);
    }

    static RecordVersion legalCase(String id, String kind, boolean concernsDisclosure, boolean followsReconsideration,
            String receivedOn, String concludedOn, String outcome) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("kind", kind);
        facts.put("caseNumber", "(" + receivedOn.substring(0, 4) + ")渝0107行初" + id);
        facts.put("concernsDisclosure", concernsDisclosure);
        facts.put("followsReconsideration", followsReconsideration);
        facts.put("complaintReceivedOn", receivedOn);
        facts.put("concludedOn", concludedOn);
        facts.put("outcome", outcome);
        facts.put("principalAppearances", 0);
        return version(id, "legal.case", receivedOn, facts);
    }

    static RecordVersion document(String id, String number, String issuedOn, String revises) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("documentNumber", number);
        facts.put("title", "关于科技项目管理的规定 " + id);
        facts.put("issuedOn", issuedOn);
        facts.put("effectiveFrom", issuedOn);
        facts.put("revisesDocumentNumber", revises);
        return version(id, "normative.document", issuedOn, facts);
    }

    static RecordVersion repeal(String id, String number, String repealedOn) {
        return version(id, "normative.repeal", repealedOn, Map.of("documentNumber", number, "title", "废止 " + number,
                "repealedOn", repealedOn, "reason", "上位法修改"));
    }

    static List<RecordVersion> ofYear(List<RecordVersion> records, int year) {
        return records.stream().filter(r -> r.year() == year).toList();
    }

    static Figure.Ledger ledger(List<RecordVersion> records, int year) {
        return Figure.Ledger.of(year, type -> Figure.select(records, type, r -> true));
    }

    /**
     * A line of the reference year's sample as the projection stores it: its id and type, its other fields the facts,
     * its business date the first date among them (31 December of its year for a line without one).
     */
    static RecordVersion sampled(ObjectNode line) {
        Map<String, Object> facts = new ObjectMapper().convertValue(line, new TypeReference<Map<String, Object>>() {
        });
        String id = (String) facts.remove("id");
        String type = (String) facts.remove("type");
        String businessDate = facts.values().stream().filter(String.class::isInstance).map(String.class::cast)
                .filter(value -> value.matches("\\d{4}-\\d{2}-\\d{2}")).findFirst()
                .orElse(facts.get("year") + "-12-31");
        return version(id, type, businessDate, facts);
    }

    private static RecordVersion version(String id, String type, String businessDate, Map<String, Object> facts) {
        return new RecordVersion(id + "/0", id, type, 0, businessDate, Integer.parseInt(businessDate.substring(0, 4)),
                Instant.parse("2030-01-01T00:00:00Z"), "公开专员", "c-" + id, "recorded", null, false, id, facts);
    }
}
