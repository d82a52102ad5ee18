package ruleoflaw.ledger.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import ruleoflaw.ledger.gateway.users.LedgerUser;
import ruleoflaw.ledger.gateway.users.UsersStore;

/**
 * HTTP Basic and the login form against the local users. Checking a bcrypt hash costs tens of milliseconds by design,
 * so a successful login is remembered for a minute (keyed by a keyed hash of name and password, never the
 * password itself), for as long as the user stays as it was: a user removed, given a new password or other
 * roles is checked afresh at the next request (with users shared by several gateways, once this gateway has read
 * them again, within seconds: {@link UsersStore}).
 */
class CachingLocalAuthentication implements ReactiveAuthenticationManager {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    /**
     * Password hashes are checked one at a time, on a thread of their own: a burst of sign-ins (wrong ones included)
     * takes at most one core, and the gateway goes on answering everything else.
     */
    private static final Scheduler PASSWORD_CHECKS = Schedulers.newBoundedElastic(1, 10_000, "password-check");

    private record Remembered(Authentication authentication, LedgerUser user, Instant until) {
    }

    private final UsersStore users;
    private final Clock clock;
    private final Mac mac;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    CachingLocalAuthentication(UsersStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
        try {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Mono<Authentication> authenticate(Authentication attempt) {
        String name = attempt.getName();
        String password = String.valueOf(attempt.getCredentials());
        String key = fingerprint(name, password);
        Remembered known = remembered.get(key);
        if (stillValid(known)) {
            return Mono.just(known.authentication());
        }
        return Mono.fromCallable(() -> check(name, password, key)).subscribeOn(PASSWORD_CHECKS);
    }

    /** Whether this name and password signed in successfully within the last minute (no hash to check again). */
    boolean remembers(String name, String password) {
        return stillValid(remembered.get(fingerprint(name, password)));
    }

    private boolean stillValid(Remembered known) {
        return known != null && known.until().isAfter(clock.instant())
                && users.find(known.user().name()).filter(known.user()::equals).isPresent();
    }

    private Authentication check(String name, String password, String key) {
        Optional<LedgerUser> found = users.find(name);
        boolean matches = found.isPresent() ? users.matches(found.get(), password) : users.matchesNoUser(password);
        LedgerUser user = found.filter(u -> matches)
                .orElseThrow(() -> new BadCredentialsException("wrong user name or password"));
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(name, null, authorities(user));
        // the user as it was: a browser's session ends when it changes (BrowserSessions)
        authentication.setDetails(user);
        if (remembered.size() > 10_000) {
            remembered.clear();
        }
        remembered.put(key, new Remembered(authentication, user, clock.instant().plus(REMEMBERED)));
        return authentication;
    }

    static List<GrantedAuthority> authorities(LedgerUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        user.contexts().forEach(context -> authorities.add(new SimpleGrantedAuthority(Identity.CONTEXT_PREFIX + context)));
        user.departments().forEach(code -> authorities.add(new SimpleGrantedAuthority(Identity.DEPARTMENT_PREFIX + code)));
        return authorities;
    }

    private synchronized String fingerprint(String name, String password) {
        byte[] digest = mac.doFinal((name + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }
}
