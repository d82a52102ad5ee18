package ruleoflaw.ledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class AssertionHeaderTest {

    private final AssertionHeader header = new AssertionHeader();
    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void readsTheAuthorizationHeaderAsSpringSecuritysDefaultResolverDoes() {
        List<String> values = List.of("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/==", "bearer abc",
                "BEARER abc=", "Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Bearer a b", "Bearer 法制科", "Bearer ==",
                "Bearer a=b", "Bearerabc");
        for (String value : values) {
            assertThat(outcome(header, value)).as(value).isEqualTo(outcome(spring, value));
        }
        assertThat(outcome(header, null)).isEqualTo("none");
    }

    @Test
    void aMalformedAssertionIsRefused() {
        assertThatThrownBy(() -> header.resolve(request("Bearer a b"))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static String outcome(org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver,
            String value) {
        try {
            String token = resolver.resolve(request(value));
            return token == null ? "none" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + " " + e.getError().getDescription();
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/study/sessions");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
