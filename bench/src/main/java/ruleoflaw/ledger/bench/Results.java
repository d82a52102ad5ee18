package ruleoflaw.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every raw number of a bench run, by dotted key ("load.gateway.p99Ms"), kept in results.json between the steps. */
public final class Results {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ObjectNode root;

    private Results(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    public static Results open(Path file) throws IOException {
        ObjectNode root = Files.isRegularFile(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        return new Results(file, root);
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public void put(String key, double value) {
        parent(key).put(leaf(key), value);
    }

    public void put(String key, long value) {
        parent(key).put(leaf(key), value);
    }

    public void put(String key, String value) {
        parent(key).put(leaf(key), value);
    }

    /** The number at key, or NaN if that step did not run or did not measure it. */
    public double number(String key) {
        JsonNode node = node(key);
        return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
    }

    public String text(String key) {
        JsonNode node = node(key);
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    public JsonNode node(String key) {
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        return node.isMissingNode() ? null : node;
    }

    public ObjectNode root() {
        return root;
    }

    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(temporary.toFile(), root);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private ObjectNode parent(String key) {
        String[] parts = key.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) && node.get(parts[i]).isObject() ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        return node;
    }

    private static String leaf(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
