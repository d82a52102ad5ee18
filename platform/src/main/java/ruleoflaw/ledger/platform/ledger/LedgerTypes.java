package ruleoflaw.ledger.platform.ledger;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The ledger line types a service takes, and where (docs/ledger-format.md): each record type at its resource's path,
 * each lifecycle step at its handler's path with {@code {of}} for the record's id. Read from the resources' own
 * mappings and {@link LedgerStep}s, so a type's name and path are declared once, by its details record and its
 * resource; corrections and withdrawals follow from the record's path.
 */
public final class LedgerTypes {

    /** Where {@code <type>} lines go, and the type's steps. */
    public record RecordType(String type, String path, List<StepType> steps) {
    }

    /** A lifecycle step: its name (the line's type is the record type, a dot and the name), path and event. */
    public record StepType(String name, String path, Class<?> event) {
    }

    /** What stands for the record's id in a step's path. */
    public static final String OF = "{of}";
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

    private final Supplier<List<RecordType>> declared;
    private volatile List<RecordType> types;

    /** {@code declared}: asked once, when first needed (the resources are beans of the service). */
    public LedgerTypes(Supplier<List<RecordType>> declared) {
        this.declared = declared;
    }

    /** The record type that {@code resource} (a {@code @RequestMapping} class) keeps, with its steps. */
    public static RecordType declaredBy(Class<?> resource, String type, PropertyResolver placeholders) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(resource, RequestMapping.class);
        String path = path(mapping, resource.getName(), placeholders);
        List<StepType> steps = new ArrayList<>();
        for (Method method : ReflectionUtils.getUniqueDeclaredMethods(resource)) {
            if (AnnotatedElementUtils.hasAnnotation(method, LedgerStep.class)) {
                steps.add(step(method, path, placeholders));
            }
        }
        return new RecordType(type, path, List.copyOf(steps));
    }

    private static StepType step(Method method, String recordPath, PropertyResolver placeholders) {
        LedgerStep step = AnnotatedElementUtils.findMergedAnnotation(method, LedgerStep.class);
        String where = method.getDeclaringClass().getName() + "." + method.getName();
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping == null || mapping.method().length != 1 || mapping.method()[0] != RequestMethod.POST) {
            throw new IllegalStateException(where + ": a @LedgerStep is a @PostMapping");
        }
        String path = recordPath + path(mapping, where, placeholders);
        Matcher variables = VARIABLE.matcher(path);
        if (variables.results().count() != 1) {
            throw new IllegalStateException(where + ": a @LedgerStep's path names its record's id and nothing else: "
                    + path);
        }
        return new StepType(step.name(), variables.replaceFirst(Matcher.quoteReplacement(OF)), step.event());
    }

    private static String path(RequestMapping mapping, String where, PropertyResolver placeholders) {
        if (mapping == null || mapping.path().length != 1) {
            throw new IllegalStateException(where + ": a record resource or step is mapped to one path");
        }
        return placeholders.resolveRequiredPlaceholders(mapping.path()[0]);
    }

    /** The record types, e.g. {@code study.session}. */
    public List<String> recordTypes() {
        return types().stream().map(RecordType::type).toList();
    }

    /** Line type → path, ordered by type (a record's steps after it); a step's path holds {@code {of}}. */
    public Map<String, String> paths() {
        return table(types());
    }

    private static Map<String, String> table(List<RecordType> types) {
        Map<String, String> paths = new TreeMap<>();
        for (RecordType record : types) {
            put(paths, record.type(), record.path());
            for (StepType step : record.steps()) {
                put(paths, record.type() + "." + step.name(), step.path());
            }
        }
        return Collections.unmodifiableMap(paths);
    }

    private static void put(Map<String, String> paths, String type, String path) {
        String other = paths.putIfAbsent(type, path);
        if (other != null) {
            throw new IllegalStateException("the ledger type " + type + " is declared twice: at " + other + " and "
                    + path);
        }
    }

    /** The name of the step of {@code recordType} that {@code event} records, if it is one. */
    public Optional<String> stepName(String recordType, Object event) {
        return types().stream().filter(record -> record.type().equals(recordType))
                .flatMap(record -> record.steps().stream())
                .filter(step -> step.event().isInstance(event)).map(StepType::name).findFirst();
    }

    private List<RecordType> types() {
        List<RecordType> known = types;
        if (known == null) {
            known = List.copyOf(declared.get());
            table(known); // no line type twice
            types = known;
        }
        return known;
    }
}
