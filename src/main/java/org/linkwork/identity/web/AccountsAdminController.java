package org.linkwork.identity.web;

import java.util.Arrays;
import java.util.List;
import org.linkwork.identity.Role;
import org.linkwork.identity.internal.AccountAdministration;
import org.linkwork.identity.internal.AccountAdministration.AccountAccess;
import org.linkwork.identity.internal.AccountAdministration.AccountView;
import org.linkwork.identity.internal.AccountAdministration.NewAccount;
import org.linkwork.platform.FormErrors;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' pages for accounts: who may sign in, as what, and getting people back in. */
@Controller
class AccountsAdminController {

    /** A role as the pages name it. */
    record RoleOption(String code, String label) {
    }

    static final List<RoleOption> ROLES = Arrays.stream(Role.values())
            .map(role -> new RoleOption(role.name(), switch (role) {
                case PUBLIC -> "Member of the public (follows their own self-referral)";
                case REFERRER -> "Referrer (GP, physiotherapist, nurse, social worker)";
                case LINK_WORKER -> "Link worker or care navigator";
                case PROVIDER -> "Community organisation (provider)";
                case COMMISSIONER -> "Partnership lead or commissioner";
                case ADMIN -> "Administrator";
            }))
            .toList();

    /** The new-account form. */
    static final class NewAccountForm {
        private String username = "";
        private String displayName = "";
        private String email = "";
        private String role = "";
        private String placeId = "";
        private String organisationId = "";
        private String password = "";

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getPlaceId() { return placeId; }
        public void setPlaceId(String placeId) { this.placeId = placeId; }
        public String getOrganisationId() { return organisationId; }
        public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    /** The change-access form of one account. */
    static final class AccessForm {
        private String role = "";
        private String placeId = "";
        private String organisationId = "";
        private boolean enabled;

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getPlaceId() { return placeId; }
        public void setPlaceId(String placeId) { this.placeId = placeId; }
        public String getOrganisationId() { return organisationId; }
        public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    /** The reset-password form of one account. */
    static final class ResetForm {
        private String password = "";

        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    private final AccountAdministration administration;

    AccountsAdminController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/accounts")
    String showAccounts(Model model) {
        model.addAttribute("accounts", administration.accounts());
        return "identity/accounts";
    }

    @GetMapping("/admin/accounts/new")
    String showNewAccountForm(Model model) {
        model.addAttribute("account", new NewAccountForm());
        model.addAttribute("roles", ROLES);
        return "identity/account-new";
    }

    @PostMapping("/admin/accounts/new")
    String createAccount(@ModelAttribute("account") NewAccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            administration.create(new NewAccount(form.getUsername(), form.getDisplayName(), form.getEmail(),
                    role(form.getRole()), form.getPlaceId(), form.getOrganisationId(), form.getPassword()));
        } catch (InvalidInput e) {
            form.setPassword("");
            FormErrors.addTo(result, e.problems());
            model.addAttribute("roles", ROLES);
            return "identity/account-new";
        }
        redirect.addFlashAttribute("done", "Account " + form.getUsername().strip()
                + " created. Give its owner the password by a safe route; they must change it when they first sign in.");
        return "redirect:/admin/accounts/" + form.getUsername().strip();
    }

    @GetMapping("/admin/accounts/{username}")
    String showAccount(@PathVariable String username, Model model) {
        AccountView account = administration.account(username);
        if (!model.containsAttribute("access")) {
            AccessForm access = new AccessForm();
            access.setRole(account.role().name());
            access.setPlaceId(account.placeId());
            access.setOrganisationId(account.organisationId() == null ? "" : account.organisationId());
            access.setEnabled(account.enabled());
            model.addAttribute("access", access);
        }
        if (!model.containsAttribute("reset")) {
            model.addAttribute("reset", new ResetForm());
        }
        model.addAttribute("account", account);
        model.addAttribute("roles", ROLES);
        return "identity/account";
    }

    @PostMapping("/admin/accounts/{username}/access")
    String changeAccess(@PathVariable String username, @ModelAttribute("access") AccessForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            administration.changeAccess(username, new AccountAccess(role(form.getRole()), form.getPlaceId(),
                    form.getOrganisationId(), form.isEnabled()));
        } catch (InvalidInput e) {
            FormErrors.addTo(result, e.problems());
            return showAccount(username, model);
        }
        redirect.addFlashAttribute("done", "Saved what " + username + " may do");
        return "redirect:/admin/accounts/" + username;
    }

    @PostMapping("/admin/accounts/{username}/unlock")
    String unlockAccount(@PathVariable String username, RedirectAttributes redirect) {
        administration.unlock(username);
        redirect.addFlashAttribute("done", username + " can sign in again");
        return "redirect:/admin/accounts/" + username;
    }

    @PostMapping("/admin/accounts/{username}/password")
    String resetPassword(@PathVariable String username, @ModelAttribute("reset") ResetForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            administration.resetPassword(username, form.getPassword());
        } catch (InvalidInput e) {
            form.setPassword("");
            FormErrors.addTo(result, e.problems());
            return showAccount(username, model);
        }
        redirect.addFlashAttribute("done", "Temporary password set: " + username
                + " must choose a new one when they next sign in");
        return "redirect:/admin/accounts/" + username;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String accountNotFound() {
        return "error/404";
    }

    private static Role role(String code) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(code)).findFirst().orElse(null);
    }
}
