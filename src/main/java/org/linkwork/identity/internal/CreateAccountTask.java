package org.linkwork.identity.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import org.linkwork.identity.Role;
import org.linkwork.identity.internal.AccountAdministration.NewAccount;
import org.linkwork.platform.CommandLineTask;
import org.linkwork.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code create-account USERNAME ROLE PLACE [ORGANISATION]}: creates an account from the command
 * line, such as the first administrator of a new deployment (outside demo mode there is no other
 * way in). The first password is read from the environment variable
 * {@code LINKWORK_NEW_ACCOUNT_PASSWORD}, never from the arguments, which other users of the machine
 * can see; its owner must change it at their first sign-in.
 */
@Component
class CreateAccountTask implements CommandLineTask {

    static final String PASSWORD_VARIABLE = "LINKWORK_NEW_ACCOUNT_PASSWORD";
    static final int REFUSED = 1;
    static final int USAGE = 2;

    private final AccountAdministration administration;
    private final Function<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    CreateAccountTask(AccountAdministration administration) {
        this(administration, System::getenv, System.out, System.err);
    }

    CreateAccountTask(AccountAdministration administration, Function<String, String> environment, PrintStream out,
            PrintStream err) {
        this.administration = administration;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "create-account";
    }

    @Override
    public String usage() {
        return "create-account USERNAME ROLE PLACE [ORGANISATION]   create an account; its first password comes from "
                + PASSWORD_VARIABLE + "; ROLE is one of " + List.of(Role.values());
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() < 3 || arguments.size() > 4) {
            err.println("Usage: " + usage());
            return USAGE;
        }
        Role role;
        try {
            role = Role.valueOf(arguments.get(1).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("There is no role " + arguments.get(1) + "; choose one of " + List.of(Role.values()));
            return USAGE;
        }
        String password = environment.apply(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            err.println("Set the first password in the environment variable " + PASSWORD_VARIABLE + ".");
            return USAGE;
        }
        String username = arguments.getFirst();
        try {
            administration.create(new NewAccount(username, username, null, role, arguments.get(2),
                    arguments.size() == 4 ? arguments.get(3) : null, password));
        } catch (InvalidInput e) {
            e.problems().forEach(problem -> err.println(problem.field() + ": " + problem.message()));
            return REFUSED;
        }
        out.println("Created " + role + " account " + username + " in " + arguments.get(2)
                + "; its owner must choose a new password at their first sign-in.");
        return 0;
    }
}
