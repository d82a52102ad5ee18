package ruleoflaw.ledger.cli.demo;

import java.util.List;

/**
 * A department of the demo district, generated from the reference department's ledger: its code, its name (marked as
 * generated) and the short name its records say instead of 科技局; {@code scale}: how its counts compare with the
 * reference's; {@code shiftDays}: how far its dates move (within their years); {@code dropPercent}: about how many
 * of the reference's everyday records it has not.
 */
public record DemoDepartment(String code, String fullName, String shortName, double scale, int shiftDays,
        int dropPercent) {

    /** What marks a generated name or title. */
    public static final String MARK = "（演示生成）";

    /** The demo district's departments beside the reference one (九龙坡区 keeps some fifty; five show the idea). */
    public static final List<DemoDepartment> DISTRICT = List.of(
            new DemoDepartment("demo-jxw", "九龙坡区经济和信息化委员会", "经信委", 1.4, 6, 10),
            new DemoDepartment("demo-swj", "九龙坡区商务委员会", "商务委", 0.7, -5, 20),
            new DemoDepartment("demo-sfj", "九龙坡区司法局", "司法局", 1.2, 3, 5),
            new DemoDepartment("demo-jw", "九龙坡区教育委员会", "教委", 1.5, -9, 15),
            new DemoDepartment("demo-scjgj", "九龙坡区市场监督管理局", "市场监管局", 0.8, 11, 25));

    /** Its name in the registry: marked as generated. */
    public String name() {
        return fullName + MARK;
    }
}
