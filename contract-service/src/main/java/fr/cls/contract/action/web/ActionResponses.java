package fr.cls.contract.action.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.cls.contract.action.ActionSheet;
import fr.cls.contract.action.Amendment;
import fr.cls.contract.action.AnnualReport;
import fr.cls.contract.action.Axis;
import fr.cls.contract.action.Indicator;
import fr.cls.contract.action.IndicatorValue;
import fr.cls.contract.action.Programming;
import tools.jackson.databind.JsonNode;

final class ActionResponses {

    private ActionResponses() {
    }

    record AxisResponse(UUID id, UUID contractId, String code, String title, int order, long version) {
        static AxisResponse of(Axis a) {
            return new AxisResponse(a.id(), a.contractId(), a.code(), a.title(), a.position(), a.version());
        }
    }

    record SheetResponse(UUID id, UUID contractId, UUID axisId, String title, String objective, String pilot,
            List<String> partners, String targetPublic, LocalDate startDate, LocalDate endDate, BigDecimal budget,
            List<Indicator> indicators, String status, List<String> funderPlans, long version) {
        static SheetResponse of(ActionSheet s) {
            return new SheetResponse(s.id(), s.contractId(), s.axisId(), s.title(), s.objective(), s.pilot(), s.partners(),
                    s.targetPublic(), s.startDate(), s.endDate(), s.budget(), s.indicators(), s.status().name(),
                    s.funderPlans(), s.version());
        }
    }

    record ProgrammingResponse(UUID id, UUID contractId, int year, String status, List<UUID> actionSheetIds,
            LocalDate submittedOn, LocalDate validatedOn, UUID bodyId, UUID meetingId, long version) {
        static ProgrammingResponse of(Programming p) {
            return new ProgrammingResponse(p.id(), p.contractId(), p.year(), p.status().name(), p.actionSheetIds(),
                    p.submittedOn(), p.validatedOn(), p.bodyId(), p.meetingId(), p.version());
        }
    }

    record ReportResponse(UUID id, UUID contractId, int year, String status, String achievements,
            List<IndicatorValue> indicatorValues, BigDecimal creditsUsed, LocalDate submittedOn, LocalDate adoptedOn, long version) {
        static ReportResponse of(AnnualReport r) {
            return new ReportResponse(r.id(), r.contractId(), r.year(), r.status().name(), r.achievements(),
                    r.indicatorValues(), r.creditsUsed(), r.submittedOn(), r.adoptedOn(), r.version());
        }
    }

    record AmendmentResponse(UUID id, UUID contractId, int number, String changes, LocalDate signedOn,
            JsonNode snapshot, Instant createdAt) {
    }

    /** @param origin SIGNATURE (signed on the platform) or IMPORT (signed before it) */
    record SignedVersionResponse(UUID contractId, String origin, LocalDate inForceOn, JsonNode snapshot, Instant recordedAt) {
    }
}
