package ruleoflaw.ledger.outreach;

import org.springframework.http.HttpMethod;

import ruleoflaw.ledger.platform.testing.AxonServerWiringContract;

class OutreachOnAxonServerWiringTest extends AxonServerWiringContract {

    @Override
    protected Write aWrite() {
        return new Write(HttpMethod.POST, "/api/outreach/events", """
                {"campaign":"SCIENCE_WEEK","title":"科技活动周","startsOn":"2011-05-25","endsOn":"2011-05-31","partners":["区科协"],"estimatedAudience":300,"laws":["中华人民共和国科学技术普及法"]}""", "recorder");
    }
}
