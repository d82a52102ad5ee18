/** 学法与会议: the published language of study-service. */
package ruleoflaw.ledger.contracts.study;
