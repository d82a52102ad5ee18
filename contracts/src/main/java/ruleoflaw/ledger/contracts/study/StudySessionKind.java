package ruleoflaw.ledger.contracts.study;

/**
 * The kinds of law study the bureau records; the Chinese name is the one the reports print. {@link #SPECIAL_TRAINING}
 * is the 法治专题培训; {@link #THEMATIC_STUDY} is also called 专题学习.
 */
public enum StudySessionKind {
    COLLECTIVE_STUDY("集中学习"),
    CENTRAL_GROUP_STUDY("理论学习中心组学习"),
    GROUP_STUDY("分组学习"),
    SPECIAL_TRAINING("专题培训"),
    LEADER_LAW_LECTURE("领导干部讲法治课"),
    WARNING_EDUCATION("警示教育"),
    THEMATIC_STUDY("专题学法"),
    FIRST_TOPIC_STUDY("第一议题学习"),
    THREE_MEETINGS_ONE_LESSON("三会一课"),
    LAW_LECTURE("法治讲座");

    private final String chineseName;

    StudySessionKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
