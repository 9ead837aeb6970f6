package org.linkwork.directory.search.web;

import java.time.Clock;
import org.linkwork.directory.Directory;
import org.linkwork.directory.ServiceDetail;
import org.linkwork.platform.NotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public page of one service: everything a person needs to decide to go, and to get there.
 * Read from the directory itself, not the search index, so it is always current.
 */
@Controller
class ServicePageController {

    private final Directory directory;
    private final Clock clock;

    ServicePageController(Directory directory, ObjectProvider<Clock> clock) {
        this.directory = directory;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @GetMapping("/services/{id}")
    String showService(@PathVariable String id, Model model) {
        ServiceDetail detail = directory.serviceDetail(id);
        model.addAttribute("page", ServicePage.of(detail, clock.instant()));
        model.addAttribute("capacity", detail.capacity().words().orElse(null));
        return "directory/service";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String showServiceNotFound() {
        return "directory/service-not-found";
    }
}
