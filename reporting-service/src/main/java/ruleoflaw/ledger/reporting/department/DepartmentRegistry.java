package ruleoflaw.ledger.reporting.department;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.reporting.projections.Generations;
import ruleoflaw.ledger.reporting.projections.ReadYourWrite;

/**
 * The query side of the departments: every department the district ever had, under its code, and the name it bore in
 * a year (a report of 2018 is titled with the department's name of 2018). The installation's default department
 * always exists: until something is recorded about it, it is the one the platform configures.
 */
@Component
public class DepartmentRegistry {

    /** The processor that projects the departments' events; unique across services. */
    public static final String PROCESSING_GROUP = "reporting-departments";

    private final MongoTemplate mongo;
    private final Generations generations;
    private final Departments departments;

    DepartmentRegistry(MongoTemplate mongo, Generations generations, Departments departments) {
        this.mongo = mongo;
        this.generations = generations;
        this.departments = departments;
    }

    /** Every department, open, merged or closed, sorted by code. */
    public List<DepartmentView> all() {
        List<DepartmentView> all = new ArrayList<>(mongo.findAll(DepartmentState.class, departments()).stream()
                .map(DepartmentState::view).toList());
        if (all.stream().noneMatch(department -> department.code().equals(departments.defaultCode()))) {
            all.add(assumedDefault());
        }
        all.sort(Comparator.comparing(DepartmentView::code));
        return all;
    }

    /** The department under {@code code}, if there is one. */
    public Optional<DepartmentView> find(String code) {
        if (!Departments.isCode(code)) {
            return Optional.empty();
        }
        DepartmentState stored = mongo.findById(code, DepartmentState.class, departments());
        if (stored != null) {
            return Optional.of(stored.view());
        }
        return code.equals(departments.defaultCode()) ? Optional.of(assumedDefault()) : Optional.empty();
    }

    /**
     * The department's name in force on 31 December of {@code year}, or the last it bore before it was merged or
     * closed; for a code the registry does not know, the code itself.
     */
    public String nameIn(String code, int year) {
        return find(code).map(department -> department.nameIn(year)).orElse(code);
    }

    /**
     * The department's name as a report of {@code year} is titled with (重庆市××区××局关于2024年…的报告); nothing while the
     * default department has no name but {@value Departments#UNNAMED}.
     */
    public String inTitle(String code, int year) {
        String name = nameIn(code, year);
        return name.equals(Departments.UNNAMED) ? "" : name;
    }

    /** Whether {@code code} is a department that still works (neither merged into another nor closed). */
    public boolean isOpen(String code) {
        return find(code).map(department -> department.status() == DepartmentStatus.OPEN).orElse(false);
    }

    /**
     * Waits until the read model holds the department at {@code version} (the projection runs on its own thread), so
     * a writer reads its own write; gives up after {@code patience}.
     */
    Optional<DepartmentView> awaitVersion(String code, long version, Duration patience) {
        return ReadYourWrite.await(() -> Optional.ofNullable(mongo.findById(code, DepartmentState.class, departments()))
                .filter(department -> department.version >= version).map(DepartmentState::view), patience);
    }

    private DepartmentView assumedDefault() {
        return DepartmentView.assumed(departments.defaultCode(), departments.defaultName());
    }

    private String departments() {
        return generations.active(DepartmentState.COLLECTION);
    }
}
