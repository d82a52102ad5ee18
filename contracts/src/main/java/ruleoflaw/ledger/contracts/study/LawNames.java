package ruleoflaw.ledger.contracts.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One name per law, so that 《宪法》, 宪法 and 中华人民共和国宪法 count as one law studied. The aliases
 * are data ({@code law-aliases.tsv} beside this class); national laws get their full name by rule.
 */
public final class LawNames {

    private static final String PREFIX = "中华人民共和国";
    private static final Map<String, String> ALIASES = load();

    private LawNames() {
    }

    public static String canonical(String written) {
        String name = written.strip().replaceAll("^《|》$", "").replaceAll("\\s+", "");
        String aliased = ALIASES.get(name);
        if (aliased != null) {
            return aliased;
        }
        return name.endsWith("法") && !name.startsWith(PREFIX) && !name.contains("省") && !name.contains("市")
                ? PREFIX + name
                : name;
    }

    /** Each law once, by its canonical name, in the order first written. */
    public static Set<String> canonical(Collection<String> written) {
        return written == null ? Set.of()
                : written.stream().filter(Objects::nonNull).filter(name -> !name.isBlank()).map(LawNames::canonical)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, String> load() {
        try (var in = LawNames.class.getResourceAsStream("law-aliases.tsv");
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .collect(Collectors.toUnmodifiableMap(parts -> parts[0].strip(), parts -> parts[1].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read law-aliases.tsv", e);
        }
    }
}
