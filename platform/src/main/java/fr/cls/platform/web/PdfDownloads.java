package fr.cls.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * A PDF answered as a download, the same way on every route: attachment with its file name, {@code nosniff}, its
 * length, and an ETag that is the content's SHA-256, so a caller holding the current copy gets 304.
 */
public final class PdfDownloads {

    private PdfDownloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] pdf, String fileName, WebRequest request) {
        String etag = "\"" + sha256(pdf) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    /** A plain ASCII name as it is; another (an uploaded original's) also as RFC 5987 {@code filename*}. */
    private static String disposition(String fileName) {
        boolean ascii = fileName.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        ContentDisposition.Builder attachment = ContentDisposition.attachment();
        return (ascii ? attachment.filename(fileName) : attachment.filename(fileName, StandardCharsets.UTF_8)).build().toString();
    }

    /** Lower-case hex SHA-256, as the signed originals record it. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
