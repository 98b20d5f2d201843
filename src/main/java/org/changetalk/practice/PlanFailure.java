package org.changetalk.practice;

/**
 * One broken expectation of a test plan: the scenario, the path, the step (0 for the path's end,
 * with the line it is written on), what was expected and what happened.
 */
public record PlanFailure(String scenario, String path, int step, int line, String expected, String actual) {
    @Override
    public String toString() {
        String where = step == 0 ? "end" : "step " + step + " (line " + line + ")";
        return scenario + " [" + path + "] " + where + ": expected " + expected + " but " + actual;
    }
}
