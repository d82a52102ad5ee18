package ruleoflaw.ledger.study;

import org.springframework.http.HttpMethod;

import ruleoflaw.ledger.platform.testing.AxonServerWiringContract;

class StudyOnAxonServerWiringTest extends AxonServerWiringContract {

    @Override
    protected Write aWrite() {
        return new Write(HttpMethod.POST, "/api/study/sessions", """
                {"kind":"COLLECTIVE_STUDY","title":"学习宪法","heldOn":"2011-03-12","attendees":20,"laws":["中华人民共和国宪法"]}""", "recorder");
    }
}
