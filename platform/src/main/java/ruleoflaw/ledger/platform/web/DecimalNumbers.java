package ruleoflaw.ledger.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A number in a path or query parameter is written in decimal: {@code ?year=0x7e8} or {@code #7E8} is refused (400
 * naming the parameter), not read as 2024 the way Spring's default editors ({@code Integer.decode}) would.
 */
@ControllerAdvice
public class DecimalNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,18}");

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, new Decimal<>(Integer::valueOf));
        binder.registerCustomEditor(int.class, new Decimal<>(Integer::valueOf));
        binder.registerCustomEditor(Long.class, new Decimal<>(Long::valueOf));
        binder.registerCustomEditor(long.class, new Decimal<>(Long::valueOf));
    }

    private static final class Decimal<N extends Number> extends PropertyEditorSupport {

        private final Function<String, N> parse;

        Decimal(Function<String, N> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            if (!StringUtils.hasText(text)) {
                setValue(null);
                return;
            }
            String trimmed = text.strip();
            if (!DECIMAL.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a whole number written in decimal");
            }
            setValue(parse.apply(trimmed));
        }
    }
}
