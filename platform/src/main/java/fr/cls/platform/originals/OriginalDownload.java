package fr.cls.platform.originals;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * The answer of a download: the bytes as stored, {@code application/pdf}, as an attachment under its file name, with
 * its SHA-256 as ETag (the bytes never change, so a copy with that ETag is always current: 304).
 */
public final class OriginalDownload {

    private OriginalDownload() {
    }

    public static ResponseEntity<byte[]> of(OriginalFile file, WebRequest request) {
        String etag = "\"" + file.document().sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.content().length)
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
