package org.linkwork.people.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.linkwork.people.People;
import org.linkwork.people.Person;
import org.linkwork.people.PersonDetails;
import org.linkwork.people.PersonId;
import org.linkwork.people.PossibleDuplicate;
import org.linkwork.people.Registration;
import org.linkwork.platform.InvalidInput;
import org.linkwork.platform.web.JsonApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A small JSON API for link workers' own tools: register a person, read a record (the reason is
 * required, for the audit log), change it with optimistic locking (If-Match: the version read; an optional reason is kept with the
 * rectification), and
 * list possible duplicates. Security allows only link workers and administrators here.
 */
@JsonApi("/api/v1/people")
class PeopleApiController {

    private final People people;

    PeopleApiController(People people) {
        this.people = people;
    }

    @PostMapping
    ResponseEntity<Registration> registerPerson(@RequestBody PersonDetails details) {
        Registration registration = people.register(details);
        URI location = URI.create("/api/v1/people/" + registration.personId());
        return registration.existing() ? ResponseEntity.ok().location(location).body(registration)
                : ResponseEntity.created(location).body(registration);
    }

    @GetMapping("/{id}")
    ResponseEntity<Person> readPerson(@PathVariable UUID id, @RequestParam(required = false) String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why you read this record: the reason is kept in the audit log");
        }
        Person person = people.read(new PersonId(id), reason);
        return ResponseEntity.ok().eTag(String.valueOf(person.version())).body(person);
    }

    @PutMapping("/{id}")
    ResponseEntity<Person> changePerson(@PathVariable UUID id, @RequestHeader("If-Match") String version,
            @RequestParam(required = false) String reason, @RequestBody PersonDetails details) {
        int expected;
        try {
            expected = Integer.parseInt(version.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "Send the version you read, from the record's ETag");
        }
        Person person = people.update(new PersonId(id), expected, details, reason);
        return ResponseEntity.ok().eTag(String.valueOf(person.version())).body(person);
    }

    @GetMapping("/duplicates")
    List<PossibleDuplicate> listPossibleDuplicates() {
        return people.possibleDuplicates();
    }
}
