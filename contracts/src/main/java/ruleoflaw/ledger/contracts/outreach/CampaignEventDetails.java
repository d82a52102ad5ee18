package ruleoflaw.ledger.contracts.outreach;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A publicity event (科技活动周, 全国科普日, 宪法宣传周 or another named campaign): when, with whom, for about how many
 * people, publicising which laws or legal topics. It counts in the year it starts. That another campaign is named and
 * that it ends on or after its start are the aggregate's rules, so that corrections keep them too.
 */
public record CampaignEventDetails(
        @NotNull Campaign campaign,
        @Size(max = 100) String campaignName,
        @NotBlank @Size(max = 200) String title,
        @NotNull @BusinessDate LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> partners,
        @Min(0) @Max(10_000_000) Integer estimatedAudience,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> laws) implements RecordDetails {

    public static final String TYPE = "outreach.event";

    public CampaignEventDetails {
        partners = partners == null ? List.of() : List.copyOf(partners);
        laws = laws == null ? List.of() : List.copyOf(laws);
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public LocalDate businessDate() {
        return startsOn;
    }
}
