package ruleoflaw.ledger.workbook;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of a sheet: a member of a ledger line ({@code id}, {@code of}, {@code department} or a field of the
 * record's REST body), with what its OpenAPI schema says about it ({@code maxLength}: of each item of a list).
 */
public record Field(String name, Kind kind, String label, String hint, boolean required, List<String> choices,
        BigDecimal minimum, boolean exclusiveMinimum, BigDecimal maximum, Integer maxLength) {

    /** How a cell holds the value. */
    public enum Kind {
        TEXT, INTEGER, NUMBER, BOOLEAN, DATE, CHOICE, LIST, JSON
    }

    static Field text(String name, String label, String hint, boolean required, Integer maxLength) {
        return new Field(name, Kind.TEXT, label, hint, required, List.of(), null, false, null, maxLength);
    }

    /** The header: the name, with an asterisk when the field must be filled in. */
    String header() {
        return required ? label + "*" : label;
    }
}
