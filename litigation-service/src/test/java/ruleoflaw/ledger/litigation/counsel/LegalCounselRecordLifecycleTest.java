package ruleoflaw.ledger.litigation.counsel;

import ruleoflaw.ledger.platform.testing.RecordLifecycleContract;

class LegalCounselRecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected String path() {
        return "/api/litigation/counsel";
    }

    @Override
    protected String record(String text) {
        return """
                {"name":"%s","firm":"重庆渝法律师事务所","termStart":"2011-01-01","termEnd":"2011-12-31","retainedOn":"2011-01-05","filedOn":"2011-01-19"}""".formatted(text);
    }
}
