package fr.cls.platform.web;

/** Answers 404. Also what a tenant gets for another tenant's resource, so that ids leak nothing. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
    }
}
