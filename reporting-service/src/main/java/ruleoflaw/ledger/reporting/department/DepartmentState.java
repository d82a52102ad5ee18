package ruleoflaw.ledger.reporting.department;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The read model of one department: as it stands, with every name it bore. {@link #version} is the last event
 * applied, so a replayed event changes nothing.
 */
@Document(DepartmentState.COLLECTION)
class DepartmentState {

    static final String COLLECTION = "reporting_departments";

    @Id
    String code;
    String name;
    DepartmentStatus status;
    String mergedInto;
    LocalDate endedOn;
    String endReason;
    long version = -1;
    List<DepartmentView.Name> names = new ArrayList<>();

    DepartmentView view() {
        return new DepartmentView(code, name, status, mergedInto, endedOn, endReason, names, version);
    }
}
