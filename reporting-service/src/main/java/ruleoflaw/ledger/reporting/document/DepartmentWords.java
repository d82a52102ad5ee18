package ruleoflaw.ledger.reporting.document;

import java.util.List;

/**
 * How a report's text names its department: by its full name ({@value #NAME}: 重庆市九龙坡区科学技术局) and as it calls
 * itself ({@value #SELF}: 我局, 我委, 我中心), both from the name the department bore in the report's year. A department
 * without a name (the installation's unnamed default) calls itself 我单位 in both places.
 */
record DepartmentWords(String name, String self) {

    /** In the phrasebook's text: where the department's full name is written. */
    static final String NAME = "[单位名称]";
    /** In the phrasebook's text: where the department speaks of itself. */
    static final String SELF = "[本单位]";

    private static final String UNNAMED_SELF = "我单位";
    /** Name endings and how a department so named calls itself, longest ending first. */
    private static final List<String[]> SELVES = List.of(
            new String[] {"委员会", "我委"}, new String[] {"办公室", "我办"}, new String[] {"办事处", "我处"},
            new String[] {"中心", "我中心"}, new String[] {"街道", "我街道"}, new String[] {"局", "我局"},
            new String[] {"委", "我委"}, new String[] {"办", "我办"}, new String[] {"厅", "我厅"}, new String[] {"院", "我院"},
            new String[] {"所", "我所"}, new String[] {"站", "我站"}, new String[] {"馆", "我馆"}, new String[] {"队", "我队"},
            new String[] {"处", "我处"}, new String[] {"镇", "我镇"}, new String[] {"乡", "我乡"});

    /** @param nameInTitle the department's name as the report's title gives it, empty for an unnamed department */
    static DepartmentWords of(String nameInTitle) {
        String name = nameInTitle == null ? "" : nameInTitle.strip();
        if (name.isEmpty()) {
            return new DepartmentWords(UNNAMED_SELF, UNNAMED_SELF);
        }
        String self = SELVES.stream().filter(ending -> name.endsWith(ending[0])).map(ending -> ending[1]).findFirst()
                .orElse(UNNAMED_SELF);
        return new DepartmentWords(name, self);
    }

    /** The text with the department named where the phrasebook asks for it. */
    String fill(String text) {
        return text.replace(NAME, name).replace(SELF, self);
    }
}
