package fr.cls.notification.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import fr.cls.notification.setting.Language;

/**
 * The platform's templates, {@code mail/<template>/<language>.{subject,text,html}.mustache} on the class path:
 * read and compiled once at start-up, so a broken one stops the service instead of an email.
 */
@Component
class DefaultTemplates {

    private final Map<EmailTemplate, Map<Language, TemplateText>> texts = new EnumMap<>(EmailTemplate.class);

    DefaultTemplates() {
        for (EmailTemplate template : EmailTemplate.values()) {
            Map<Language, TemplateText> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                TemplateText text = new TemplateText(read(template, language, "subject").strip(),
                        read(template, language, "text"), read(template, language, "html"));
                TemplateCompiler.compile(text);
                byLanguage.put(language, text);
            }
            texts.put(template, byLanguage);
        }
    }

    TemplateText of(EmailTemplate template, Language language) {
        return texts.get(template).get(language);
    }

    private static String read(EmailTemplate template, Language language, String part) {
        String path = "mail/" + template.templateName() + "/" + language.tag() + "." + part + ".mustache";
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the email template " + path + " is missing", e);
        }
    }
}
