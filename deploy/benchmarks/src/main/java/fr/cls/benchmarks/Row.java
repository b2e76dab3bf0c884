package fr.cls.benchmarks;

/**
 * One line of the table.
 *
 * @param figure   what is measured
 * @param measured the figures, as printed (side by side when a ratio is the point)
 * @param goal     the goal, as printed
 * @param met      whether the goal is met; null when there was nothing to compare (a step that failed)
 */
public record Row(String figure, String measured, String goal, Boolean met) {

    static Row of(String figure, String measured, String goal, boolean met) {
        return new Row(figure, measured, goal, met);
    }

    static Row notMeasured(String figure, String goal, String why) {
        return new Row(figure, "not measured: " + why, goal, null);
    }

    String verdict() {
        return met == null ? "–" : met ? "met" : "not met";
    }
}
