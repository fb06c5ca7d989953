package be.brugwerk.neighbourhood.web;

import be.brugwerk.neighbourhood.ActorInput;
import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's neighbourhood actors over JSON: list, read, register, change with the version read, remove. */
@RestController
@RequestMapping("/api/v1/neighbourhood/actors")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class ActorApiController implements PathAccess {

    private final ActorManagement actors;

    ActorApiController(ActorManagement actors) {
        this.actors = actors;
    }

    /** The actor the path names: one of the own organisation's, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("actor").ifPresent(actors::checkAccess);
    }

    @GetMapping
    @Operation(summary = "Every actor of the organisation's neighbourhood map, by name")
    List<ActorView> list() {
        return actors.list();
    }

    @GetMapping("/{actor}")
    @Operation(summary = "One actor; 404 when the organisation has none with this id")
    ActorView get(@PathVariable UUID actor) {
        return actors.get(actor);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    @Operation(summary = "Register an actor typed by hand", description = """
            Coordinators and organisation admins. name and kind are required; latitude and longitude come together \
            and lie in Belgium; contactReach is one phone number or e-mail address; openingHours per weekday as \
            simple ranges. A refused field answers 400 with a problem naming it in errors[].field \
            (e.g. openingHours.SATURDAY) and nothing is stored.""")
    ActorView create(@RequestBody ActorInput body) {
        return actors.create(body);
    }

    @PutMapping("/{actor}")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    @Operation(summary = "Change an actor, made on the version read", description = """
            The whole actor as it should be, with the version that was read; a change made since answers 409 and \
            changes nothing. For an actor imported from OpenStreetMap or De Sociale Kaart, name, kind, address and \
            place are the source's: leave them out (or send them unchanged); a different value answers 400. An \
            imported actor its source gave no place may be given one (latitude and longitude).""")
    ActorView update(@PathVariable UUID actor, @RequestBody ActorInput body) {
        if (body.version() == null) {
            throw new Refusal("version", "neighbourhood.actor.versionRequired");
        }
        return actors.update(actor, body.version(), body);
    }

    @DeleteMapping("/{actor}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
    @Operation(summary = "Remove an actor as it was at the version read; a stale version answers 409")
    void delete(@PathVariable UUID actor, @RequestParam int version) {
        actors.delete(actor, version);
    }
}
