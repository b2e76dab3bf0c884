package fr.cls.console.gateway;

/** The gateway refused a call; {@link #problem()} says why, in the API's words. */
public class GatewayException extends RuntimeException {

    private final GatewayProblem problem;

    GatewayException(GatewayProblem problem) {
        super(problem.status() + " " + problem.title());
        this.problem = problem;
    }

    public GatewayProblem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
