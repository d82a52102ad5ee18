package ruleoflaw.ledger.platform.web;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read strictly, so that what is recorded is what was sent: a value of the wrong kind is refused
 * rather than coerced (a number for a choice, {@code 20.5} or {@code "20"} for a count, a timestamp or a day count
 * for a date), a key given twice or a field the record does not have is refused, and text may not hold control
 * characters (a NUL cannot be stored in PostgreSQL) but tabs and line breaks. Each refusal is a 400 naming the field;
 * a body in another charset than UTF-8 is a 415.
 * The events and read models keep their own, tolerant, reading: only what comes over HTTP is held to this.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class StrictJson {

    @Bean
    MappingJackson2HttpMessageConverter strictJsonRequestBodies(ObjectMapper objectMapper) {
        return new MappingJackson2HttpMessageConverter(strict(objectMapper));
    }

    @Bean
    FilterRegistrationBean<Utf8Bodies> utf8RequestBodies(ObjectMapper objectMapper) {
        FilterRegistrationBean<Utf8Bodies> registration = new FilterRegistrationBean<>(new Utf8Bodies(objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // right after the correlation id, before security
        return registration;
    }

    /** A copy of {@code objectMapper} that reads strictly. */
    @SuppressWarnings("deprecation") // MapperFeature on a copy: the builder would lose the modules Boot registered
    public static ObjectMapper strict(ObjectMapper objectMapper) {
        ObjectMapper strict = objectMapper.copy();
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // (a yes/no left out stays false: FAIL_ON_NULL_FOR_PRIMITIVES would refuse an omitted boolean)
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        strict.setDefaultLeniency(Boolean.FALSE);
        strict.registerModule(new SimpleModule("ledger-text").addDeserializer(String.class, new PlainText()));
        return strict;
    }

    /** Text without control characters (but tab, line feed, carriage return) and without unpaired surrogates. */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, context);
            String problem = problemOf(text);
            if (problem != null) {
                throw InvalidFormatException.from(p, problem, text, String.class);
            }
            return text;
        }

        /** Why the text cannot be recorded, or null. */
        static String problemOf(String text) {
            if (text == null) {
                return null;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
                if (control) {
                    return "must not contain control characters (U+%04X at position %d); tabs and line breaks are allowed"
                            .formatted((int) c, i + 1);
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return "must be valid Unicode text (an unpaired surrogate U+%04X at position %d)".formatted((int) c, i + 1);
                }
            }
            return null;
        }
    }
}
