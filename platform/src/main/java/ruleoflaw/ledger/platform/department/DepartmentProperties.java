package ruleoflaw.ledger.platform.department;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's default department: what a ledger kept before departments existed belongs to, and whom a
 * request acts for when neither the user nor the request names one.
 *
 * @param defaultCode its code ({@code LEDGER_DEFAULT_DEPARTMENT})
 * @param defaultName its name until the ledger renames it ({@code LEDGER_DEFAULT_DEPARTMENT_NAME})
 */
@ConfigurationProperties("ledger.departments")
public record DepartmentProperties(@DefaultValue("default") String defaultCode, @DefaultValue(Departments.UNNAMED) String defaultName) {

    public DepartmentProperties {
        Departments.code("ledger.departments.default-code", defaultCode);
    }
}
