package ruleoflaw.ledger.disclosure.record;

import java.time.LocalDate;
import java.util.stream.Stream;

import ruleoflaw.ledger.contracts.disclosure.InformationCategory;
import ruleoflaw.ledger.contracts.disclosure.InformationItemDetails;
import ruleoflaw.ledger.contracts.disclosure.InformationItemRecorded;
import ruleoflaw.ledger.contracts.disclosure.NormativeCleanupDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeDocumentRecorded;
import ruleoflaw.ledger.contracts.disclosure.NormativeRepealDetails;
import ruleoflaw.ledger.contracts.disclosure.NormativeRepealRecorded;
import ruleoflaw.ledger.contracts.disclosure.ServiceItemDetails;
import ruleoflaw.ledger.contracts.disclosure.ServiceItemRecorded;
import ruleoflaw.ledger.contracts.disclosure.ServiceMaterialsUpdateDetails;
import ruleoflaw.ledger.contracts.disclosure.ServiceMaterialsUpdateRecorded;
import ruleoflaw.ledger.contracts.disclosure.StatutoryKind;
import ruleoflaw.ledger.platform.testing.SimpleRecordLifecycleContract;

class DisclosureRecordTest extends SimpleRecordLifecycleContract<DisclosureRecord> {

    DisclosureRecordTest() {
        super(DisclosureRecord.class, "disclosure");
    }

    private static final LocalDate JUNE_3 = LocalDate.of(2024, 6, 3);

    @Override
    protected Stream<Example> examples() {
        var item = new InformationItemDetails(InformationCategory.STATUTORY, StatutoryKind.BUDGETS_AND_FINAL_ACCOUNTS,
                "区科技局2024年部门预算", JUNE_3, JUNE_3.plusDays(10), "政府门户网站", null);
        var document = new NormativeDocumentDetails("九龙坡科技发〔2024〕12号", "重庆市九龙坡区科技特派员管理办法（修订）",
                JUNE_3, JUNE_3.plusDays(30), null, "九龙坡科技发〔2019〕8号");
        var repeal = new NormativeRepealDetails("九龙坡科技发〔2019〕8号", "重庆市九龙坡区科技特派员管理办法", JUNE_3, "已被修订");
        var service = new ServiceItemDetails("科技型企业入库登记", "重庆市网上办事大厅", true, JUNE_3);
        var update = new ServiceMaterialsUpdateDetails("科技型企业入库登记", null, JUNE_3, "精简申请材料两项");
        var cleanup = new NormativeCleanupDetails("妨碍统一市场和公平竞争的政策措施清理", "本局现行有效的行政规范性文件", JUNE_3,
                12, 8, 2, 1, 1);
        return Stream.of(new Example(item, new InformationItemRecorded("r-1", item)),
                new Example(document, new NormativeDocumentRecorded("r-1", document)),
                new Example(repeal, new NormativeRepealRecorded("r-1", repeal)),
                new Example(service, new ServiceItemRecorded("r-1", service)),
                new Example(update, new ServiceMaterialsUpdateRecorded("r-1", update)),
                new Example(cleanup));
    }
}
