package fr.cls.governance.meeting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cls.governance.body.Body;
import fr.cls.governance.body.Member;

/** The compte rendu of a meeting as a Markdown document: attendance, quorum, agenda and decisions, minutes text. */
public final class MinutesDocument {

    private MinutesDocument() {
    }

    public static String markdown(Meeting meeting, Body body) {
        Map<UUID, Member> members = body.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        StringBuilder md = new StringBuilder();
        md.append("# Compte rendu — ").append(escape(body.name())).append("\n\n");
        md.append("- Réunion du ").append(meeting.heldOn() != null ? meeting.heldOn() : meeting.scheduledOn())
                .append(", ").append(escape(meeting.place())).append('\n');
        md.append("- Statut : ").append(meeting.status());
        if (meeting.convenedOn() != null) {
            md.append(" (convoquée le ").append(meeting.convenedOn())
                    .append(Boolean.TRUE.equals(meeting.lateConvocation()) ? ", convocation tardive" : "").append(')');
        }
        md.append('\n');
        if (meeting.quorumReached() != null) {
            md.append("- Quorum : ").append(meeting.quorumReached() ? "atteint" : "non atteint").append(" — ")
                    .append(meeting.presentVoting()).append(" présents et ").append(meeting.represented())
                    .append(" représentés sur ").append(meeting.votingMembers()).append(" membres votants (")
                    .append(body.quorum().percent()).append(" % requis)\n");
        }
        md.append("- Compte rendu : ").append(switch (meeting.minutesStatus()) {
            case NONE -> "non rédigé";
            case DRAFT -> "projet, à approuver à la prochaine réunion";
            case APPROVED -> "approuvé le " + meeting.minutesApprovedOn();
        }).append("\n\n");
        if (!meeting.attendance().isEmpty()) {
            md.append("## Présences\n\n| Membre | Présence |\n|---|---|\n");
            for (Attendance a : meeting.attendance()) {
                Member m = members.get(a.memberId());
                String status = switch (a.status()) {
                    case PRESENT -> "présent";
                    case EXCUSED -> "excusé";
                    case ABSENT -> "absent";
                    case REPRESENTED -> "représenté par " + escape(members.get(a.proxyHolderId()).label());
                };
                md.append("| ").append(escape(m.label())).append(" | ").append(status).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Ordre du jour et décisions\n\n");
        List<AgendaItem> agenda = meeting.agenda();
        for (AgendaItem item : agenda) {
            md.append(item.position()).append(". **").append(escape(item.title())).append("**");
            if (item.year() != null) {
                md.append(" (").append(item.year()).append(')');
            }
            md.append(" — ");
            if (!item.decided()) {
                md.append("pas de décision\n");
                continue;
            }
            md.append(switch (item.outcome()) {
                case ADOPTED -> "adopté";
                case REJECTED -> "rejeté";
                case PROPOSED -> "proposé au COPIL";
            });
            if (item.decisionMode() == DecisionMode.VOTE) {
                VoteCount v = item.votes();
                md.append(" (pour ").append(v.votesFor()).append(", contre ").append(v.against())
                        .append(", abstentions ").append(v.abstentions()).append(')');
            } else {
                md.append(" (par consensus)");
            }
            if (item.decisionText() != null) {
                md.append(" : ").append(escape(item.decisionText()));
            }
            md.append('\n');
        }
        if (meeting.minutes() != null) {
            md.append("\n## Compte rendu\n\n").append(escape(meeting.minutes())).append('\n');
        }
        return md.toString();
    }

    /** Names and texts come from users: they must not turn into Markdown structure (tables, links, HTML). */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]|#<>])", "\\\\$1");
    }
}
