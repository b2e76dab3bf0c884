package fr.cls.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cls.platform.domain.InvalidFieldException;

class TemplateCompilerTest {

    static final Map<String, Object> VALUES = Map.of("title", "Nouveau CLS", "recipientName", "Léa");

    @Test
    void compilesATextOnceAndRendersItForEveryEmail() {
        TemplateText text = new TemplateText("{{title}}", "Bonjour {{recipientName}}", "<p>{{title}} & co</p>");

        TemplateCompiler.Compiled first = TemplateCompiler.compiled(text);
        TemplateCompiler.Compiled again = TemplateCompiler.compiled(new TemplateText("{{title}}", "Bonjour {{recipientName}}",
                "<p>{{title}} & co</p>"));

        assertThat(again).isSameAs(first);
        assertThat(again.render(VALUES).text()).isEqualTo("Bonjour Léa");
    }

    @Test
    void aChangedTextIsCompiledAnewAndABadOneIsRefusedEveryTime() {
        TemplateCompiler.Compiled before = TemplateCompiler.compiled(new TemplateText("{{title}}", "v1", "<p>v1</p>"));
        TemplateCompiler.Compiled after = TemplateCompiler.compiled(new TemplateText("{{title}}", "v2", "<p>v2</p>"));
        TemplateText unescaped = new TemplateText("{{title}}", "x", "<p>{{{title}}}</p>");

        assertThat(after).isNotSameAs(before);
        assertThat(after.render(VALUES).text()).isEqualTo("v2");
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> TemplateCompiler.compiled(unescaped)).isInstanceOf(InvalidFieldException.class);
        }
    }
}
