package fr.cls.contract.paper;

import java.util.Map;

import org.springframework.stereotype.Service;

import fr.cls.contract.contract.ContractId;
import fr.cls.contract.paper.PaperModels.Draft;
import fr.cls.platform.documents.DocumentRequest;
import fr.cls.platform.documents.PdfDocuments;

/**
 * The contract's PDF documents, in French, from the templates {@code documents/contract-signed.html},
 * {@code contract-amendment.html} and {@code annual-report.html} (a tenant may override them with its own): the data
 * is read in a read-only transaction, the PDF rendered after it, so no connection is held while rendering. The same
 * data gives the same bytes.
 */
@Service
public class ContractPapers {

    /** A rendered document: the bytes and the ASCII file name to save it under. */
    public record Paper(String fileName, byte[] content) {
    }

    private final PaperModels models;
    private final PdfDocuments documents;

    ContractPapers(PaperModels models, PdfDocuments documents) {
        this.models = models;
        this.documents = documents;
    }

    /** The contract as signed; 404 before it came into force, and for whoever does not see the contract. */
    public Paper signedContract(ContractId id) {
        return render(models.signedContract(id));
    }

    /** Amendment {@code number} (from 1); 404 when the contract has no such amendment. */
    public Paper amendment(ContractId id, int number) {
        return render(models.amendment(id, number));
    }

    /** The bilan annuel of {@code year}, in whatever state it is (a draft says so); 404 when none was written. */
    public Paper annualReport(ContractId id, int year) {
        return render(models.annualReport(id, year));
    }

    private Paper render(Draft draft) {
        byte[] pdf = documents.render(new DocumentRequest(draft.ownerTenantId(), draft.template(), draft.title(), draft.dated(),
                Map.of("doc", draft.view(), "issuer", draft.issuer())));
        return new Paper(draft.fileName(), pdf);
    }

}
