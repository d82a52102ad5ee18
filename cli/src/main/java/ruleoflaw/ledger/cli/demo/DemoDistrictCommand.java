package ruleoflaw.ledger.cli.demo;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import ruleoflaw.ledger.cli.Invocation;
import ruleoflaw.ledger.cli.LedgerCommand;
import ruleoflaw.ledger.cli.LedgerExit;
import ruleoflaw.ledger.cli.LoginOptions;
import ruleoflaw.ledger.cli.gateway.Answer;
import ruleoflaw.ledger.cli.gateway.Credentials;
import ruleoflaw.ledger.cli.gateway.Gateway;
import ruleoflaw.ledger.cli.gateway.Problems;
import ruleoflaw.ledger.cli.importing.ImportCommand;
import ruleoflaw.ledger.cli.json.Json;
import ruleoflaw.ledger.cli.json.PythonJson;

/**
 * {@code bin/suite demo-district [--user ADMIN] [--from FILE] [--output FILE]}: the demo of a district. As an admin it
 * names the default department after the reference department (重庆市九龙坡区科学技术局, since 2024-01-01), registers
 * the generated departments ({@link DemoDepartment#DISTRICT}), makes the user {@value #RECORDER} a recorder of theirs
 * (with a new password it keeps in memory only), and imports as that user each department's ledger generated from the
 * reference's ({@link DemoLedger}). Run again, it records nothing new.
 */
@Command(name = "demo-district", description = "add generated departments, made from the reference ledger, to the demo",
        synopsisHeading = "usage: ",
        customSynopsis = "bin/suite demo-district [-h] [--user USER] [--from FILE] [--output FILE]",
        footerHeading = "%n",
        footer = {"Logs in as an admin (--user, else $LEDGER_USER, else admin). Names the default department "
                + "重庆市九龙坡区科学技术局 (the reference department, whose year samples/kjj-2024.jsonl is), registers "
                + "five departments demo-jxw, demo-swj, demo-sfj, demo-jw and demo-scjgj, named \"…（演示生成）\", makes "
                + "the user 演示录入员 a recorder of them (its password is not shown or kept), and records for each the "
                + "reference's ledger as generated for it: every title marked （演示生成）, ids prefixed by the code, "
                + "counts scaled, dates moved within their years, some records left out. The same every time: run "
                + "again, it records nothing new. bin/suite up --demo runs it."})
public final class DemoDistrictCommand implements Callable<Integer> {

    static final String RECORDER = "演示录入员";
    static final String REFERENCE_NAME = "重庆市九龙坡区科学技术局";
    static final String SINCE = "2024-01-01";
    static final String DEPARTMENTS = "/api/reports/departments";

