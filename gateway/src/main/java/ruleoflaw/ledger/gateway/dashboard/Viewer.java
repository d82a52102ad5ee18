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
     * @param csrfHeader  the header a page's change sends the {@code XSRF-TOKEN} cookie's value in
     */
    record Me(String user, List<String> roles, List<String> departments, boolean district, String csrfHeader) {

        Me(String user, List<String> roles, List<String> departments, boolean district) {
            this(user, roles, departments, district, "X-XSRF-TOKEN");
        }
    }

    @GetMapping("/api/dashboard/me")
    Me me(Principal principal) {
        List<String> roles = principal instanceof Authentication authentication
                ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(name -> name.startsWith("ROLE_")).map(name -> name.substring("ROLE_".length())).toList()
                : List.of();
        if (principal instanceof Authentication authentication) {
            return new Me(principal.getName(), roles, DepartmentOfRequest.departmentsOf(authentication),
                    DepartmentOfRequest.readsEveryDepartment(authentication));
        }
        return new Me(principal.getName(), roles, List.of(), false);
    }
}
