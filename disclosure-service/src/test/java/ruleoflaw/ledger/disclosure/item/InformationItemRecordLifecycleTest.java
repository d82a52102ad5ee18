package ruleoflaw.ledger.disclosure.item;

import ruleoflaw.ledger.platform.testing.RecordLifecycleContract;

class InformationItemRecordLifecycleTest extends RecordLifecycleContract {

    @Override
    protected String path() {
        return "/api/disclosure/items";
    }

    @Override
    protected String record(String text) {
        return """
                {"category":"GUIDE","title":"%s","publishedOn":"2011-01-10","channel":"政府门户网站"}""".formatted(text);
    }
}
