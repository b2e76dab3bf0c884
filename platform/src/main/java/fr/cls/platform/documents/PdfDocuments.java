package fr.cls.platform.documents;

/**
 * Renders a generated document (convocation, procès-verbal, convention…) as a PDF/A-2b: the calling service's
 * template {@code documents/<template>.html} on its classpath, or the tenant's own copy in the override directory
 * ({@code cls.documents.overrides}), with the shared letterhead, footer and styles. The same request gives the same
 * bytes: the PDF's dates are the document's own date and its ID is derived from the content.
 */
public interface PdfDocuments {

    byte[] render(DocumentRequest request);
}
