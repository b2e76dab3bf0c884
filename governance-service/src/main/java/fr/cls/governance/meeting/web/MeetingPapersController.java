package fr.cls.governance.meeting.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import fr.cls.governance.meeting.MeetingPapers.Paper;
import fr.cls.governance.meeting.MeetingPapers;
import fr.cls.platform.web.PdfDownloads;

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
    ResponseEntity<byte[]> convocation(@PathVariable UUID id, WebRequest request) {
        return pdf(papers.convocation(id), request);
    }

    @GetMapping(value = "/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @ApiResponse(responseCode = "409", description = "The minutes are not written yet (rule minutes-written)")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id, WebRequest request) {
        return pdf(papers.minutes(id), request);
    }

    private static ResponseEntity<byte[]> pdf(Paper paper, WebRequest request) {
        return PdfDownloads.attachment(paper.pdf(), paper.fileName(), request);
    }
}
