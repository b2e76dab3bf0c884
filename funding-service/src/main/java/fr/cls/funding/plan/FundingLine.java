package fr.cls.funding.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import fr.cls.funding.request.Purpose;
import fr.cls.funding.request.RequestStatus;

/**
 * One funding request as the plan counts it, with what its convention commits and its payments paid.
 *
 * @param parity    the request's scheme version has the parity rule
 * @param committed the signed convention's amounts (a cancelled one: what was paid); null without a signed convention
 * @param coordinatorPostSharedBy the signatories the request's scheme version wants funding the coordinator post
 *                  (rule coordinator-post-shared); 0 when it has no such rule
 */
record FundingLine(String funder, String schemeCode, boolean parity, Purpose purpose, RequestStatus status,
        SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> ownShare,
        SortedMap<Integer, BigDecimal> granted, SortedMap<Integer, BigDecimal> committed,
        SortedMap<Integer, BigDecimal> paid, int coordinatorPostSharedBy) {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** A line of a scheme that does not ask for the coordinator post to be shared. */
    FundingLine(String funder, String schemeCode, boolean parity, Purpose purpose, RequestStatus status,
            SortedMap<Integer, BigDecimal> requested, SortedMap<Integer, BigDecimal> ownShare,
            SortedMap<Integer, BigDecimal> granted, SortedMap<Integer, BigDecimal> committed,
            SortedMap<Integer, BigDecimal> paid) {
        this(funder, schemeCode, parity, purpose, status, requested, ownShare, granted, committed, paid, 0);
    }

    FundingLine {
        requested = orEmpty(requested);
        ownShare = orEmpty(ownShare);
        granted = orEmpty(granted);
        committed = committed == null ? null : orEmpty(committed);
        paid = orEmpty(paid);
    }

    /** Refused and withdrawn requests ask nothing any more. */
    boolean live() {
        return status == RequestStatus.SUBMITTED || status == RequestStatus.UNDER_INSTRUCTION || status == RequestStatus.GRANTED;
    }

    /**
     * The request's most advanced figure, which the checks judge: what its convention commits, else what was
     * granted, else what is still asked; nothing once refused or withdrawn.
     */
    SortedMap<Integer, BigDecimal> engaged() {
        if (committed != null) {
            return committed;
        }
        if (status == RequestStatus.GRANTED) {
            return granted;
        }
        return live() ? requested : Collections.emptySortedMap();
    }

    static BigDecimal at(SortedMap<Integer, BigDecimal> amounts, int year) {
        return amounts == null ? ZERO : amounts.getOrDefault(year, ZERO);
    }

    private static SortedMap<Integer, BigDecimal> orEmpty(SortedMap<Integer, BigDecimal> amounts) {
        return amounts == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(amounts));
    }
}
