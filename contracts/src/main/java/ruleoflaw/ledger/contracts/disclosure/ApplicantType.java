package ruleoflaw.ledger.contracts.disclosure;

/** The applicant of a disclosure application: the columns of table 三 of the disclosure report. */
public enum ApplicantType {
    /** 自然人 */
    NATURAL_PERSON,
    /** 法人或其他组织: 商业企业 */
    COMMERCIAL_ENTERPRISE,
    /** 科研机构 */
    RESEARCH_INSTITUTE,
    /** 社会公益组织 */
    PUBLIC_INTEREST_ORGANISATION,
    /** 法律服务机构 */
    LEGAL_SERVICES_ORGANISATION,
    /** 其他 */
    OTHER_ORGANISATION
}
