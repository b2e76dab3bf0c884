package fr.cls.funding.convention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.cls.platform.domain.RuleViolationException;

/** One year's instalment of a signed convention. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String funderTenantId;

    @Column(name = "owner_tenant_id", nullable = false, updatable = false)
    private String ownerTenantId;

    @Column(name = "convention_id", nullable = false, updatable = false)
    private UUID conventionId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private UUID contractId;

    @Column(updatable = false)
    private int year;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    @Column(name = "released_on")
    private LocalDate releasedOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Version
    private long version;

    protected Payment() {
    }

    static Payment planned(Convention convention, int year, BigDecimal amount) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.funderTenantId = convention.funderTenantId();
        p.ownerTenantId = convention.ownerTenantId();
        p.conventionId = convention.id();
        p.contractId = convention.contractId();
        p.year = year;
        p.amount = amount.setScale(2);
        p.status = PaymentStatus.PLANNED;
        return p;
    }

    void release(LocalDate on) {
        requireStatus("release", PaymentStatus.PLANNED);
        status = PaymentStatus.RELEASED;
        releasedOn = on;
    }

    void pay(LocalDate on) {
        requireStatus("record as paid", PaymentStatus.RELEASED);
        status = PaymentStatus.PAID;
        paidOn = on;
    }

    /** An amendment changes a year not yet released. */
    void changeAmount(BigDecimal newAmount) {
        if (newAmount.compareTo(amount) != 0) {
            requireStatus("change the amount of", PaymentStatus.PLANNED);
            amount = newAmount.setScale(2);
        }
    }

    /** Cancelling a convention stops what is not paid; what is paid stays paid. */
    void cancel() {
        if (status == PaymentStatus.PLANNED || status == PaymentStatus.RELEASED) {
            status = PaymentStatus.CANCELLED;
        }
    }

    private void requireStatus(String action, PaymentStatus expected) {
        if (status != expected) {
            throw new RuleViolationException("payment-status", "cannot " + action + " the " + year + " payment: it is "
                    + status.name().toLowerCase(), action, String.valueOf(year), status.name());
        }
    }

    public UUID id() {
        return id;
    }

    public UUID conventionId() {
        return conventionId;
    }

    public UUID contractId() {
        return contractId;
    }

    public int year() {
        return year;
    }

    public BigDecimal amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    public LocalDate releasedOn() {
        return releasedOn;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public long version() {
        return version;
    }
}
