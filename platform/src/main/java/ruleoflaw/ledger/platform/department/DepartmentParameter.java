package ruleoflaw.ledger.platform.department;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;

import ruleoflaw.ledger.contracts.identity.DepartmentCodes;

/**
 * Every operation of the API takes the department it acts for the same way: {@code ?department=CODE}. The gateway
 * reads it; this puts it in each service's OpenAPI, so that the documentation says so on every path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OperationCustomizer.class)
public class DepartmentParameter {

    @Bean
    OperationCustomizer departmentParameter() {
        return (operation, handler) -> {
            boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(parameter -> Departments.PARAMETER.equals(parameter.getName()));
            if (!declared) {
                operation.addParametersItem(new QueryParameter().name(Departments.PARAMETER).required(false)
                        .schema(new StringSchema().pattern(DepartmentCodes.PATTERN))
                        .description("The department the request acts for (its code). Omitted: the user's own, or "
                                + "the installation's default department. Another department than the user's is "
                                + "refused (403), but for reading by the district office."));
            }
            return operation;
        };
    }
}
