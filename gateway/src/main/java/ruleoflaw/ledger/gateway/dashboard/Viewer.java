package ruleoflaw.ledger.gateway.dashboard;

import java.security.Principal;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.gateway.security.DepartmentOfRequest;

/**
 * {@code GET /api/dashboard/me}: who is looking at the page and with which roles, so that the page asks only for
 * what the user may see (a refused request would be an error in the browser's console).
 */
@RestController
class Viewer {

    /**
     * @param departments the user's department codes (none: the default one); {@code district}: reads every one
     * @param contexts    the contexts a recorder records in (none: every context)
     * @param csrfHeader  the header a page's change sends the {@code XSRF-TOKEN} cookie's value in
     */
    record Me(String user, List<String> roles, List<String> departments, boolean district, List<String> contexts,
            String csrfHeader) {

        Me(String user, List<String> roles, List<String> departments, boolean district, List<String> contexts) {
            this(user, roles, departments, district, contexts, "X-XSRF-TOKEN");
        }
    }

    /** The prefix of a recorder's contexts among a user's authorities (as the gateway's security grants them). */
    private static final String CONTEXT = "CONTEXT_";

    @GetMapping("/api/dashboard/me")
    Me me(Principal principal) {
        List<String> roles = principal instanceof Authentication authentication
                ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(name -> name.startsWith("ROLE_")).map(name -> name.substring("ROLE_".length())).toList()
                : List.of();
        if (principal instanceof Authentication authentication) {
            List<String> contexts = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(name -> name.startsWith(CONTEXT)).map(name -> name.substring(CONTEXT.length())).toList();
            return new Me(principal.getName(), roles, DepartmentOfRequest.departmentsOf(authentication),
                    DepartmentOfRequest.readsEveryDepartment(authentication), contexts);
        }
        return new Me(principal.getName(), roles, List.of(), false, List.of());
    }
}
