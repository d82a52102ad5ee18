package ruleoflaw.ledger.bench;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;

/** The bench's running suite: its data dir (the bench dir), database, users and ports (see bin/suite). */
public record Suite(Path dataDir, Properties database) {

    public static final String GATEWAY = "http://127.0.0.1:8080";

    /** The suite started from {@code data}: its database settings are there once it has started. */
    public static Suite startedIn(Path data) throws IOException {
        Properties database = new Properties();
        Path settings = data.resolve("dev-stack.properties");
        if (Files.isRegularFile(settings)) {
            try (Reader reader = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                database.load(reader);
            }
        }
        return new Suite(data, database);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(database.getProperty("spring.datasource.url"),
                database.getProperty("spring.datasource.username"), database.getProperty("spring.datasource.password"));
    }

    public long eventStoreHead() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select coalesce(max(global_index), 0) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A generated user's password from initial-passwords.txt (lines "user roles password"). */
    public String password(String user) throws IOException {
        for (String line : Files.readAllLines(dataDir.resolve("initial-passwords.txt"), StandardCharsets.UTF_8)) {
            String[] words = line.trim().split(" ");
            if (words.length == 3 && words[0].equals(user)) {
                return words[2];
            }
        }
        throw new IllegalStateException("no password for " + user + " in " + dataDir.resolve("initial-passwords.txt"));
    }

    public String basic(String user) throws IOException {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
    }

    public Path pidFile(String process) {
        return dataDir.resolve("run").resolve(process + ".pid");
    }

    public static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static String get(HttpClient http, String url, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
