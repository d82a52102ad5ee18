package ruleoflaw.ledger.contracts.outreach;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ruleoflaw.ledger.contracts.record.BusinessDate;
import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.contracts.record.RecordDetails;

/**
 * A publicity event (科技活动周, 全国科普日, 宪法宣传周 or another named campaign): when, with whom, for about how many
 * people, publicising which laws or legal topics. It counts in the year it starts. That another campaign is named and
 * that it ends on or after its start, within a year of it, are its rules ({@link #checked()}), kept by corrections too.
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

    /**
     * Another campaign is named, and the event ends on or after its start, within a year of it; title and campaign name
     * without surrounding blanks (a blank campaign name is none).
     */
    @Override
    public CampaignEventDetails checked() {
        String name = campaignName == null || campaignName.isBlank() ? null : campaignName.strip();
        if (campaign == Campaign.OTHER && name == null) {
            throw new InvalidFieldException("campaignName", "names the campaign when it is not one of the listed ones");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidFieldException("endsOn", "must not be before startsOn");
        }
        if (endsOn.isAfter(startsOn.plusYears(1))) {
            throw new InvalidFieldException("endsOn", "must be within a year of startsOn");
        }
        return new CampaignEventDetails(campaign, name, title.strip(), startsOn, endsOn, partners, estimatedAudience,
                laws);
    }
}
