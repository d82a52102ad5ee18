package ruleoflaw.ledger.reporting.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;

/** A report document as an HTTP answer, and the choices a request makes of it. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * The file, offered under its Chinese name as RFC 5987 {@code filename*}, after an ASCII {@code filename} for
     * clients without it (Spring's builder would put an RFC 2047 word there, which RFC 6266 advises against). A Word
     * file is downloaded, the others shown.
     */
    public static ResponseEntity<byte[]> file(byte[] body, Format format, String asciiName, String fileName) {
        String disposition = (format == Format.DOCX ? "attachment" : "inline")
                + "; filename=\"" + asciiName + "." + format.extension() + "\""
                + "; filename*=UTF-8''" + UriUtils.encode(fileName, StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff").body(body);
    }

    /**
     * A report's HTML needs nothing but its own inline style and links: no script, no remote resource, no frame, so
     * that text written into a record or the narrative can never run in a reader's browser.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'";

    /** The constant named by {@code value} (any case); 400 naming {@code field} otherwise. */
    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
