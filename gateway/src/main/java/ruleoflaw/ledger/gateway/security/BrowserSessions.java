package ruleoflaw.ledger.gateway.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionIdResolver;

import reactor.core.publisher.Mono;
import ruleoflaw.ledger.gateway.users.LedgerUser;
import ruleoflaw.ledger.gateway.users.UsersStore;

/**
 * The sessions of people signed in with the login page, kept in the gateway's memory: the {@code SESSION} cookie
 * (HttpOnly, SameSite=Lax, Secure when the request came over HTTPS) names one; it ends after
 * {@code ledger.security.session-timeout} without a request, at sign-out, or when its user is removed, given a new
 * password or other roles. Programs never get one: a request with an {@code Authorization} header is authenticated
 * by that header alone, and a request without a session cookie never touches the store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class BrowserSessions {

    /** The gateway's sessions, idle ones ending on the gateway's clock (Spring Boot's own is not built then). */
    @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    DefaultWebSessionManager webSessionManager(SignInProperties properties, Clock clock,
            ObjectProvider<WebSessionIdResolver> cookies) {
        InMemoryWebSessionStore store = new IdleTimeoutStore(properties.sessionTimeout());
        store.setClock(clock);
        DefaultWebSessionManager manager = new DefaultWebSessionManager();
        manager.setSessionStore(store);
        manager.setSessionIdResolver(cookies.getIfAvailable(CookieWebSessionIdResolver::new));
        return manager;
    }

    private static final class IdleTimeoutStore extends InMemoryWebSessionStore {
        private final Duration timeout;

        IdleTimeoutStore(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public Mono<WebSession> createWebSession() {
            return super.createWebSession().doOnNext(session -> session.setMaxIdleTime(timeout));
        }
    }

    /** Whether the request names a session (a live one or not): it came from a browser that signed in. */
    static boolean namesASession(ServerWebExchange exchange, WebSessionIdResolver ids) {
        return !ids.resolveSessionIds(exchange).isEmpty();
    }

    /**
     * The signed-in user of a browser's session. Loads nothing for a request with an {@code Authorization} header or
     * without a session cookie; a local user changed or removed since signing in ends the session. Removing the
     * context (sign-out) invalidates the session rather than storing an empty one.
     */
    static final class Repository implements ServerSecurityContextRepository {

        private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();
        private final WebSessionIdResolver ids;
        private final UsersStore users;

        Repository(WebSessionIdResolver ids, UsersStore users) {
            this.ids = ids;
            this.users = users;
        }

        @Override
        public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
            if (context != null) {
                return sessions.save(exchange, context);
            }
            return namesASession(exchange, ids) ? exchange.getSession().flatMap(WebSession::invalidate) : Mono.empty();
        }

        @Override
        public Mono<SecurityContext> load(ServerWebExchange exchange) {
            if (exchange.getRequest().getHeaders().containsKey(HttpHeaders.AUTHORIZATION) || !namesASession(exchange, ids)) {
                return Mono.empty();
            }
            return sessions.load(exchange).flatMap(context -> stillTheSameUser(context.getAuthentication())
                    ? Mono.just(context)
                    : exchange.getSession().flatMap(WebSession::invalidate).then(Mono.<SecurityContext>empty()));
        }

        private boolean stillTheSameUser(Authentication authentication) {
            if (authentication == null) {
                return false;
            }
            if (users == null || !(authentication.getDetails() instanceof LedgerUser signedIn)) {
                return true;
            }
            return users.find(signedIn.name()).filter(signedIn::equals).isPresent();
        }
    }
}
