package org.linkwork.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.linkwork.identity.AuditLog;
import org.linkwork.identity.Role;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.InvalidInput.FieldProblem;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts, and what people do with their own password. Every change is
 * audited; no password is ever logged or shown.
 */
@Service
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern PLACE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** An account as administrators see it: never its password hash. */
    public record AccountView(String username, String displayName, Role role, String placeId,
            String organisationId, boolean enabled, boolean locked, boolean mustChangePassword) {
    }

    /**
     * @param password the first password, which its owner must change at their first sign-in
     */
    public record NewAccount(String username, String displayName, String email, Role role, String placeId,
            String organisationId, String password) {
    }

    /** Who an account is and what it may do. */
    public record AccountAccess(Role role, String placeId, String organisationId, boolean enabled) {
    }

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final AuditLog auditLog;
    private final SignInProtectionSettings settings;
    private final Clock clock;

    AccountAdministration(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
            AuditLog auditLog, SignInProtectionSettings settings, ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.auditLog = auditLog;
        this.settings = settings;
    }

    public List<AccountView> accounts() {
        return accounts.all().stream().map(this::view).toList();
    }

    public AccountView account(String username) {
        return accounts.findByUsername(username).map(this::view)
                .orElseThrow(() -> new NotFound("Account", username));
    }

    @Transactional
    public void create(NewAccount account) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = account.username() == null ? "" : account.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username",
                    "Enter a username of 3 to 64 lower-case letters, digits, dots, dashes or underscores"));
        } else if (accounts.exists(username)) {
            problems.add(new FieldProblem("username", "There is already an account called " + username));
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            problems.add(new FieldProblem("displayName", "Enter the person's name"));
        } else if (account.displayName().length() > 200) {
            problems.add(new FieldProblem("displayName", "Enter a name of 200 characters or fewer"));
        }
        String email = blankToNull(account.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "Enter an email address like name@example.org"));
        }
        checkAccess(new AccountAccess(account.role(), account.placeId(), account.organisationId(), true), problems);
        policy.problemWith(account.password(), username).ifPresent(p -> problems.add(new FieldProblem("password", p)));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        accounts.insert(username, passwordEncoder.encode(account.password()), account.displayName().strip(), email,
                account.role(), account.placeId().strip(), blankToNull(account.organisationId()), false, true);
        auditLog.record("account.created", "account", username, "as " + account.role() + " in " + account.placeId());
    }

    @Transactional
    public void changeAccess(String username, AccountAccess access) {
        account(username);
        List<FieldProblem> problems = new ArrayList<>();
        checkAccess(access, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        accounts.changeAccess(username, access.role(), access.placeId().strip(), blankToNull(access.organisationId()),
                access.enabled());
        auditLog.record("account.access-changed", "account", username, access.role() + " in " + access.placeId()
                + (access.enabled() ? "" : ", disabled"));
    }

    @Transactional
    public void unlock(String username) {
        account(username);
        accounts.unlock(username);
        auditLog.record("account.unlocked", "account", username, "unlocked by an administrator");
    }

    /** Sets a password the account's owner must replace at their next sign-in. */
    @Transactional
    public void resetPassword(String username, String temporaryPassword) {
        account(username);
        policy.problemWith(temporaryPassword, username).ifPresent(p -> {
            throw new InvalidInput("password", p);
        });
        accounts.changePassword(username, passwordEncoder.encode(temporaryPassword), true);
        auditLog.record("account.password-reset", "account", username, "temporary password set by an administrator");
    }

    /**
     * A person changes their own password.
     *
     * @return the new password's hash, for the signed-in session to carry
     */
    @Transactional
    public String changeOwnPassword(String username, String currentPassword, String newPassword, String confirmation) {
        Accounts.Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFound("Account", username));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            problems.add(new FieldProblem("currentPassword", "Enter your current password"));
        }
        Optional<String> weakness = policy.problemWith(newPassword, username);
        weakness.ifPresent(p -> problems.add(new FieldProblem("newPassword", p)));
        if (weakness.isEmpty() && currentPassword != null && currentPassword.equals(newPassword)) {
            problems.add(new FieldProblem("newPassword", "Choose a password different from your current one"));
        }
        if (newPassword != null && !newPassword.equals(confirmation)) {
            problems.add(new FieldProblem("confirmation", "Enter the same new password twice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String hash = passwordEncoder.encode(newPassword);
        accounts.changePassword(username, hash, false);
        auditLog.record("account.password-changed", "account", username, "changed by its owner");
        return hash;
    }

    public SignInProtectionSettings signInProtection() {
        return settings;
    }

    private static void checkAccess(AccountAccess access, List<FieldProblem> problems) {
        if (access.role() == null) {
            problems.add(new FieldProblem("role", "Choose a role"));
        }
        if (access.placeId() == null || !PLACE.matcher(access.placeId().strip()).matches()) {
            problems.add(new FieldProblem("placeId", "Enter the place's code, like calderdale"));
        }
        if (access.role() == Role.PROVIDER && blankToNull(access.organisationId()) == null) {
            problems.add(new FieldProblem("organisationId", "Enter the directory organisation a provider acts for"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private AccountView view(Accounts.Account account) {
        return new AccountView(account.user().username(), account.user().displayName(),
                account.user().role(), account.user().placeId(), account.user().organisationId().orElse(null),
                account.enabled(), account.lockedUntil().filter(clock.instant()::isBefore).isPresent(),
                account.mustChangePassword());
    }
}
