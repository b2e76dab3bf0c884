package fr.cls.governance.meeting.web;

import java.util.HexFormat;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.governance.meeting.MeetingPapers;
import fr.cls.governance.meeting.MeetingPapers.Paper;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * A meeting's papers as PDF/A, to download: the convocation and the procès-verbal. Whoever may see the meeting may
 * download them (404 otherwise); the ETag is the content's digest, the same data giving the same bytes.
 */
@RestController
@RequestMapping("/api/v1/governance/meetings/{id}")
class MeetingPapersController {

    private final MeetingPapers papers;

    MeetingPapersController(MeetingPapers papers) {
        this.papers = papers;
    }

    @GetMapping(value = "/convocation.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ApiResponse(responseCode = "409", description = "The members were not convened yet (rule convened-first)")
    ResponseEntity<byte[]> convocation(@PathVariable UUID id) {
        return pdf(papers.convocation(id));
    }

    @GetMapping(value = "/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ApiResponse(responseCode = "409", description = "The minutes are not written yet (rule minutes-written)")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
        return pdf(papers.minutes(id));
    }

    static ResponseEntity<byte[]> pdf(Paper paper) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(paper.fileName()).build().toString())
                .eTag(etag(paper.pdf())).body(paper.pdf());
    }

    private static String etag(byte[] pdf) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(pdf);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
