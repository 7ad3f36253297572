package org.incidentatlas.tools;

import java.util.Map;
import java.util.concurrent.Callable;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs the JMH benchmarks of {@code org.incidentatlas.bench}. Speed is measured here, never
 * asserted in unit tests: the machines are shared and noisy.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures speed with JMH: geocoding, extraction, tile rendering.")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "REGEX", defaultValue = "org\\.incidentatlas\\.bench\\..*",
            description = "Which benchmarks to run (a regular expression over their names; default: all).")
    private String include;

    @Option(names = "--quick", description = "One short fork, for a smoke run.")
    private boolean quick;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Runs with these values of a benchmark parameter only (e.g. -p incidents=100000,1000000).")
    private Map<String, String> params = Map.of();

    @Override
    public Integer call() throws RunnerException {
        OptionsBuilder chosen = new OptionsBuilder();
        params.forEach((name, values) -> chosen.param(name, values.split(",")));
        Options options = chosen
                .include(include)
                .forks(1)
                // On a busy 2-core machine the JIT goes on compiling the extractor for ~25 s
                // (-XX:+PrintCompilation); shorter warm-ups measured half-compiled code.
                .warmupIterations(quick ? 1 : 5)
                .warmupTime(TimeValue.seconds(quick ? 1 : 8))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 4))
                .threads(1)
                .build();
        new Runner(options).run();
        return 0;
    }
}
