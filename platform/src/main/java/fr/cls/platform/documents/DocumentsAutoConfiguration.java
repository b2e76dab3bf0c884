package fr.cls.platform.documents;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Gives every service {@link PdfDocuments}. {@code cls.documents.overrides}: a directory whose
 * {@code <tenantId>/<template>.html} and {@code <tenantId>/letterhead.html} replace the service's template and the
 * shared letterhead for that tenant (docs/operations.md).
 */
@AutoConfiguration
public class DocumentsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PdfDocuments pdfDocuments(@Value("${cls.documents.overrides:}") String overrides) {
        return new HtmlPdfDocuments(new DocumentTemplates(overrides.isBlank() ? null : Path.of(overrides)));
    }
}
