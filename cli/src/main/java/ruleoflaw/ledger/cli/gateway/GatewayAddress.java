package ruleoflaw.ledger.cli.gateway;

import java.net.URI;
import java.util.Locale;

/** Host and port of the gateway's URL (its path, if any, is not used: every path is the gateway's own). */
public record GatewayAddress(String host, int port) {

    private static final int HTTP_PORT = 80;

    public static GatewayAddress of(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "localhost" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new GatewayAddress(host, uri.getPort() < 0 ? HTTP_PORT : uri.getPort());
    }

    /** {@code path} (with its query) at the gateway. */
    public URI uri(String path) {
        String name = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + name + ":" + port + path);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
