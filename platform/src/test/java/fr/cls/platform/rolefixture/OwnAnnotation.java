package fr.cls.platform.rolefixture;

import org.springframework.security.access.prepost.PreAuthorize;

/** Writes its own expression in the annotation. */
public class OwnAnnotation {

    @PreAuthorize("hasRole('ARS_AGENT') or hasRole('DEPARTEMENT_AGENT')")
    public void instruct() {
    }
}
