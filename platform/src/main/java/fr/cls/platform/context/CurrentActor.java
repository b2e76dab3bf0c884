package fr.cls.platform.context;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.util.ClassUtils;

/**
 * The one place that knows where "who" comes from: Spring Security's {@code SecurityContextHolder} when
 * Spring Security is on the classpath (it is an optional dependency of the platform), otherwise nobody.
 * Subject = {@code Authentication.getName()}; issuer = the token's {@code iss} (JWT principals); roles = the authorities prefixed {@code ROLE_}, prefix
 * stripped (other authorities, such as {@code SCOPE_…}, are not roles). No authentication means
 * {@value #ANONYMOUS} with no roles. The tenant is not read here: it is {@link TenantContext#require()}.
 */
public final class CurrentActor {

    public static final String ANONYMOUS = "anonymous";
    private static final String ROLE_PREFIX = "ROLE_";
    private static final boolean SECURITY_PRESENT = ClassUtils.isPresent(
            "org.springframework.security.core.context.SecurityContextHolder", CurrentActor.class.getClassLoader());

    private CurrentActor() {
    }

    public static Actor get() {
        return SECURITY_PRESENT ? FromSpringSecurity.get() : anonymous();
    }

    private static Actor anonymous() {
        return new Actor("", ANONYMOUS, List.of());
    }

    /** Loaded only when Spring Security is present. */
    private static final class FromSpringSecurity {

        static Actor get() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null) {
                return anonymous();
            }
            List<String> roles = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                    .map(authority -> authority.substring(ROLE_PREFIX.length()))
                    .distinct()
                    .toList();
            String issuer = authentication.getPrincipal() instanceof ClaimAccessor token ? token.getClaimAsString("iss") : "";
            return new Actor(issuer, authentication.getName(), roles);
        }
    }
}
