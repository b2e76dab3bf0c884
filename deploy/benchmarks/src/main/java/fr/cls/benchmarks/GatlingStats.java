package fr.cls.benchmarks;

/**
 * What one Gatling run measured, read from the "Global Information" block it prints at the end (Gatling 3.15's HTML
 * report has no JSON of its statistics): all requests together, its default percentiles, mean requests a second.
 */
record GatlingStats(long requests, long errors, double perSecond, double p50, double p95, double p99) {

    private static final String BLOCK = "---- Global Information";

    static GatlingStats parse(String console) {
        int at = console.lastIndexOf(BLOCK);
        if (at < 0) {
            throw new IllegalArgumentException("no \"Global Information\" in Gatling's output");
        }
        String block = console.substring(at);
        String[] count = row(block, "request count");
        return new GatlingStats((long) number(count[0]), (long) number(count[2]), number(row(block, "mean throughput (rps)")[0]),
                number(row(block, "response time 50th percentile (ms)")[0]), number(row(block, "response time 95th percentile (ms)")[0]),
                number(row(block, "response time 99th percentile (ms)")[0]));
    }

    boolean ok() {
        return requests > 0 && errors == 0;
    }

    /** The Total, OK and KO cells of the line {@code > <label>  | total | ok | ko}. */
    private static String[] row(String block, String label) {
        for (String line : block.split("\\R")) {
            if (line.startsWith("> " + label + " ")) {
                String[] cells = line.split("\\|");
                if (cells.length >= 4) {
                    return new String[] { cells[1].trim(), cells[2].trim(), cells[3].trim() };
                }
            }
        }
        throw new IllegalArgumentException("no \"" + label + "\" in Gatling's summary");
    }

    /** Gatling writes "-" for a figure without value, and groups thousands with commas. */
    private static double number(String cell) {
        return cell.equals("-") ? 0 : Double.parseDouble(cell.replace(",", ""));
    }
}
