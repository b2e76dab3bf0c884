package fr.cls.notification.email;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import fr.cls.notification.setting.TenantSettings;

/** The French email around a notification: greeting, the message, the tenant's signature and name. */
@Component
public class MailTemplates {

    public MailContent render(TenantSettings tenant, String displayName, String title, String body) {
        String greeting = displayName == null || displayName.isBlank() ? "Bonjour," : "Bonjour " + displayName + ",";
        String footer = "Message envoyé par la plateforme des Contrats Locaux de Santé pour " + tenant.tenantName()
                + ". Vous le recevez selon vos abonnements aux notifications, modifiables dans vos préférences.";
        String text = greeting + "\n\n" + body + "\n\n" + tenant.signatureOrDefault() + "\n\n-- \n" + footer + "\n";
        String html = """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family: sans-serif; color: #1e1e1e">
                <p>%s</p>
                <h2 style="font-size: 1.1em">%s</h2>
                <p>%s</p>
                <p>%s</p>
                <hr><p style="font-size: 0.85em; color: #555">%s</p>
                </body></html>
                """.formatted(escape(title), escape(greeting), escape(title), escape(body).replace("\n", "<br>"),
                escape(tenant.signatureOrDefault()).replace("\n", "<br>"), escape(footer));
        return new MailContent("[CLS] " + title + " — " + tenant.tenantName(), text, html);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
