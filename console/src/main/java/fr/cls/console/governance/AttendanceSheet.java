package fr.cls.console.governance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.cls.console.gateway.GatewayProblem;

/**
 * The attendance form of a meeting: one row per active member of the body (status, and the member holding the
 * proxy when represented). Refused, each rule the API names about a member (e.g. too many proxies held) goes to
 * the row of the field at fault; the API names members by their label in its messages.
 */
public final class AttendanceSheet {

    /** One member's row; {@code error} is null unless the API refused this row. */
    public record Row(BodyView.Member member, String status, String proxyHolderId, String error) {

        public String statusField() {
            return "statut-" + member.id();
        }

        public String proxyField() {
            return "procuration-" + member.id();
        }
    }

    private final List<Row> rows;
    private final List<BodyView.Member> holders;
    private final Set<String> attached;

    private AttendanceSheet(List<Row> rows, List<BodyView.Member> holders, Set<String> attached) {
        this.rows = rows;
        this.holders = holders;
        this.attached = attached;
    }

    /** As recorded, or everyone present by default before the meeting is held. */
    public static AttendanceSheet of(BodyView body, MeetingView meeting) {
        List<Row> rows = body.activeMembers().stream().map(m -> meeting.presenceOf(m.id())
                .map(p -> new Row(m, p.status(), p.proxyHolderId() == null ? "" : p.proxyHolderId().toString(), null))
                .orElse(new Row(m, meeting.held() ? "ABSENT" : "PRESENT", "", null))).toList();
        return new AttendanceSheet(rows, voters(body), Set.of());
    }

    /** As the person sent it ({@code statut-<member>}, {@code procuration-<member>}), with the API's refusal. */
    public static AttendanceSheet sent(BodyView body, Map<String, String> form, GatewayProblem refusal) {
        Map<UUID, List<String>> errors = new HashMap<>();
        Set<String> attached = new HashSet<>();
        List<BodyView.Member> members = body.activeMembers();
        Map<UUID, String> status = new LinkedHashMap<>();
        Map<UUID, String> proxy = new HashMap<>();
        for (BodyView.Member m : members) {
            status.put(m.id(), form.getOrDefault("statut-" + m.id(), "ABSENT"));
            proxy.put(m.id(), form.getOrDefault("procuration-" + m.id(), ""));
        }
        if (refusal != null) {
            for (int i = 0; i < refusal.violations().size(); i++) {
                String message = refusal.violations().get(i);
                List<UUID> rowsAtFault = atFault(refusal.rule(i), message, members, status, proxy);
                rowsAtFault.forEach(id -> errors.computeIfAbsent(id, k -> new ArrayList<>()).add(message));
                if (!rowsAtFault.isEmpty()) {
                    attached.add(message);
                }
            }
        }
        List<Row> rows = members.stream().map(m -> new Row(m, status.get(m.id()), proxy.get(m.id()),
                errors.containsKey(m.id()) ? String.join(" ", errors.get(m.id())) : null)).toList();
        return new AttendanceSheet(rows, voters(body), attached);
    }

    /**
     * The rows whose field a violation is about: a proxy limit is about the proxies given to the holder it names;
     * a proxy given when not represented (or the reverse) about those rows; any other rule naming a member about
     * that member's row.
     */
    private static List<UUID> atFault(String rule, String message, List<BodyView.Member> members, Map<UUID, String> status,
            Map<UUID, String> proxy) {
        if ("proxy-when-represented".equals(rule)) {
            return members.stream().map(BodyView.Member::id)
                    .filter(id -> "REPRESENTED".equals(status.get(id)) == proxy.get(id).isBlank()).toList();
        }
        List<UUID> named = members.stream().filter(m -> message.contains(m.label())).map(BodyView.Member::id).toList();
        if ("proxy-limit".equals(rule)) {
            return members.stream().map(BodyView.Member::id)
                    .filter(id -> named.stream().anyMatch(holder -> holder.toString().equals(proxy.get(id)))).toList();
        }
        return named;
    }

    private static List<BodyView.Member> voters(BodyView body) {
        return body.activeMembers().stream().filter(BodyView.Member::voting).toList();
    }

    /** The attendance as the API takes it; a holder chosen for a member not represented is not sent. */
    public List<Map<String, Object>> lines() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("memberId", row.member().id());
            line.put("status", row.status());
            boolean represented = "REPRESENTED".equals(row.status());
            line.put("proxyHolderId", represented && !row.proxyHolderId().isBlank() ? row.proxyHolderId() : null);
            lines.add(line);
        }
        return lines;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Who may hold a proxy: the voting members (the API wants them present). */
    public List<BodyView.Member> holdersFor(BodyView.Member giver) {
        return holders.stream().filter(h -> !h.id().equals(giver.id())).toList();
    }

    /** The refusals shown on a row, not to repeat at the top. */
    public Set<String> attached() {
        return attached;
    }
}
