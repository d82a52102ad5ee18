package ruleoflaw.ledger.litigation.record;

import java.time.LocalDate;
import java.util.stream.Stream;

import ruleoflaw.ledger.contracts.litigation.LegalCounselDetails;
import ruleoflaw.ledger.contracts.litigation.LegalCounselRecorded;
import ruleoflaw.ledger.contracts.litigation.LegalReviewDetails;
import ruleoflaw.ledger.contracts.litigation.LegalReviewRecorded;
import ruleoflaw.ledger.contracts.litigation.ReviewKind;
import ruleoflaw.ledger.platform.testing.SimpleRecordLifecycleContract;

class LitigationRecordTest extends SimpleRecordLifecycleContract<LitigationRecord> {

    LitigationRecordTest() {
        super(LitigationRecord.class, "litigation");
    }

    @Override
    protected Stream<Example> examples() {
        var counsel = new LegalCounselDetails("张明", "重庆渝法律师事务所", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 20));
        var review = new LegalReviewDetails(ReviewKind.NORMATIVE_DOCUMENT, "《重庆市九龙坡区科技特派员管理办法（修订）》",
                LocalDate.of(2024, 5, 20), "经合法性审查，内容合法，同意按程序印发");
        return Stream.of(new Example(counsel, new LegalCounselRecorded("r-1", counsel)),
                new Example(review, new LegalReviewRecorded("r-1", review)));
    }
}
