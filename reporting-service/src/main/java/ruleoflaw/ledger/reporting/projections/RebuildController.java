package ruleoflaw.ledger.reporting.projections;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ruleoflaw.ledger.platform.audit.Recorder;

/** Admins rebuild the reporting projections from the event store and watch it go (admin only, here and at the gateway). */
@RestController
@RequestMapping("/api/reports/admin/rebuild")
class RebuildController {

    private final Rebuild rebuild;
    private final Recorder recorder;

    RebuildController(Rebuild rebuild, Recorder recorder) {
        this.rebuild = rebuild;
        this.recorder = recorder;
    }

    /** Starts it and answers at once (202); 409 while another runs. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildProgress start() {
        return rebuild.start(recorder.currentPrincipal());
    }

    @GetMapping
    RebuildProgress progress() {
        return rebuild.progress();
    }
}
