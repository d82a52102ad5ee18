package ruleoflaw.ledger.reporting.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ruleoflaw.ledger.contracts.record.InvalidFieldException;
import ruleoflaw.ledger.platform.department.DepartmentProperties;
import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.problem.RecordConflictException;

class DepartmentTest {

    static final String KJJ = "jlp-kjj";
    static final String SCIENCE_BUREAU = "重庆市九龙坡区科学技术局";
    static final String SCIENCE_BUREAU_2019 = "重庆市九龙坡区科技局";
    static final String REFORM = "区级机构改革方案（2019年）";
    static final LocalDate CREATED = LocalDate.of(2010, 1, 1);
    static final LocalDate REFORMED = LocalDate.of(2019, 3, 1);

    FixtureConfiguration<Department> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Department.class);
        fixture.registerInjectableResource(new Departments(new DepartmentProperties("default", "本单位")));
    }

    @Test
    void aDepartmentIsCreatedWithItsNameStripped() {
        fixture.givenNoPriorActivity()
                .when(new CreateDepartment(KJJ, "  " + SCIENCE_BUREAU + "\n", CREATED))
                .expectEvents(new DepartmentCreated(KJJ, SCIENCE_BUREAU, CREATED))
                .expectResultMessagePayload(0L);
    }

    @Test
    void aCodeIsCreatedOnce() {
        fixture.given(created())
                .when(new CreateDepartment(KJJ, SCIENCE_BUREAU_2019, REFORMED))
                .expectException(RecordConflictException.class)
                .expectExceptionMessage(containsString("exists already"))
                .expectNoEvents();
    }

    @Test
    void aCodeIsLettersDigitsAndDashes() {
        fixture.givenNoPriorActivity().when(new CreateDepartment("科技局", SCIENCE_BUREAU, CREATED))
                .expectException(field("code")).expectNoEvents();
    }

    @Test
    void aNameAndADayAreRequired() {
        fixture.givenNoPriorActivity().when(new CreateDepartment(KJJ, " ", CREATED))
                .expectException(field("name")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateDepartment(KJJ, "局".repeat(Department.MAX_NAME_LENGTH + 1), CREATED))
                .expectException(field("name")).expectNoEvents();
        fixture.givenNoPriorActivity().when(new CreateDepartment(KJJ, SCIENCE_BUREAU, null))
                .expectException(field("since")).expectNoEvents();
    }

    @Test
    void aReorganisationRenamesTheDepartmentSayingWhy() {
        fixture.given(created())
                .when(new RenameDepartment(KJJ, SCIENCE_BUREAU_2019, REFORMED, " " + REFORM + " "))
                .expectEvents(new DepartmentRenamed(KJJ, SCIENCE_BUREAU_2019, REFORMED, REFORM))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aRenamingToTheSameNameOrWithoutAReasonIsRefused() {
        fixture.given(created())
                .when(new RenameDepartment(KJJ, " " + SCIENCE_BUREAU, REFORMED, REFORM))
                .expectException(field("name")).expectNoEvents();
        fixture.given(created())
                .when(new RenameDepartment(KJJ, SCIENCE_BUREAU_2019, REFORMED, "  "))
                .expectException(field("reason")).expectNoEvents();
    }

    @Test
    void aNewNameCannotTakeEffectBeforeThePresentOne() {
        fixture.given(created(), renamed())
                .when(new RenameDepartment(KJJ, "重庆市九龙坡区科学技术和经济信息化委员会", LocalDate.of(2018, 12, 31), "误录"))
                .expectException(field("since"))
                .expectExceptionMessage(containsString("2019-03-01"))
                .expectNoEvents();
        fixture.given(created(), renamed())
                .when(new CloseDepartment(KJJ, LocalDate.of(2019, 2, 28), "撤销"))
                .expectException(field("on")).expectNoEvents();
    }

    @Test
    void anUnknownDepartmentIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RenameDepartment(KJJ, SCIENCE_BUREAU_2019, REFORMED, REFORM))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theDefaultDepartmentIsRenamedWithoutBeingCreatedFirst() {
        fixture.givenNoPriorActivity()
                .when(new RenameDepartment("default", SCIENCE_BUREAU_2019, REFORMED, REFORM))
                .expectEvents(new DepartmentCreated("default", "本单位", Department.DEFAULT_SINCE),
                        new DepartmentRenamed("default", SCIENCE_BUREAU_2019, REFORMED, REFORM))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theDefaultDepartmentCreatedExplicitlyKeepsItsStoredName() {
        fixture.given(new DepartmentCreated("default", SCIENCE_BUREAU, CREATED))
                .when(new RenameDepartment("default", SCIENCE_BUREAU_2019, REFORMED, REFORM))
                .expectEvents(new DepartmentRenamed("default", SCIENCE_BUREAU_2019, REFORMED, REFORM));
        fixture.given(new DepartmentCreated("default", "本单位", Department.DEFAULT_SINCE))
                .when(new CreateDepartment("default", SCIENCE_BUREAU, CREATED))
                .expectException(RecordConflictException.class);
    }

    @Test
    void aDepartmentIsMergedIntoAnother() {
        fixture.given(created(), renamed())
                .when(new MergeDepartment(KJJ, "jlp-jxw", LocalDate.of(2024, 1, 1), "职能划入区经济信息委"))
                .expectEvents(new DepartmentMerged(KJJ, "jlp-jxw", LocalDate.of(2024, 1, 1), "职能划入区经济信息委"));
        fixture.given(created())
                .when(new MergeDepartment(KJJ, KJJ, LocalDate.of(2024, 1, 1), "自身"))
                .expectException(field("into")).expectNoEvents();
        fixture.given(created())
                .when(new MergeDepartment(KJJ, "经信委", LocalDate.of(2024, 1, 1), "职能划入"))
                .expectException(field("into")).expectNoEvents();
    }

    @Test
    void nothingFollowsAMergerOrAClosure() {
        DepartmentMerged merged = new DepartmentMerged(KJJ, "jlp-jxw", LocalDate.of(2024, 1, 1), "职能划入区经济信息委");
        DepartmentClosed closed = new DepartmentClosed(KJJ, LocalDate.of(2024, 1, 1), "机构撤销");
        for (Object end : List.of(merged, closed)) {
            for (Object command : List.of(new RenameDepartment(KJJ, "新名称", LocalDate.of(2025, 1, 1), "改名"),
                    new MergeDepartment(KJJ, "jlp-fgw", LocalDate.of(2025, 1, 1), "再并"),
                    new CloseDepartment(KJJ, LocalDate.of(2025, 1, 1), "再撤"))) {
                fixture.given(created(), end).when(command)
                        .expectException(RecordConflictException.class)
                        .expectExceptionMessage(containsString("nothing is recorded after that"))
                        .expectNoEvents();
            }
        }
    }

    @Test
    void aClosureSaysWhy() {
        fixture.given(created())
                .when(new CloseDepartment(KJJ, LocalDate.of(2024, 1, 1), null))
                .expectException(field("reason")).expectNoEvents();
        fixture.given(created())
                .when(new CloseDepartment(KJJ, LocalDate.of(2024, 1, 1), "机构撤销"))
                .expectEvents(new DepartmentClosed(KJJ, LocalDate.of(2024, 1, 1), "机构撤销"));
    }

    @Test
    void aNameIsTheOneInForceAtTheEndOfTheYear() {
        DepartmentView view = new DepartmentView(KJJ, SCIENCE_BUREAU_2019, DepartmentStatus.CLOSED, null,
                LocalDate.of(2024, 1, 1), "机构撤销", List.of(
                        new DepartmentView.Name(SCIENCE_BUREAU, CREATED, null, null, null),
                        new DepartmentView.Name(SCIENCE_BUREAU_2019, REFORMED, REFORM, null, null)), 2L);
        assertThat(view.nameIn(2018)).isEqualTo(SCIENCE_BUREAU);
        assertThat(view.nameIn(2019)).isEqualTo(SCIENCE_BUREAU_2019);
        assertThat(view.nameIn(2030)).as("the last name before it closed").isEqualTo(SCIENCE_BUREAU_2019);
        assertThat(view.nameIn(2005)).as("before it existed: its first name").isEqualTo(SCIENCE_BUREAU);
    }

    private static DepartmentCreated created() {
        return new DepartmentCreated(KJJ, SCIENCE_BUREAU, CREATED);
    }

    private static DepartmentRenamed renamed() {
        return new DepartmentRenamed(KJJ, SCIENCE_BUREAU_2019, REFORMED, REFORM);
    }

    private static org.hamcrest.Matcher<InvalidFieldException> field(String name) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidFieldException exception) {
                return name.equals(exception.field());
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a refusal naming the field " + name);
            }
        };
    }
}
