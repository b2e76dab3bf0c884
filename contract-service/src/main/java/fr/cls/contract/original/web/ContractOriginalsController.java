package fr.cls.contract.original.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;

import fr.cls.contract.contract.ContractId;
import fr.cls.contract.original.ContractOriginals;
import fr.cls.platform.originals.OriginalDocument;
import fr.cls.platform.originals.OriginalsHttp;
import fr.cls.platform.originals.OriginalKind;
import fr.cls.platform.originals.OriginalResponse;

/** Upload (multipart/form-data), list and download a contract's signed originals; never change nor delete one. */
@RestController
@RequestMapping("/api/v1/contracts/{id}/originals")
@Validated
class ContractOriginalsController {

    private final ContractOriginals originals;

    ContractOriginalsController(ContractOriginals originals) {
        this.originals = originals;
    }

    /** A PDF checked by its content; a second upload of the same document is a second original. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<OriginalResponse> upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
            @RequestParam OriginalKind kind, @RequestParam(required = false) @Size(max = 300) String title,
            @RequestParam(required = false) @Min(1) Integer amendment, @RequestParam(required = false) UUID supersedes) {
        OriginalDocument stored = originals.upload(new ContractId(id), new ContractOriginals.Upload(kind, title, amendment,
                supersedes, file.getOriginalFilename(), OriginalsHttp.bytesOf(file)));
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id + "/originals/" + stored.id()))
                .body(OriginalResponse.of(stored));
    }

    @GetMapping
    List<OriginalResponse> list(@PathVariable UUID id) {
        return originals.list(new ContractId(id)).stream().map(OriginalResponse::of).toList();
    }

    @GetMapping(value = "/{originalId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID originalId, WebRequest request) {
        return OriginalsHttp.download(originals.file(new ContractId(id), originalId), request);
    }
}
