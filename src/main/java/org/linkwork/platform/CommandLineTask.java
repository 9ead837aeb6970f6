package org.linkwork.platform;

import java.util.List;

/**
 * A task run from the command line instead of the web application, as in
 * {@code java -jar target/linkwork.jar import-oruk FILE}. The application starts without a web
 * server, runs the task and exits with the code it returns.
 */
public interface CommandLineTask {

    /** The first command-line argument that selects this task, e.g. "import-oruk". */
    String name();

    /** One line of usage shown when the arguments are wrong. */
    String usage();

    /**
     * @param arguments the arguments after the task's name
     * @return the process exit code: 0 for success
     */
    int run(List<String> arguments);
}
