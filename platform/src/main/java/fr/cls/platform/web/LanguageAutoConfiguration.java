package fr.cls.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers in French or English: every bundle under {@code i18n/} of the class path (the platform's and the
 * service's) makes the message source, which Bean Validation uses too; the request's language is its
 * {@code Accept-Language}, French when absent or not one we write.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration" })
public class LanguageAutoConfiguration {

    static final String BUNDLES = "classpath*:i18n/*.properties";

    @Bean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(bundles());
        source.setDefaultEncoding("UTF-8");
        // An unknown language reads the base bundle (French), never the server's own language.
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The base names: {@code i18n/contract} for {@code i18n/contract.properties} and {@code i18n/contract_en.properties}. */
    static String[] bundles() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(BUNDLES);
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .map(name -> name.replaceFirst("(_[a-zA-Z]{2}(_[a-zA-Z]{2})?)?\\.properties$", ""))
                    .map(name -> "i18n/" + name).collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("the message bundles under i18n/ cannot be listed", e);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemMessages problemMessages(MessageSource messageSource) {
        return new ProblemMessages(messageSource);
    }

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    LocaleResolver localeResolver() {
        return Languages.resolver();
    }
}
