package ruleoflaw.ledger.gateway.instances;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * One instance of a service from its base URL, one of the comma-separated list a service's instances are given as
 * ({@code LEDGER_<X>_URIS}, bound to {@code spring.cloud.discovery.client.simple.instances.<service>}); the instance
 * is named by its host and port.
 */
@Component
@ConfigurationPropertiesBinding
class InstanceAddress implements Converter<String, DefaultServiceInstance> {

    @Override
    public DefaultServiceInstance convert(String address) {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw refused(address);
        }
        boolean secure = "https".equals(uri.getScheme());
        if (!(secure || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw refused(address);
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(uri.getHost() + ":" + port, null, uri.getHost(), port, secure);
    }

    private static IllegalArgumentException refused(String address) {
        return new IllegalArgumentException("'" + address + "' is not the base URL of a service's instance, such as "
                + "http://127.0.0.1:8081 (LEDGER_<X>_URIS lists them separated by commas)");
    }
}
