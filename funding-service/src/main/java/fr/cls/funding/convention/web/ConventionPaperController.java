package fr.cls.funding.convention.web;

import java.util.HexFormat;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.funding.convention.ConventionPapers;
import fr.cls.funding.request.FundingRequestId;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    ResponseEntity<byte[]> convention(@PathVariable UUID id) {
        ConventionPapers.Paper paper = papers.convention(new FundingRequestId(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(paper.fileName()).build().toString())
                .eTag(etag(paper.pdf())).body(paper.pdf());
    }

    private static String etag(byte[] pdf) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
