package ruleoflaw.ledger.platform.department;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DepartmentProperties.class)
@Import(DepartmentParameter.class)
public class DepartmentConfiguration {

    @Bean
    Departments departments(DepartmentProperties properties) {
        return new Departments(properties);
    }
}
