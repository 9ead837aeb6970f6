package org.linkwork;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.linkwork.platform.CommandLineTask;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Linkwork: place-based social prescribing and community support.
 *
 * <p>With no arguments it serves the web application. With the name of a {@link CommandLineTask}
 * first ({@code import-oruk FILE}) it runs that task without a web server and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LinkworkApplication {

    static final Set<String> TASK_NAMES = Set.of("import-oruk", "import-postcodes");

    public static void main(String[] args) {
        if (args.length > 0 && TASK_NAMES.contains(args[0])) {
            System.exit(runTask(args));
        }
        SpringApplication.run(LinkworkApplication.class, args);
    }

    static int runTask(String[] args) {
        SpringApplication application = new SpringApplication(LinkworkApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off")) {
            List<String> arguments = Arrays.asList(args).subList(1, args.length);
            return context.getBeansOfType(CommandLineTask.class).values().stream()
                    .filter(task -> task.name().equals(args[0]))
                    .findFirst()
                    .map(task -> task.run(arguments))
                    .orElseGet(() -> {
                        System.err.println("Unknown task " + args[0]);
                        return 2;
                    });
        }
    }
}
