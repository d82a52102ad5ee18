package ruleoflaw.ledger.reporting.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

import ruleoflaw.ledger.platform.problem.InvalidFieldException;

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
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition).body(body);
    }

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
