package org.linkwork.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.linkwork.identity.internal.AccountAdministration;
import org.linkwork.identity.internal.PasswordPolicy;
import org.linkwork.identity.internal.SignedInSessions;
import org.linkwork.platform.FormErrors;
import org.linkwork.platform.InvalidInput;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Anyone signed in changes their own password here; those given one by an administrator must. */
@Controller
class PasswordController {

    /** The change-password form; nothing typed is ever sent back to the browser. */
    static final class ChangePasswordForm {
        private String currentPassword = "";
        private String newPassword = "";
        private String confirmation = "";

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
        public String getConfirmation() { return confirmation; }
        public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    }

    private final AccountAdministration administration;
    private final SignedInSessions sessions;

    PasswordController(AccountAdministration administration, SignedInSessions sessions) {
        this.administration = administration;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String showChangePassword(Authentication authentication, Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        return page(authentication, model);
    }

    @PostMapping("/account/password")
    String changePassword(Authentication authentication, @ModelAttribute("form") ChangePasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            String hash = administration.changeOwnPassword(authentication.getName(), form.getCurrentPassword(),
                    form.getNewPassword(), form.getConfirmation());
            sessions.passwordChanged(authentication, hash, request, response);
        } catch (InvalidInput e) {
            FormErrors.addTo(result, e.problems());
            form.setCurrentPassword("");
            form.setNewPassword("");
            form.setConfirmation("");
            return page(authentication, model);
        }
        redirect.addFlashAttribute("done", "Your password has been changed");
        return "redirect:/account/password";
    }

    private String page(Authentication authentication, Model model) {
        model.addAttribute("required", sessions.mustChangePassword(authentication));
        model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
        return "identity/password";
    }
}
