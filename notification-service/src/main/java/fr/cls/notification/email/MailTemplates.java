package fr.cls.notification.email;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.cls.notification.setting.Language;
import fr.cls.notification.setting.TenantSettings;

/**
 * The email around a notification (greeting, the message, the tenant's signature and name), in the recipient's
 * language when known, else the tenant's: the tenant's own template for that language when it has one, else the
 * platform's.
 */
@Component
public class MailTemplates {

    private final TemplateOverrides overrides;

    MailTemplates(TemplateOverrides overrides) {
        this.overrides = overrides;
    }

    /** In the caller's transaction (the tenant's override is read under row-level security). */
    public MailContent render(TenantSettings tenant, String displayName, Language recipientLanguage, String title,
            String body) {
        Language language = recipientLanguage == null ? tenant.language() : recipientLanguage;
        TemplateText text = overrides.effective(EmailTemplate.NOTIFICATION, language).text();
        return TemplateCompiler.compiled(text).render(values(tenant, language, displayName, title, body));
    }

    /** The tenant's effective template rendered on made-up values. */
    public MailContent preview(TenantSettings tenant, EmailTemplate template, Language language) {
        Map<String, String> sample = EmailTemplate.sample(language);
        TemplateText text = overrides.effective(template, language).text();
        return TemplateCompiler.compile(text).render(values(tenant, language, sample.get("recipientName"),
                sample.get("title"), sample.get("body")));
    }

    private static Map<String, Object> values(TenantSettings tenant, Language language, String displayName, String title,
            String body) {
        String signature = tenant.signatureOrDefault(language);
        Map<String, Object> values = new HashMap<>();
        values.put("recipientName", displayName == null ? "" : displayName.strip());
        values.put("title", title);
        values.put("body", body);
        values.put("bodyLines", lines(body));
        values.put("tenantName", tenant.tenantName());
        values.put("signature", signature);
        values.put("signatureLines", lines(signature));
        return values;
    }

    private static List<String> lines(String s) {
        return Arrays.asList(s.split("\\R", -1));
    }
}
