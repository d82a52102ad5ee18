package ruleoflaw.ledger.reporting.document;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;

/** The file formats a report document is written in. */
public enum Format {

    MD(new MediaType("text", "markdown", StandardCharsets.UTF_8), "md"),
    HTML(new MediaType("text", "html", StandardCharsets.UTF_8), "html"),
    DOCX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "docx");

    private final MediaType mediaType;
    private final String extension;

    Format(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
