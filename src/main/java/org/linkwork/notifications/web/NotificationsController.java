package org.linkwork.notifications.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.linkwork.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's notifications, newest first, with marking them read. */
@Controller
class NotificationsController {

    private static final int SHOWN = 100;

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** When, as the page shows it: "3 March 2026, 2:15pm". */
    public static final class When {

        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

        public String of(java.time.Instant instant) {
            return instant.atZone(ZoneId.of("Europe/London")).format(FORMAT).replace("AM", "am").replace("PM", "pm");
        }
    }

    @GetMapping("/notifications")
    String showNotifications(Model model) {
        model.addAttribute("notifications", notifications.mine(SHOWN));
        model.addAttribute("when", new When());
        return "notifications/list";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id) {
        notifications.markRead(id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead() {
        notifications.markAllRead();
        return "redirect:/notifications";
    }
}
