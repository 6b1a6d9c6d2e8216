package org.bookingfleet.fleettests.bench;

/** One scenario at one offered rate: what came through, how fast, and against the database's own ceiling. */
record StepResult(String scenario, int offeredPerSecond, double throughput, double p50, double p99, double p999,
                  int ok, int errors, double ceiling) {

    double ratio() {
        return ceiling > 0 ? throughput / ceiling : Double.NaN;
    }
}
