package ruleoflaw.ledger.reporting.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Where the evidence of a figure of the document is: {@code {base}{key}/evidence}, as of the document's moment. */
record EvidenceLinks(String base, Instant asOf) {

    static final EvidenceLinks NONE = new EvidenceLinks(null, null);

    Optional<String> of(String key) {
        if (base == null || base.isBlank()) {
            return Optional.empty();
        }
        String link = base + (base.endsWith("/") ? "" : "/") + URLEncoder.encode(key, StandardCharsets.UTF_8)
                + "/evidence";
        return Optional.of(asOf == null ? link : link + "?asOf=" + asOf);
    }
}
