package fr.cls.notification.email;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.notification.setting.Language;
import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.CurrentActor;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.NotFoundException;
import fr.cls.platform.domain.Versions;

/**
 * The current tenant's own wording of its email templates, per template and language (row-level security applies).
 * A template without an override is the platform's, at version 0; a change is checked against the version the
 * caller saw, compiled before it is stored, and audited.
 */
@Service
public class TemplateOverrides {

    static final String RESOURCE = "email-template";

    private final JdbcTemplate jdbc;
    private final DefaultTemplates defaults;
    private final AuditTrail audit;
    private final Clock clock;

    TemplateOverrides(JdbcTemplate jdbc, DefaultTemplates defaults, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the tenant's emails use: its override, or the platform's template. */
    @Transactional(readOnly = true)
    public Effective read(EmailTemplate template, Language language) {
        return effective(template, language);
    }

    /** In the caller's transaction. */
    Effective effective(EmailTemplate template, Language language) {
        return find(template, language).orElseGet(() -> new Effective(template, language, defaults.of(template, language), 0, false));
    }

    private Optional<Effective> find(EmailTemplate template, Language language) {
        List<Effective> rows = jdbc.query("""
                select subject, body_text, body_html, version from email_template
                where tenant_id = ? and template = ? and language = ?""",
                (rs, i) -> new Effective(template, language, new TemplateText(rs.getString(1), rs.getString(2), rs.getString(3)),
                        rs.getLong(4), true),
                TenantContext.require(), template.templateName(), language.tag());
        return rows.stream().findFirst();
    }

    /** Stores the tenant's wording once it compiles with known variables only. */
    @Transactional
    public Effective put(EmailTemplate template, Language language, TemplateText text, Long seenVersion) {
        TemplateCompiler.compile(text);
        Effective current = effective(template, language);
        Versions.check(what(template, language), current.version(), seenVersion);
        long next = current.version() + 1;
        String tenant = TenantContext.require();
        jdbc.update("""
                insert into email_template (tenant_id, template, language, subject, body_text, body_html, version, updated_by,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, template, language) do update set subject = excluded.subject,
                    body_text = excluded.body_text, body_html = excluded.body_html, version = excluded.version,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                tenant, template.templateName(), language.tag(), text.subject(), text.text(), text.html(), next,
                CurrentActor.get().subject(), Timestamp.from(clock.instant()));
        audit.record("notification.template-put", RESOURCE, template.templateName() + "/" + language.tag(),
                current.overridden() ? current.version() : null, next);
        return effective(template, language);
    }

    /** Back to the platform's template. */
    @Transactional
    public void delete(EmailTemplate template, Language language, Long seenVersion) {
        Effective current = find(template, language)
                .orElseThrow(() -> new NotFoundException("email template override", template.templateName() + "/" + language.tag()));
        Versions.check(what(template, language), current.version(), seenVersion);
        jdbc.update("delete from email_template where tenant_id = ? and template = ? and language = ?",
                TenantContext.require(), template.templateName(), language.tag());
        audit.record("notification.template-delete", RESOURCE, template.templateName() + "/" + language.tag(),
                current.version(), null);
    }

    private static String what(EmailTemplate template, Language language) {
        return "email template " + template.templateName() + "/" + language.tag();
    }

    /** @param version 0 for the platform's template */
    public record Effective(EmailTemplate template, Language language, TemplateText text, long version, boolean overridden) {
    }
}
