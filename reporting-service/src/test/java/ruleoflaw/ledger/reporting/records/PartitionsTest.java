package ruleoflaw.ledger.reporting.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which collections are a generation's partitions: a rebuild drops the old generation's, so a new generation's must
 * never pass for one of the old (seen: the second generation's documents in force, named {@code …t_normative_document_g2},
 * read as a department "ocument_g2" of the first, were dropped after a rebuild).
 */
class PartitionsTest {

    @Test
    void eachPartitionBelongsToItsOwnGenerationOnly() {
        for (String department : new String[] {null, "kjj", "demo-jxw", "d_01"}) {
            for (String partition : new String[] {Partitions.ofYear(department, 2024, 1),
                    Partitions.ofType(department, "normative.document", 1), Partitions.ofType(department, "legal.case", 1)}) {
                assertThat(Partitions.isPartition(partition, 1)).as(partition).isTrue();
                assertThat(Partitions.isPartition(partition, 2)).as(partition).isFalse();
            }
            for (String partition : new String[] {Partitions.ofYear(department, 2024, 2),
                    Partitions.ofType(department, "normative.document", 2), Partitions.ofType(department, "legal.case", 2)}) {
                assertThat(Partitions.isPartition(partition, 2)).as(partition).isTrue();
                assertThat(Partitions.isPartition(partition, 1)).as(partition).isFalse();
                assertThat(Partitions.isPartition(partition, 3)).as(partition).isFalse();
            }
        }
        assertThat(Partitions.ofType(null, "normative.document", 1)).isEqualTo("reporting_record_versions_t_normative_document");
        assertThat(Partitions.ofYear("kjj", 2024, 1)).isEqualTo("reporting_record_versions_y2024__dkjj");
        assertThat(Partitions.isPartition("reporting_annual_reports", 1)).isFalse();
    }
}
