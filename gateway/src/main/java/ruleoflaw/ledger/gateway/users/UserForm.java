package ruleoflaw.ledger.gateway.users;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ruleoflaw.ledger.contracts.identity.DepartmentCodes;
import ruleoflaw.ledger.contracts.identity.LedgerRoles;

/**
 * The body of {@code POST /api/users} ({@code name}, {@code roles}, {@code contexts}, {@code departments}) and of
 * {@code PUT /api/users/{name}} ({@code roles}, {@code contexts}, {@code departments}), read strictly: every field it has not, a key
 * given twice, a wrong type, an unknown role or context, contexts for a user who is not a recorder, a name
 * outside {@link #NAME} are refused, each naming its field.
 */
record UserForm(String name, List<String> roles, List<String> contexts, List<String> departments) {

    /**
     * A user name: it is typed in a Basic login (so no ':'), in a path (so no '/', '%', ';' or spaces) and in logs
     * (so no control characters); Chinese names are letters like any other.
     */
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,63}");
    static final String NAME_RULE = "1 to 64 letters (Chinese ones too), digits, '.', '_', '-' or '@', "
            + "beginning with a letter or a digit";

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    record FieldProblem(String field, String message) {
    }

    static final class Invalid extends RuntimeException {
        private final List<FieldProblem> errors;

        Invalid(List<FieldProblem> errors) {
            super(String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
            this.errors = List.copyOf(errors);
        }

        List<FieldProblem> errors() {
            return errors;
        }
    }

    /** A new user: name, roles, contexts. */
    static UserForm toAdd(String body) {
        return read(body, true);
    }

    /** A user's new roles and contexts (the name is the path's). */
    static UserForm toChange(String body) {
        return read(body, false);
    }

    private static UserForm read(String body, boolean withName) {
        JsonNode form = parse(body);
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> known = withName ? Set.of("name", "roles", "contexts", "departments")
                : Set.of("roles", "contexts", "departments");
        for (Iterator<String> names = form.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!known.contains(field)) {
                errors.add(new FieldProblem(field, "is not a field of a user; the fields are " + known.stream().sorted().toList()));
            }
        }
        String name = withName ? name(form.get("name"), errors) : null;
        List<String> roles = choices(form.get("roles"), "roles", LedgerRoles.ALL, true, errors);
        List<String> contexts = choices(form.get("contexts"), "contexts", LedgerRoles.RECORDING_CONTEXTS, false, errors);
        if (!contexts.isEmpty() && !roles.isEmpty() && !roles.contains(LedgerRoles.RECORDER)) {
            errors.add(new FieldProblem("contexts", "only a recorder is limited to contexts; give contexts with the "
                    + "recorder role, or none"));
        }
        List<String> departments = departments(form.get("departments"), errors);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new UserForm(name, roles, contexts, departments);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new Invalid(List.of(new FieldProblem("body", "is missing: send a JSON object")));
        }
        try {
            JsonNode form = JSON.readTree(body);
            if (form == null || !form.isObject()) {
                throw new Invalid(List.of(new FieldProblem("body", "is not a JSON object")));
            }
            return form;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field '")) {
                String field = message.substring("Duplicate field '".length(), message.indexOf('\'', 17));
                throw new Invalid(List.of(new FieldProblem(field, "is given more than once; give each field once")));
            }
            throw new Invalid(List.of(new FieldProblem("body", "is not valid JSON")));
        } catch (IOException e) {
            throw new Invalid(List.of(new FieldProblem("body", "cannot be read")));
        }
    }

    private static String name(JsonNode value, List<FieldProblem> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldProblem("name", "is required: " + NAME_RULE));
            return null;
        }
        if (!value.isTextual() || !NAME.matcher(value.textValue()).matches()) {
            errors.add(new FieldProblem("name", "must be " + NAME_RULE));
            return null;
        }
        return value.textValue();
    }

    /** A list of names each one of {@code allowed}, given once each (repeats dropped); [] if absent and optional. */
    private static List<String> choices(JsonNode value, String field, List<String> allowed, boolean required,
            List<FieldProblem> errors) {
        String expected = "a list of " + String.join(", ", allowed);
        if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
            if (required) {
                errors.add(new FieldProblem(field, "is required: at least one of " + String.join(", ", allowed)));
            }
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(new FieldProblem(field, "must be " + expected));
            return List.of();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (JsonNode element : value) {
            if (!element.isTextual() || !allowed.contains(element.textValue())) {
                errors.add(new FieldProblem(field, (element.isTextual() ? "'" + element.textValue() + "' is unknown"
                        : element + " is not a name") + ": must be " + expected));
                return List.of();
            }
            chosen.add(element.textValue());
        }
        return List.copyOf(chosen);
    }

    /** Department codes, each once; [] (the installation's default department) if absent. */
    private static List<String> departments(JsonNode value, List<FieldProblem> errors) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual() || !DepartmentCodes.isCode(element.textValue())) {
                    errors.add(new FieldProblem("departments", element + " is not a department code: "
                            + DepartmentCodes.RULE));
                    return List.of();
                }
                codes.add(element.textValue());
            }
            return List.copyOf(codes);
        }
        errors.add(new FieldProblem("departments", "must be a list of department codes"));
        return List.of();
    }

    /** The problem's {@code errors} member. */
    static List<Map<String, String>> asMembers(List<FieldProblem> errors) {
        return errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList();
    }
}
