package fr.cls.platform.testapp;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.transaction.support.TransactionTemplate;

import fr.cls.platform.audit.AuditTrail;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.events.OutboxEventPublisher;
import fr.cls.platform.idempotency.SecretInResponse;

/** Creations as a service's: each call writes a note, so a test can count how often the handler ran. */
@RestController
class NotesController {

    private final Notes notes;
    private final OutboxEventPublisher events;
    private final TransactionTemplate tx;
    private final AuditTrail audit;

    NotesController(Notes notes, OutboxEventPublisher events, TransactionTemplate tx, AuditTrail audit) {
        this.notes = notes;
        this.events = events;
        this.tx = tx;
        this.audit = audit;
    }

    /** As a service's command that raises an event: only the listener writes the note, when the event arrives. */
    @PostMapping("/api/announced-notes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    NoteCreated announce(@RequestBody NewNote note) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(status -> events.publish(PlatformTestApplication.TOPIC, PlatformTestApplication.NOTE_ADDED,
                id.toString(), new NoteListener.NoteAdded(id, note.text())));
        return new NoteCreated(id, note.text());
    }

    @PostMapping("/api/notes")
    @ResponseStatus(HttpStatus.CREATED)
    NoteCreated create(@RequestBody NewNote note) {
        UUID id = UUID.randomUUID();
        notes.insert(id, TenantContext.require(), note.text());
        return new NoteCreated(id, note.text());
    }

    /** As a service's creation: the note and its audit entry in one transaction. */
    @PostMapping("/api/audited-notes")
    @ResponseStatus(HttpStatus.CREATED)
    NoteCreated createAudited(@RequestBody NewNote note) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(status -> {
            notes.insert(id, TenantContext.require(), note.text());
            audit.record("note.create", "note", id.toString(), null, 1L);
        });
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
