package fr.cls.funding.convention.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import fr.cls.funding.convention.ConventionPapers;
import fr.cls.funding.request.FundingRequestId;
import fr.cls.platform.web.PdfDownloads;

/**
 * The convention de financement of a granted request as PDF/A, to download by whoever may see the request (404
 * otherwise). The ETag is the content's digest: the same data give the same bytes.
 */
@RestController
class ConventionPaperController {

    private final ConventionPapers papers;

    ConventionPaperController(ConventionPapers papers) {
        this.papers = papers;
    }

    @GetMapping(value = "/api/v1/funding/requests/{id}/convention.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ApiResponse(responseCode = "409", description = "The request is not granted (rule request-granted)")
    ResponseEntity<byte[]> convention(@PathVariable UUID id, WebRequest request) {
        ConventionPapers.Paper paper = papers.convention(new FundingRequestId(id));
        return PdfDownloads.attachment(paper.pdf(), paper.fileName(), request);
    }
}
