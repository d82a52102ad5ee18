package ruleoflaw.ledger.reporting.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import ruleoflaw.ledger.platform.department.Departments;
import ruleoflaw.ledger.platform.testing.LedgerServiceTest;
import ruleoflaw.ledger.platform.testing.TestGateway;

/**
 * The department registry through the service, as the gateway forwards it: an admin records the 2019 reorganisation
 * of the district's science bureau in Chinese, and the report of 2018 keeps the name the bureau had then. Each test
 * has departments of its own: the stores are shared.
 */
@LedgerServiceTest
class DepartmentApiTest {

    static final String SCIENCE_BUREAU = "重庆市九龙坡区科学技术局";
    static final String SCIENCE_BUREAU_2019 = "重庆市九龙坡区科技局";
    static final String ECONOMY_BUREAU = "重庆市九龙坡区经济和信息化委员会";
    static final String REFORM = "《重庆市九龙坡区机构改革方案》";
    static final String PATH = "/api/reports/departments";

    @Autowired
    TestRestTemplate http;
    @Autowired
    DepartmentRegistry registry;
    @Autowired
    Departments departments;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aRenamedDepartmentKeepsItsOldNameForEarlierYears() {
        String code = fresh("kjj");
        ResponseEntity<Map> created = write(PATH, admin(),
                Map.of("code", code, "name", " " + SCIENCE_BUREAU + " ", "since", "2010-01-01"));
        assertThat(body(created, HttpStatus.CREATED)).containsEntry("code", code).containsEntry("name", SCIENCE_BUREAU)
                .containsEntry("status", "OPEN").containsEntry("version", 0);
        assertThat(created.getHeaders().getLocation()).hasToString(PATH + "/" + code);

        Map<String, Object> renamed = body(write(PATH + "/" + code + "/renaming", admin(),
                Map.of("name", SCIENCE_BUREAU_2019, "since", "2019-03-01", "reason", REFORM)), HttpStatus.OK);
        assertThat(renamed).containsEntry("name", SCIENCE_BUREAU_2019).containsEntry("version", 1);
        assertThat((List<Map<String, Object>>) renamed.get("names"))
                .extracting(name -> name.get("name"), name -> name.get("since"), name -> name.get("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SCIENCE_BUREAU, "2010-01-01", null),
                        org.assertj.core.groups.Tuple.tuple(SCIENCE_BUREAU_2019, "2019-03-01", REFORM));
        assertThat(((List<Map<String, Object>>) renamed.get("names")).get(1)).containsEntry("recordedBy", "管理员");
        assertThat(body(get(PATH + "/" + code, TestGateway.as("办公室主任", "editor")), HttpStatus.OK))
                .as("any signed-in user reads it, in Chinese as written").isEqualTo(renamed);

        assertThat(registry.nameIn(code, 2018)).isEqualTo(SCIENCE_BUREAU);
        assertThat(registry.nameIn(code, 2019)).isEqualTo(SCIENCE_BUREAU_2019);
        assertThat(registry.nameIn(code, 2025)).isEqualTo(SCIENCE_BUREAU_2019);
        assertThat(registry.nameIn("no-such-bureau", 2025)).isEqualTo("no-such-bureau");
        assertThat(registry.isOpen(code)).isTrue();
    }

    @Test
    void theDefaultDepartmentIsListedWithEveryOtherSortedByCode() {
        String closed = fresh("zz-closed");
        String other = fresh("aa-open");
        write(PATH, admin(), Map.of("code", closed, "name", "重庆市九龙坡区旧局", "since", "2001-01-01"));
        write(PATH, admin(), Map.of("code", other, "name", ECONOMY_BUREAU, "since", "2001-01-01"));
        body(write(PATH + "/" + closed + "/closure", admin(), Map.of("on", "2019-03-01", "reason", REFORM)),
                HttpStatus.OK);

        List<Map<String, Object>> all = http.exchange(PATH, HttpMethod.GET, new HttpEntity<>(
                TestGateway.as("审计员", "auditor")), List.class).getBody();
        List<String> codes = all.stream().map(department -> department.get("code").toString()).toList();
        assertThat(codes).contains(departments.defaultCode(), closed, other).isSorted();
        assertThat(all).filteredOn(department -> department.get("code").equals(closed)).singleElement()
                .satisfies(department -> assertThat(department).containsEntry("status", "CLOSED")
                        .containsEntry("endedOn", "2019-03-01").containsEntry("endReason", REFORM)
                        .containsEntry("name", "重庆市九龙坡区旧局"));
        assertThat(all).filteredOn(department -> department.get("code").equals(departments.defaultCode()))
                .singleElement().satisfies(department -> assertThat(department).containsEntry("status", "OPEN"));
        assertThat(registry.find(departments.defaultCode())).isPresent();
        assertThat(registry.isOpen(closed)).isFalse();
        assertThat(http.getForEntity(PATH, Map.class).getStatusCode()).as("signed in only")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDepartmentMergesIntoAnotherOpenOne() {
        String kjj = fresh("kjj");
        String jxw = fresh("jxw");
        String gone = fresh("gone");
        for (String code : List.of(kjj, jxw, gone)) {
            body(write(PATH, admin(), Map.of("code", code, "name", ECONOMY_BUREAU + code, "since", "2015-01-01")),
                    HttpStatus.CREATED);
        }
        body(write(PATH + "/" + gone + "/closure", admin(), Map.of("on", "2018-01-01", "reason", "撤销")), HttpStatus.OK);

        assertThat(fieldOf(write(PATH + "/" + kjj + "/merger", admin(),
                Map.of("into", gone, "on", "2024-01-01", "reason", "职能划转")))).isEqualTo("into");
        assertThat(fieldOf(write(PATH + "/" + kjj + "/merger", admin(),
                Map.of("into", fresh("nowhere"), "on", "2024-01-01", "reason", "职能划转")))).isEqualTo("into");
        assertThat(fieldOf(write(PATH + "/" + kjj + "/merger", admin(),
                Map.of("into", kjj, "on", "2024-01-01", "reason", "职能划转")))).isEqualTo("into");

        Map<String, Object> merged = body(write(PATH + "/" + kjj + "/merger", admin(),
                Map.of("into", jxw, "on", "2024-01-01", "reason", "职能划入区经济信息委")), HttpStatus.OK);
        assertThat(merged).containsEntry("status", "MERGED").containsEntry("mergedInto", jxw)
                .containsEntry("endedOn", "2024-01-01").containsEntry("endReason", "职能划入区经济信息委");
        assertThat(registry.isOpen(kjj)).isFalse();
        assertThat(registry.nameIn(kjj, 2030)).as("the last name it bore").isEqualTo(ECONOMY_BUREAU + kjj);

        ResponseEntity<Map> after = write(PATH + "/" + kjj + "/renaming", admin(),
                Map.of("name", "新名称", "since", "2025-01-01", "reason", "改名"));
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(after.getBody().get("detail").toString()).contains("merged into " + jxw);
    }

    @Test
    void wrongInputIsAProblemNamingTheFieldAndRecordsNothing() {
        String code = fresh("kjj");
        assertThat(fieldOf(write(PATH, admin(), Map.of("code", "科技局", "name", SCIENCE_BUREAU, "since", "2010-01-01"))))
                .isEqualTo("code");
        assertThat(fieldOf(write(PATH, admin(), Map.of("code", code, "name", " ", "since", "2010-01-01"))))
                .isEqualTo("name");
        assertThat(fieldOf(write(PATH, admin(), Map.of("code", code, "name", SCIENCE_BUREAU)))).isEqualTo("since");
        assertThat(fieldOf(write(PATH, admin(), Map.of("code", code, "name", SCIENCE_BUREAU, "since", "2010-02-30"))))
                .isEqualTo("since");
        assertThat(get(PATH + "/" + code, admin()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        body(write(PATH, admin(), Map.of("code", code, "name", SCIENCE_BUREAU, "since", "2010-01-01")), HttpStatus.CREATED);
        String renaming = PATH + "/" + code + "/renaming";
        assertThat(fieldOf(write(renaming, admin(), Map.of("name", SCIENCE_BUREAU, "since", "2019-03-01", "reason", REFORM))))
                .isEqualTo("name");
        assertThat(fieldOf(write(renaming, admin(), Map.of("name", SCIENCE_BUREAU_2019, "since", "2009-12-31",
                "reason", REFORM)))).isEqualTo("since");
        assertThat(fieldOf(write(renaming, admin(), Map.of("name", SCIENCE_BUREAU_2019, "since", "2019-03-01"))))
                .isEqualTo("reason");
        assertThat(fieldOf(write(PATH + "/" + code + "/closure", admin(), Map.of("reason", REFORM)))).isEqualTo("on");
        assertThat(body(get(PATH + "/" + code, admin()), HttpStatus.OK)).containsEntry("version", 0)
                .containsEntry("name", SCIENCE_BUREAU).containsEntry("status", "OPEN");
    }

    @Test
    void anUnknownDepartmentIsNotFoundAndAKnownCodeIsNotCreatedAgain() {
        String unknown = fresh("none");
        ResponseEntity<Map> missing = get(PATH + "/" + unknown, admin());
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").toString()).contains(unknown);
        assertThat(write(PATH + "/" + unknown + "/renaming", admin(),
                Map.of("name", SCIENCE_BUREAU_2019, "since", "2019-03-01", "reason", REFORM)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(write(PATH + "/" + unknown + "/merger", admin(), Map.of("into", departments.defaultCode(),
                "on", "2019-03-01", "reason", REFORM)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(write(PATH + "/" + unknown + "/closure", admin(), Map.of("on", "2019-03-01", "reason", REFORM))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(PATH + "/" + unknown, admin()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String code = fresh("kjj");
        body(write(PATH, admin(), Map.of("code", code, "name", SCIENCE_BUREAU, "since", "2010-01-01")), HttpStatus.CREATED);
        ResponseEntity<Map> again = write(PATH, admin(), Map.of("code", code, "name", SCIENCE_BUREAU_2019,
                "since", "2019-03-01"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(body(get(PATH + "/" + code, admin()), HttpStatus.OK)).containsEntry("name", SCIENCE_BUREAU)
                .containsEntry("version", 0);
    }

    @Test
    void onlyAnAdminWritesAndAnEditorRecordsNothing() {
        String code = fresh("kjj");
        HttpHeaders editor = TestGateway.as("办公室主任", "editor");
        assertThat(write(PATH, editor, Map.of("code", code, "name", SCIENCE_BUREAU, "since", "2010-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(PATH + "/" + code, admin()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        body(write(PATH, admin(), Map.of("code", code, "name", SCIENCE_BUREAU, "since", "2010-01-01")), HttpStatus.CREATED);
        for (HttpHeaders who : List.of(editor, TestGateway.as("局长", "approver"), TestGateway.as("审计员", "auditor"),
                TestGateway.as("法制科", "recorder"))) {
            assertThat(write(PATH + "/" + code + "/renaming", who,
                    Map.of("name", SCIENCE_BUREAU_2019, "since", "2019-03-01", "reason", REFORM)).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(write(PATH + "/" + code + "/closure", who, Map.of("on", "2019-03-01", "reason", REFORM))
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(body(get(PATH + "/" + code, editor), HttpStatus.OK)).containsEntry("name", SCIENCE_BUREAU)
                .containsEntry("status", "OPEN").containsEntry("version", 0);
    }

    @Test
    void replayingTheDepartmentsEventsKeepsEveryNameOnce() {
        String code = fresh("kjj");
        write(PATH, admin(), Map.of("code", code, "name", SCIENCE_BUREAU, "since", "2010-01-01"));
        Map<String, Object> before = body(write(PATH + "/" + code + "/renaming", admin(),
                Map.of("name", SCIENCE_BUREAU_2019, "since", "2019-03-01", "reason", REFORM)), HttpStatus.OK);

        TrackingEventProcessor processor = processing
                .eventProcessor(DepartmentRegistry.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !processor.isReplaying());

        assertThat(body(get(PATH + "/" + code, admin()), HttpStatus.OK)).isEqualTo(before);
        assertThat((List<Object>) before.get("names")).hasSize(2);
    }

    @Test
    void theEndpointsAreInTheApiDocs() {
        Map<String, Object> docs = http.getForObject("/v3/api-docs", Map.class);
        assertThat((Map<String, Object>) docs.get("paths")).containsKeys(PATH, PATH + "/{code}",
                PATH + "/{code}/renaming", PATH + "/{code}/merger", PATH + "/{code}/closure");
    }

    private static HttpHeaders admin() {
        return TestGateway.as("管理员", "admin");
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ResponseEntity<Map> write(String path, HttpHeaders who, Map<String, ?> body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, who), Map.class);
    }

    private ResponseEntity<Map> get(String path, HttpHeaders who) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(who), Map.class);
    }

    private static Map<String, Object> body(ResponseEntity<Map> response, HttpStatus expected) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(expected);
        return response.getBody();
    }

    private static String fieldOf(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        return ((List<Map<String, Object>>) response.getBody().get("errors")).get(0).get("field").toString();
    }
}
