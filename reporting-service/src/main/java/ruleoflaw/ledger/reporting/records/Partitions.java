package ruleoflaw.ledger.reporting.records;

import java.util.Set;
import java.util.regex.Pattern;

import ruleoflaw.ledger.contracts.disclosure.DisclosureApplicationDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeRepealDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCaseDetails;
import ruleoflaw.ledger.contracts.outreach.ContestEditionDetails;
import ruleoflaw.ledger.reporting.projections.Generations;

/**
 * The collections record versions are kept in. A year's figures read one year's partition, never the whole history:
 * a MongoDB-protocol server without secondary indexes (the embedded one) would otherwise scan every version of
 * every year for each request. A record's versions go to every year it has counted in, so a record corrected into
 * another year is found from both. The few types that figures follow across years (cases pending, documents in
 * force, a contest's run of years) have a partition of their own as well.
 */
public final class Partitions {

    static final Set<String> KEPT_ACROSS_YEARS = Set.of(LegalCaseDetails.TYPE, DisclosureApplicationDetails.TYPE,
            NormativeDocumentDetails.TYPE, NormativeRepealDetails.TYPE, ContestEditionDetails.TYPE);
    /**
     * A year's or a type's partition, then a department's code after {@code __d} (the default department's have none).
     * The separator is one a type's name never holds, so {@code t_normative_document} is no department's partition.
     */
    private static final Pattern OWN = Pattern.compile(
            Pattern.quote(RecordVersion.COLLECTION) + "_(y\\d{4}|t_[a-zA-Z]+(?:_[a-zA-Z]+)*)(__d[A-Za-z0-9_-]+)?");
    /** What another generation's collection ends with (a department's code never does, see Departments). */
    private static final Pattern GENERATION = Pattern.compile(".*_g\\d+");

    private Partitions() {
    }

    static boolean keptAcrossYears(String type) {
        return KEPT_ACROSS_YEARS.contains(type);
    }

    /**
     * The partition of a department's year. {@code department} is null for the installation's default department,
     * whose partitions keep the names they had before departments existed.
     */
    public static String ofYear(String department, int year, int generation) {
        return Generations.collection(RecordVersion.COLLECTION + "_y" + year + of(department), generation);
    }

    static String ofType(String department, String type, int generation) {
        return Generations.collection(RecordVersion.COLLECTION + "_t_" + type.replace('.', '_') + of(department),
                generation);
    }

    private static String of(String department) {
        return department == null ? "" : "__d" + department;
    }

    /** Whether {@code collection} is one of these partitions of {@code generation}. */
    static boolean isPartition(String collection, int generation) {
        String suffix = generation == 1 ? "" : "_g" + generation;
        if (!collection.endsWith(suffix)) {
            return false;
        }
        String partition = collection.substring(0, collection.length() - suffix.length());
        return !GENERATION.matcher(partition).matches() && OWN.matcher(partition).matches();
    }
}
