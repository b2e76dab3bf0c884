package fr.cls.notification.tracking;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.platform.context.TenantContext;
import fr.cls.platform.context.TenantSwitch;

/** Contracts as the current tenant knows them: its own, and those it takes part in (a copy from the owner's profile). */
@Service
public class ContractState {

    private final JdbcTemplate jdbc;
    private final TenantSwitch tenants;

    ContractState(JdbcTemplate jdbc, TenantSwitch tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /**
     * The owner's latest profile of a contract, for the owner and every party tenant.
     *
     * @param coordinators subjects of the contract's coordinators, null when the producer does not say
     * @param coordinatorIssuers the issuer of each coordinator (aligned), null when the producer does not say
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void profile(UUID contractId, String title, String status, LocalDate start, LocalDate end,
            List<String> partyTenants, List<String> coordinators, List<String> coordinatorIssuers) {
        String owner = TenantContext.require();
        Coordinators named = new Coordinators(coordinators, coordinatorIssuers);
        upsert(owner, contractId, title, status, start, end, named);
        for (String party : partyTenants == null ? List.<String>of() : partyTenants) {
            if (party != null && TenantContext.TENANT_ID.matcher(party).matches() && !party.equals(owner)) {
                tenants.run(party, () -> upsert(owner, contractId, title, status, start, end, named));
            }
        }
    }

    /** A transition or the initiation, seen by the owner. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void status(UUID contractId, String title, String status, LocalDate start, LocalDate end) {
        String owner = TenantContext.require();
        jdbc.update("""
                insert into tracked_contract (tenant_id, contract_id, owner_tenant, title, status, start_date, end_date)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, contract_id) do update set title = coalesce(excluded.title, tracked_contract.title),
                    status = excluded.status, start_date = coalesce(excluded.start_date, tracked_contract.start_date),
                    end_date = coalesce(excluded.end_date, tracked_contract.end_date)""",
                owner, contractId, owner, title, status, date(start), date(end));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TrackedContract> find(UUID contractId) {
        if (contractId == null) {
            return Optional.empty();
        }
        return jdbc.query("select * from tracked_contract where tenant_id = ? and contract_id = ?",
                (rs, i) -> new TrackedContract(contractId, rs.getString("owner_tenant"), rs.getString("title"),
                        rs.getString("status"), local(rs.getDate("start_date")), local(rs.getDate("end_date")),
                        split(rs.getString("coordinators")), split(rs.getString("coordinator_issuers"))),
                TenantContext.require(), contractId).stream().findFirst();
    }

    /** The title an event gives, else the one of the current tenant's copy (null when neither says). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String title(UUID contractId, String fromEvent) {
        return fromEvent != null ? fromEvent : find(contractId).map(TrackedContract::title).orElse(null);
    }

    /** The current tenant's own contracts in force (signed, not closed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TrackedContract> ownInForce() {
        String tenant = TenantContext.require();
        return jdbc.query("""
                select * from tracked_contract where tenant_id = ? and owner_tenant = ? and status in ('IN_FORCE', 'EVALUATION')""",
                (rs, i) -> new TrackedContract(rs.getObject("contract_id", UUID.class), tenant, rs.getString("title"),
                        rs.getString("status"), local(rs.getDate("start_date")), local(rs.getDate("end_date")),
                        split(rs.getString("coordinators")), split(rs.getString("coordinator_issuers"))), tenant, tenant);
    }

    private void upsert(String owner, UUID contractId, String title, String status, LocalDate start, LocalDate end,
            Coordinators named) {
        // The issuers go with the subjects they were published with (a profile without issuers clears them).
        jdbc.update("""
                insert into tracked_contract (tenant_id, contract_id, owner_tenant, title, status, start_date, end_date,
                    coordinators, coordinator_issuers)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, contract_id) do update set owner_tenant = excluded.owner_tenant, title = excluded.title,
                    status = excluded.status, start_date = excluded.start_date, end_date = excluded.end_date,
                    coordinators = coalesce(excluded.coordinators, tracked_contract.coordinators),
                    coordinator_issuers = case when excluded.coordinators is null then tracked_contract.coordinator_issuers
                        else excluded.coordinator_issuers end""",
                TenantContext.require(), contractId, owner, title, status, date(start), date(end),
                join(named.subjects()), named.aligned() ? join(named.issuers()) : null);
    }

    /** Coordinators as published: subjects and, when the producer says, the issuer of each. */
    private record Coordinators(List<String> subjects, List<String> issuers) {

        boolean aligned() {
            return subjects != null && issuers != null && issuers.size() == subjects.size();
        }
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(",", values);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
    }
}
