package ruleoflaw.ledger.platform.processing;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.core.env.Environment;

/**
 * Who this instance is to the token store ({@code ledger.instance.name}: bin/suite names each process, e.g.
 * {@code study-service-2}; by default the host and process id), and how long its claim of a processor's segment
 * lasts unrefreshed ({@code ledger.processors.claim-timeout}): the time after which another instance takes over the
 * segments of one that died. A tracking processor refreshes its claims every second while idle and after every batch,
 * so a batch must take less than this.
 */
public record ProcessorClaims(String owner, Duration timeout) {

    /** How often an instance with a free processor thread tries to claim an unclaimed segment. */
    public static final Duration CLAIM_INTERVAL = Duration.ofSeconds(1);

    public static ProcessorClaims of(Environment environment) {
        String name = environment.getProperty("ledger.instance.name", "").strip();
        return new ProcessorClaims(name.isEmpty() ? hostAndProcess() : name,
                environment.getProperty("ledger.processors.claim-timeout", Duration.class, Duration.ofSeconds(5)));
    }

    private static String hostAndProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
