package fr.cls.notification.inbox.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.Range;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.inbox.Inbox;
import fr.cls.notification.inbox.InboxItem;
import fr.cls.notification.person.Person;
import fr.cls.notification.setting.Language;
import fr.cls.platform.web.PageResponse;

/** The caller's own inbox (by the issuer and subject of their token, within their tenant). */
@RestController
@RequestMapping("/api/v1/notifications/inbox")
@Validated
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    PageResponse<InboxItem> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Range(min = 1, max = 200) int size, Locale locale,
            HttpServletResponse response) {
        return PageResponse.of(inbox.list(person(jwt), unread, PageRequest.of(page, size), language(locale, response)),
                item -> item);
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount(@AuthenticationPrincipal Jwt jwt) {
        return new UnreadCount(inbox.unreadCount(person(jwt)));
    }

    @PostMapping("/{id}/read")
    InboxItem markRead(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, Locale locale,
            HttpServletResponse response) {
        return inbox.markRead(person(jwt), id, language(locale, response));
    }

    /** The caller's Accept-Language, as resolved for every answer (French unless English is asked for), said back. */
    private static Language language(Locale locale, HttpServletResponse response) {
        Language language = Language.of(locale.toLanguageTag()).orElse(Language.FR);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        return language;
    }

    private static Person person(Jwt jwt) {
        return new Person(jwt.getClaimAsString("iss"), jwt.getSubject());
    }

    record UnreadCount(long unread) {
    }
}
