package org.linkwork.directory.synthetic;

import java.util.List;
import org.linkwork.platform.CommandLineTask;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar linkwork.jar generate-synthetic-directory N [SEED]}: fills the directory with N
 * synthetic England-wide services, for capacity tests and the search benchmark.
 */
@Component
class GenerateSyntheticDirectoryTask implements CommandLineTask {

    private final SyntheticDirectory synthetic;

    GenerateSyntheticDirectoryTask(SyntheticDirectory synthetic) {
        this.synthetic = synthetic;
    }

    @Override
    public String name() {
        return "generate-synthetic-directory";
    }

    @Override
    public String usage() {
        return "generate-synthetic-directory NUMBER_OF_SERVICES [SEED]";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.isEmpty() || arguments.size() > 2) {
            System.err.println("Usage: " + usage());
            return 2;
        }
        int services;
        long seed;
        try {
            services = Integer.parseInt(arguments.getFirst());
            seed = arguments.size() > 1 ? Long.parseLong(arguments.get(1)) : 1L;
        } catch (NumberFormatException e) {
            System.err.println("Usage: " + usage());
            return 2;
        }
        if (services <= 0) {
            System.err.println("The number of services must be more than zero");
            return 2;
        }
        long started = System.nanoTime();
        synthetic.generate(services, seed, written -> {
            if (written % 5_000 == 0 || written == services) {
                System.out.printf("%d of %d services written%n", written, services);
            }
        });
        System.out.printf("Generated %d synthetic services in %.1f s%n", services, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
