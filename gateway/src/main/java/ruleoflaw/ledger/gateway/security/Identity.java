package ruleoflaw.ledger.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who the caller is, in the ledger's terms, whichever way the gateway authenticated them. */
record Identity(String user, List<String> roles, List<String> contexts, List<String> departments) {

    static final String CONTEXT_PREFIX = "CONTEXT_";
    static final String DEPARTMENT_PREFIX = "DEPARTMENT_";
    private static final String ROLE_PREFIX = "ROLE_";

    static Identity of(Authentication authentication) {
        List<String> roles = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith(ROLE_PREFIX)) {
                roles.add(name.substring(ROLE_PREFIX.length()));
            } else if (name.startsWith(CONTEXT_PREFIX)) {
                contexts.add(name.substring(CONTEXT_PREFIX.length()));
            } else if (name.startsWith(DEPARTMENT_PREFIX)) {
                departments.add(name.substring(DEPARTMENT_PREFIX.length()));
            }
        }
        return new Identity(authentication.getName(), roles, contexts, departments);
    }

    /** The authorities of an identity provider's token claims, the same as a local user's. */
    static Collection<GrantedAuthority> authorities(List<String> roles, List<String> contexts,
            List<String> departments) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + role)));
        }
        if (contexts != null) {
            contexts.forEach(context -> authorities.add(new SimpleGrantedAuthority(CONTEXT_PREFIX + context)));
        }
        if (departments != null) {
            departments.forEach(code -> authorities.add(new SimpleGrantedAuthority(DEPARTMENT_PREFIX + code)));
        }
        return authorities;
    }
}
