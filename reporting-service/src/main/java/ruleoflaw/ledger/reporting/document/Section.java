package ruleoflaw.ledger.reporting.document;

public enum Section { INTRODUCTION, MEASURES, PRINCIPAL_DUTIES, SHORTCOMINGS, NEXT_YEAR, OTHER }
