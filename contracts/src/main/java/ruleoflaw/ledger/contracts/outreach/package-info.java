/** 普法与科普: the published language of outreach-service. */
package ruleoflaw.ledger.contracts.outreach;
