package fr.cls.notification.setting.web;

import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.cls.notification.setting.Language;
import fr.cls.notification.setting.NotificationSettings;
import fr.cls.notification.setting.TenantSettings;
import fr.cls.platform.context.TenantContext;
import fr.cls.platform.domain.Versions;
import fr.cls.platform.security.Roles;
import fr.cls.platform.web.IfMatch;

/** The tenant's reminder delays and mail identity: read by its people, changed by its approvers. */
@RestController
@RequestMapping("/api/v1/notifications/settings")
class SettingController {

    private final NotificationSettings settings;

    SettingController(NotificationSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    ResponseEntity<SettingsResponse> read() {
        return ok(SettingsResponse.of(settings.read()));
    }

    /** With the version read ({@code If-Match}): the settings keep no version column, it is computed from them. */
    @PutMapping
    @PreAuthorize(Roles.IS_APPROVER)
    ResponseEntity<SettingsResponse> replace(@RequestHeader(IfMatch.HEADER) String ifMatch,
            @Valid @RequestBody SettingsRequest request) {
        Versions.check("the notification settings", Versions.versionOf(SettingsResponse.of(settings.read())),
                IfMatch.version(ifMatch));
        return ok(SettingsResponse.of(settings.replace(new TenantSettings(TenantContext.require(), null, request.copilDaysBefore(),
                request.requestWaitingDays(), request.endOfTermMonths(), request.annualReportDueMonth(),
                request.annualReportDueDay(), request.annualReportDaysBefore(), blankToNull(request.mailFrom()),
                blankToNull(request.signature()), Language.of(request.language()).orElse(null)))));
    }

    private static ResponseEntity<SettingsResponse> ok(SettingsResponse settings) {
        return ResponseEntity.ok().eTag(Long.toString(Versions.versionOf(settings))).body(settings);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    record SettingsRequest(@Range(min = 1, max = 90) int copilDaysBefore, @Range(min = 1, max = 365) int requestWaitingDays,
            @Range(min = 1, max = 24) int endOfTermMonths, @Range(min = 1, max = 12) int annualReportDueMonth,
            @Range(min = 1, max = 31) int annualReportDueDay, @Range(min = 1, max = 180) int annualReportDaysBefore,
            @Email @Size(max = 200) String mailFrom, @Size(max = 500) String signature,
            @Pattern(regexp = "fr|en", message = "{notification.language-known}") String language) {

        /** 31/04 and the like do not exist; 29/02 neither (not every year has one). */
        @AssertTrue(message = "{notification.annual-report-due-date-exists}")
        boolean isAnnualReportDueDateValid() {
            return annualReportDueMonth < 1 || annualReportDueMonth > 12
                    || annualReportDueDay <= YearMonth.of(2027, annualReportDueMonth).lengthOfMonth();
        }
    }

    record SettingsResponse(String tenantName, int copilDaysBefore, int requestWaitingDays, int endOfTermMonths,
            int annualReportDueMonth, int annualReportDueDay, int annualReportDaysBefore, String mailFrom, String signature,
            String language) {

        static SettingsResponse of(TenantSettings s) {
            return new SettingsResponse(s.tenantName(), s.copilDaysBefore(), s.requestWaitingDays(), s.endOfTermMonths(),
                    s.annualReportDueMonth(), s.annualReportDueDay(), s.annualReportDaysBefore(), s.mailFrom(),
                    s.signatureOrDefault(), s.language().tag());
        }
    }
}
