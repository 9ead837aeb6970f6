package org.linkwork;

import java.util.Arrays;
import java.util.List;
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
 * first ({@code import-oruk FILE}) it runs that task without a web server and exits; Spring
 * options ({@code --server.port=9090}) start with a dash and never name a task.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LinkworkApplication {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
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
                        System.err.println("Unknown task " + args[0] + ". Tasks: " + String.join(", ",
                                context.getBeansOfType(CommandLineTask.class).values().stream().map(CommandLineTask::usage).toList()));
                        return 2;
                    });
        }
    }
}
