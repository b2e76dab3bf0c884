package fr.cls.governance.meeting;

/** A vote's counts; all null for a decision by consensus. */
public record VoteCount(Integer votesFor, Integer against, Integer abstentions) {

    public static final VoteCount NONE = new VoteCount(null, null, null);

    public int total() {
        return n(votesFor) + n(against) + n(abstentions);
    }

    public boolean complete() {
        return votesFor != null && against != null && abstentions != null;
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
