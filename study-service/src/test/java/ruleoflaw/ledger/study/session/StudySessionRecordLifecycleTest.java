package ruleoflaw.ledger.study.session;

import ruleoflaw.ledger.platform.testing.RecordLifecycleContract;

class StudySessionRecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected String path() {
        return "/api/study/sessions";
    }

    @Override
    protected String record(String text) {
        return """
                {"kind":"COLLECTIVE_STUDY","title":"%s","heldOn":"2011-03-12","attendees":20,"laws":["中华人民共和国宪法"]}""".formatted(text);
    }
}
