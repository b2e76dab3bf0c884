package fr.cls.notification.email.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.email.EmailTemplate;
import fr.cls.notification.email.MailContent;
import fr.cls.notification.email.MailTemplates;
import fr.cls.notification.email.TemplateOverrides;
import fr.cls.notification.email.TemplateOverrides.Effective;
import fr.cls.notification.email.TemplateText;
import fr.cls.notification.setting.Language;
import fr.cls.notification.setting.NotificationSettings;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.security.Roles;
import fr.cls.platform.web.IfMatch;

/**
 * The tenant's email templates, per template and language (fr, en): the platform's wording until the tenant's
 * administrators (its approvers, who also set its signature) put their own; deleting the override goes back to the
 * platform's. Versions travel as ETag / If-Match; the platform's template is version 0.
 */
@RestController
@RequestMapping("/api/v1/notifications/templates")
@PreAuthorize(Roles.IS_APPROVER)
class TemplateController {

    private final TemplateOverrides overrides;
    private final MailTemplates mails;
    private final NotificationSettings settings;

    TemplateController(TemplateOverrides overrides, MailTemplates mails, NotificationSettings settings) {
        this.overrides = overrides;
        this.mails = mails;
        this.settings = settings;
    }

    /** Every template in every language, with the variables it may use and whether the tenant overrides it. */
    @GetMapping
    List<TemplateSummary> list() {
        return Arrays.stream(EmailTemplate.values()).flatMap(t -> Arrays.stream(Language.values())
                .map(l -> TemplateSummary.of(overrides.read(t, l)))).toList();
    }

    @GetMapping("/{name}/{language}")
    ResponseEntity<TemplateResponse> read(@PathVariable String name, @PathVariable String language) {
        return answer(overrides.read(template(name, language), language(name, language)));
    }

    @PutMapping("/{name}/{language}")
    ResponseEntity<TemplateResponse> put(@PathVariable String name, @PathVariable String language,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TemplateRequest request) {
        return answer(overrides.put(template(name, language), language(name, language),
                new TemplateText(request.subject(), request.text(), request.html()), IfMatch.version(ifMatch)));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{name}/{language}")
    ResponseEntity<Void> delete(@PathVariable String name, @PathVariable String language,
            @RequestHeader(IfMatch.HEADER) String ifMatch) {
        overrides.delete(template(name, language), language(name, language), IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** The template the tenant's emails use, rendered on made-up values. */
    @GetMapping("/{name}/{language}/preview")
    PreviewResponse preview(@PathVariable String name, @PathVariable String language) {
        MailContent mail = mails.preview(settings.read(), template(name, language), language(name, language));
        return new PreviewResponse(mail.subjectLine(), mail.text(), mail.html());
    }

    private static EmailTemplate template(String name, String language) {
        return EmailTemplate.named(name).orElseThrow(() -> new NotFoundException("email template", name + "/" + language));
    }

    /** Exactly fr or en: a path names one resource. */
    private static Language language(String name, String language) {
        return Arrays.stream(Language.values()).filter(l -> l.tag().equals(language)).findFirst()
                .orElseThrow(() -> new NotFoundException("email template", name + "/" + language));
    }

    private static ResponseEntity<TemplateResponse> answer(Effective e) {
        return ResponseEntity.ok().eTag("\"" + e.version() + "\"").body(TemplateResponse.of(e));
    }

    /** Sizes and syntax are checked when the template compiles (400 naming the part at fault). */
    record TemplateRequest(String subject, String text, String html) {
    }

    record TemplateResponse(String name, String language, boolean overridden, long version, String subject, String text,
            String html, List<String> variables) {

        static TemplateResponse of(Effective e) {
            return new TemplateResponse(e.template().templateName(), e.language().tag(), e.overridden(), e.version(),
                    e.text().subject(), e.text().text(), e.text().html(), EmailTemplate.VARIABLES.stream().sorted().toList());
        }
    }

    record TemplateSummary(String name, String language, boolean overridden, long version) {

        static TemplateSummary of(Effective e) {
            return new TemplateSummary(e.template().templateName(), e.language().tag(), e.overridden(), e.version());
        }
    }

    record PreviewResponse(String subject, String text, String html) {
    }
}
