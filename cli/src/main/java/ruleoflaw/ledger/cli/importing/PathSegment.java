package ruleoflaw.ledger.cli.importing;

import java.nio.charset.StandardCharsets;

/** A record id in a path: every byte but letters, digits and {@code _.-~} percent-encoded (urllib's quote). */
final class PathSegment {

    private static final String HEX = "0123456789ABCDEF";

    private PathSegment() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }
}
