package fr.cls.platform.testapp;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.idempotency.SecretInResponse;

/** Creations as a service's: each call writes a note, so a test can count how often the handler ran. */
@RestController
class NotesController {

    private final Notes notes;

    NotesController(Notes notes) {
        this.notes = notes;
    }

    @PostMapping("/api/notes")
    @ResponseStatus(HttpStatus.CREATED)
    NoteCreated create(@RequestBody NewNote note) {
        UUID id = UUID.randomUUID();
        notes.insert(id, TenantContext.require(), note.text());
        return new NoteCreated(id, note.text());
    }

    /** As a webhook's creation: the answer carries a secret the caller sees once. */
    @PostMapping("/api/secret-notes")
    @ResponseStatus(HttpStatus.CREATED)
    @SecretInResponse("secret")
    SecretNoteCreated createWithSecret(@RequestBody NewNote note) {
        UUID id = UUID.randomUUID();
        notes.insert(id, TenantContext.require(), note.text());
        return new SecretNoteCreated(id, note.text(), "secret-" + UUID.randomUUID());
    }

    record NewNote(String text) {
    }

    record NoteCreated(UUID id, String text) {
    }

    record SecretNoteCreated(UUID id, String text, String secret) {
    }
}
