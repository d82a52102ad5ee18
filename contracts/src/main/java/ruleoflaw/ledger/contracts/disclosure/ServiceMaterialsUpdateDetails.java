package ruleoflaw.ledger.contracts.disclosure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/** An update of a service item's materials list (the item may have been added in an earlier year). */
public record ServiceMaterialsUpdateDetails(
        @NotBlank @Size(max = 300) String itemName,
        @Size(max = 100) String serviceItemId,
        @NotNull @BusinessDate LocalDate updatedOn,
        @Size(max = 1000) String change) implements RecordDetails {

    public static final String TYPE = "services.materialsUpdate";

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return updatedOn;
    }

    @Override
    public String title() {
        return itemName;
    }
}
