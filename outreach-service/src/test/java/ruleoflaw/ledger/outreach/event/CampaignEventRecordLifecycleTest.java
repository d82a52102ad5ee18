package ruleoflaw.ledger.outreach.event;

import ruleoflaw.ledger.platform.testing.RecordLifecycleContract;

class CampaignEventRecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected String path() {
        return "/api/outreach/events";
    }

    @Override
    protected String record(String text) {
        return """
                {"campaign":"SCIENCE_WEEK","title":"%s","startsOn":"2011-05-25","endsOn":"2011-05-31","partners":["区科协"],"estimatedAudience":300,"laws":["中华人民共和国科学技术普及法"]}""".formatted(text);
    }
}
