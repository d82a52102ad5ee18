/** 法务: the published language of litigation-service (cases and their legal clock, counsel, legal reviews). */
package ruleoflaw.ledger.contracts.litigation;
