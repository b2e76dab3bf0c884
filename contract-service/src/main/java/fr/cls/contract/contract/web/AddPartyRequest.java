package fr.cls.contract.contract.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import fr.cls.contract.contract.PartyRole;

record AddPartyRequest(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String tenantId, @NotNull PartyRole role) {
}
