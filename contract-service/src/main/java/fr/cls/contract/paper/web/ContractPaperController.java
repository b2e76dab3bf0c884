package fr.cls.contract.paper.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import fr.cls.contract.contract.ContractId;
import fr.cls.contract.paper.ContractPapers.Paper;
import fr.cls.contract.paper.ContractPapers;
import fr.cls.platform.web.PdfDownloads;

/**
 * The contract's documents as PDF downloads, beside the JSON routes of what they show and seen by the same callers
 * (404 for anyone else). Each answers an ETag; a caller holding the current copy gets 304 with If-None-Match.
 */
@RestController
@RequestMapping("/api/v1/contracts/{id}")
class ContractPaperController {

    private final ContractPapers papers;

    ContractPaperController(ContractPapers papers) {
        this.papers = papers;
    }

    /** The contract as signed (territory with populations, axes, fiches actions, signatories); 404 before signature. */
    @GetMapping(value = "/signed-version/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> signedContract(@PathVariable UUID id, WebRequest request) {
        return download(papers.signedContract(new ContractId(id)), request);
    }

    /** Amendment {@code number} (as in its Location): what it changes, its date, the signatories. */
    @GetMapping(value = "/amendments/{number}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> amendment(@PathVariable UUID id, @PathVariable int number, WebRequest request) {
        return download(papers.amendment(new ContractId(id), number), request);
    }

    /** The bilan annuel of {@code year}: achievements, indicator values, credits used. */
    @GetMapping(value = "/annual-reports/{year}/document.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> annualReport(@PathVariable UUID id, @PathVariable int year, WebRequest request) {
        return download(papers.annualReport(new ContractId(id), year), request);
    }

    private static ResponseEntity<byte[]> download(Paper paper, WebRequest request) {
        return PdfDownloads.attachment(paper.content(), paper.fileName(), request);
    }
}
