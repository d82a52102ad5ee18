package ruleoflaw.ledger.gateway.users;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The users of the local mode, for an admin (the gateway lets no one else in): list, add (answered with the
 * generated password, once), change roles, reset a password, remove. Every change goes through {@link UsersStore}
 * and is logged with the admin who made it, never with a password.
 */
@RestController
@RequestMapping("/api/users")
@ConditionalOnExpression(LocalUsers.LOCAL_MODE)
class UsersResource {

    private static final Logger log = LoggerFactory.getLogger(UsersResource.class);
    private static final URI INVALID = URI.create("urn:ledger:problem:invalid-user");

    /** A user as the API shows it: never its password's hash. */
    record User(String name, List<String> roles, List<String> contexts, List<String> departments) {
        static User of(LedgerUser user) {
            return new User(user.name(), user.roles(), user.contexts(), user.departments());
        }
    }

    /** The answer to an add or a password reset: the generated password, shown this once. */
    record WithPassword(String name, List<String> roles, List<String> contexts, List<String> departments,
            String password) {
        static WithPassword of(LedgerUser user, String password) {
            return new WithPassword(user.name(), user.roles(), user.contexts(), user.departments(), password);
        }
    }

    private final UsersStore users;

    UsersResource(UsersStore users) {
        this.users = users;
    }

    @GetMapping
    Mono<List<User>> list() {
        return blocking(() -> users.all().stream().map(User::of).toList());
    }

    @GetMapping("/{name}")
    Mono<User> one(@PathVariable String name) {
        return blocking(() -> User.of(existing(name)));
    }

    @PostMapping
    Mono<ResponseEntity<WithPassword>> add(@RequestBody(required = false) String body, Principal admin) {
        UserForm form = UserForm.toAdd(body);
        return blocking(() -> {
            String password = users.add(form.name(), form.roles(), form.contexts(), form.departments());
            log.info("users: {} added user {} (roles {}, contexts {}, departments {})", admin.getName(), form.name(),
                    form.roles(), form.contexts(), form.departments());
            URI location = UriComponentsBuilder.fromPath("/api/users/{name}").buildAndExpand(form.name()).encode().toUri();
            return ResponseEntity.created(location).cacheControl(CacheControl.noStore())
                    .body(WithPassword.of(existing(form.name()), password));
        });
    }

    @PutMapping("/{name}")
    Mono<User> change(@PathVariable String name, @RequestBody(required = false) String body, Principal admin) {
        UserForm form = UserForm.toChange(body);
        return blocking(() -> {
            LedgerUser changed = users.change(name, form.roles(), form.contexts(), form.departments());
            log.info("users: {} gave user {} the roles {} (contexts {}, departments {})", admin.getName(), name,
                    form.roles(), form.contexts(), form.departments());
            return User.of(changed);
        });
    }

    @PostMapping("/{name}/password")
    Mono<ResponseEntity<WithPassword>> resetPassword(@PathVariable String name, Principal admin) {
        return blocking(() -> {
            String password = users.resetPassword(name);
            log.info("users: {} reset the password of user {}", admin.getName(), name);
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(WithPassword.of(existing(name), password));
        });
    }

    @DeleteMapping("/{name}")
    Mono<ResponseEntity<Void>> remove(@PathVariable String name, Principal admin) {
        return blocking(() -> {
            users.remove(name);
            log.info("users: {} removed user {}", admin.getName(), name);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    private LedgerUser existing(String name) {
        return users.find(name).orElseThrow(() -> new UserRefused(UserRefused.Why.UNKNOWN, "There is no user '" + name + "'."));
    }

    /** Reading and writing the users (a file or a database) and hashing a password (tens of ms): off the event loop. */
    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }

    @ExceptionHandler(UserForm.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(UserForm.Invalid invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setType(INVALID);
        problem.setTitle("Invalid user");
        problem.setProperty("errors", UserForm.asMembers(invalid.errors()));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(UserRefused.class)
    ResponseEntity<ProblemDetail> refused(UserRefused refused) {
        HttpStatus status = refused.why() == UserRefused.Why.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setTitle(switch (refused.why()) {
            case EXISTS -> "User exists";
            case UNKNOWN -> "No such user";
            case LAST_ADMIN -> "Last admin";
        });
        return ResponseEntity.status(status).body(problem);
    }
}
