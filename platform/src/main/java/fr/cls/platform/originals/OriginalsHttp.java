package fr.cls.platform.originals;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

import fr.cls.platform.web.PdfDownloads;

/**
 * The web side of originals: the bytes of an upload, and the answer of a download: the bytes as stored, {@code application/pdf}, as an attachment under its file name, with
 * its SHA-256 as ETag (the bytes never change, so a copy with that ETag is always current: 304).
 */
public final class OriginalsHttp {

    private OriginalsHttp() {
    }

    /** The bytes of an uploaded file part; a part that cannot be read is a fault of ours (500), not the caller's. */
    public static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
    }

    public static ResponseEntity<byte[]> download(OriginalFile file, WebRequest request) {
        return PdfDownloads.attachment(file.content(), file.document().fileName(), request);
    }
}
