package ruleoflaw.ledger.outreach.event;

import ruleoflaw.ledger.platform.testing.OnAxonServer;

/** The same lifecycle with Axon Server as event store and message router; skipped where no Docker engine runs. */
@OnAxonServer
class CampaignEventRecordLifecycleOnAxonServerTest extends CampaignEventRecordLifecycleTest {
}