    @Option(names = "--from", paramLabel = "FILE",
            description = "the reference department's ledger (default samples/kjj-2024.jsonl)")
    private String from;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write the generated ledger (every department's lines) to FILE, and nothing else")
    private String output;

    @Mixin
    private LoginOptions login;

    @ParentCommand
    private LedgerCommand ledger;

    @Override
    public Integer call() throws IOException {
        Invocation invocation = ledger.invocation();
        Path reference = from != null ? Path.of(from) : invocation.root().resolve("samples").resolve("kjj-2024.jsonl");
        String generated = generate(DemoLedger.parse(Files.readString(reference, StandardCharsets.UTF_8)));
        if (output != null) {
            Files.writeString(Path.of(output), generated, StandardCharsets.UTF_8);
            invocation.say("ledger: wrote the generated ledger of " + DemoDepartment.DISTRICT.size() + " departments to "
                    + output);
            return 0;
        }
        Credentials admin = login.credentials(ledger, "admin");
        Gateway gateway = ledger.gateway(admin);
        nameTheReference(gateway, invocation);
        register(gateway, invocation);
        Credentials recorder = new Credentials(RECORDER, recorder(gateway, invocation));
        return ImportCommand.importText(ledger, recorder, "the demo district (generated from " + reference.getFileName()
                + ")", generated, null);
    }

    /** The ledger of every generated department, one after the other, as JSON Lines. */
    static String generate(List<ObjectNode> reference) {
        StringBuilder text = new StringBuilder();
        for (DemoDepartment department : DemoDepartment.DISTRICT) {
            for (ObjectNode line : DemoLedger.of(department, reference)) {
                text.append(PythonJson.dumps(line)).append('\n');
            }
        }
        return text.toString();
    }

    /** The default department is the reference department: named so since 2024-01-01, unless it is already. */
    private void nameTheReference(Gateway gateway, Invocation invocation) {
        String code = invocation.env("LEDGER_DEFAULT_DEPARTMENT", "default");
        Answer current = gateway.call("GET", DEPARTMENTS + "/" + code);
        if (current.status() == 200 && REFERENCE_NAME.equals(current.json().path("name").asText())) {
            invocation.say("ledger: department " + code + " is " + REFERENCE_NAME + " already");
            return;
        }
        Answer renamed = gateway.call("POST", DEPARTMENTS + "/" + code + "/renaming", object(Map.of("name",
                REFERENCE_NAME, "since", SINCE, "reason", "演示数据：参照部门")), Map.of());
        expect(renamed, "naming department " + code + " " + REFERENCE_NAME, 200);
        invocation.say("ledger: department " + code + " is named " + REFERENCE_NAME + " since " + SINCE);
    }

    private void register(Gateway gateway, Invocation invocation) {
        int registered = 0;
        for (DemoDepartment department : DemoDepartment.DISTRICT) {
            Answer answer = gateway.call("POST", DEPARTMENTS, object(Map.of("code", department.code(), "name",
                    department.name(), "since", SINCE)), Map.of());
            if (answer.status() != 409) {
                expect(answer, "registering department " + department.code(), 201);
                registered++;
            }
        }
        invocation.say("ledger: " + registered + " demo departments registered, "
                + (DemoDepartment.DISTRICT.size() - registered) + " registered already: "
                + String.join(", ", DemoDepartment.DISTRICT.stream().map(DemoDepartment::code).toList()));
    }

    /** {@value #RECORDER}, a recorder of the demo departments, added or changed so; its new password. */
    private String recorder(Gateway gateway, Invocation invocation) {
        ObjectNode user = Json.nodes().objectNode();
        user.put("name", RECORDER);
        user.putArray("roles").add("recorder");
        user.putArray("contexts");
        DemoDepartment.DISTRICT.forEach(department -> user.withArray("departments").add(department.code()));
        Answer added = gateway.call("POST", "/api/users", user, Map.of());
        String path = "/api/users/" + URLEncoder.encode(RECORDER, StandardCharsets.UTF_8);
        if (added.status() == 409) {
            user.remove("name");
            expect(gateway.call("PUT", path, user, Map.of()), "changing user " + RECORDER, 200);
            added = gateway.call("POST", path + "/password");
            expect(added, "giving user " + RECORDER + " a new password", 200);
            invocation.say("ledger: user " + RECORDER + " records for the demo departments (changed)");
        } else {
            expect(added, "adding user " + RECORDER, 201);
            invocation.say("ledger: user " + RECORDER + " records for the demo departments (added)");
        }
        String password = added.json().path("password").asText("");
        if (password.isEmpty()) {
            throw new LedgerExit("ledger: the gateway answered no password for user " + RECORDER);
        }
        return password;
    }

    private static JsonNode object(Map<String, String> fields) {
        ObjectNode object = Json.nodes().objectNode();
        new TreeMap<>(fields).forEach(object::put);
        return object;
    }

    private static void expect(Answer answer, String doing, int status) {
        if (answer.status() != status) {
            throw new LedgerExit("ledger: " + doing + " failed: the gateway answered " + answer.status() + ": "
                    + Problems.detail(answer.payload()));
        }
    }
}
