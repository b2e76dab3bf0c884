package fr.cls.funding.convention;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.funding.events.ConventionPaper;
import fr.cls.funding.request.FundingRequest;
import fr.cls.funding.request.FundingRequestId;
import fr.cls.funding.request.FundingRequests;
import fr.cls.funding.request.RequestStatus;
import fr.cls.platform.documents.DocumentRequest;
import fr.cls.platform.documents.PdfDocuments;
import fr.cls.platform.domain.RuleViolationException;

/**
 * The convention de financement of a granted request as PDF: the parties, the amounts granted by year and their
 * total, the payment terms, the scheme and version applied and the rules it checked on the day of the decision
 * ({@link ConventionPaper}, the same paper the grant email carries). Read through {@link FundingRequests#get}:
 * whoever may see the request may print it, others get a 404.
 */
@Service
public class ConventionPapers {

    /** A generated paper and the name it is downloaded under. */
    public record Paper(String fileName, byte[] pdf) {
    }

    private final FundingRequests requests;
    private final PdfDocuments documents;

    ConventionPapers(FundingRequests requests, PdfDocuments documents) {
        this.requests = requests;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public Paper convention(FundingRequestId id) {
        FundingRequest request = requests.get(id);
        if (request.status() != RequestStatus.GRANTED) {
            throw new RuleViolationException("request-granted", "a convention de financement is printed for a granted request (it is "
                    + request.status() + ")", request.status());
        }
        ConventionPaper paper = requests.grantedPaper(request);
        byte[] pdf = documents.render(new DocumentRequest(request.funderTenantId(), ConventionPaper.TEMPLATE, paper.title(),
                paper.decidedOn(), paper.model()));
        return new Paper(paper.fileName(), pdf);
    }
}
