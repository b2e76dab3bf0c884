package fr.cls.console.contracts;

/** A party of a contract: a tenant and its role. */
public record PartyView(String tenantId, String role) {

    public String roleLabel() {
        return Labels.role(role);
    }
}
