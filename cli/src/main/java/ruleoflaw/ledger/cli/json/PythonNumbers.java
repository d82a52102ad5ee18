package ruleoflaw.ledger.cli.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers written as Python writes them ({@code repr}, {@code f"{x:.1f}"}, {@code round}), so that what bin/ledger
 * printed and sent is printed and sent the same, digit for digit.
 */
public final class PythonNumbers {

    private static final int MAX_SIGNIFICANT_DIGITS = 17;

    private PythonNumbers() {
    }

    /** {@code repr(x)}: the shortest digits that read back as x; an exponent below 1e-4 and from 1e16. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(x));
        String digits = shortest.unscaledValue().toString();
        int point = digits.length() - shortest.scale(); // x = 0.DIGITS × 10^point
        if (point > -4 && point <= 16) {
            return sign + positional(digits, point);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int exponent = point - 1;
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /** {@code f"{x:.Nf}"}: the exact value rounded half to even. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return repr(x);
        }
        String text = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        return negative && !text.startsWith("-") ? "-" + text : text;
    }

    /** {@code round(x, decimals)}. */
    public static double round(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision < MAX_SIGNIFICANT_DIGITS; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == x) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static String positional(String digits, int point) {
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length()) + ".0";
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
