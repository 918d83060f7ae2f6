package org.cogov.contracting.drafting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cogov.shared.Actor;
import org.cogov.shared.Forbidden;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller enrols its signer key for contracts, replacing its current one. */
@RestController
@RequestMapping("/api/v1/signer-keys")
class SignerKeyApi {

    /** The passphrase that will wrap the new key: never stored, logged or echoed. */
    record SignerKeyEnrolment(@NotNull @Size(min = SignerKeys.MIN_PASSPHRASE, max = SignerKeys.MAX_PASSPHRASE * 2) String passphrase) {

        @Override
        public String toString() {
            return "SignerKeyEnrolment[passphrase=…]";
        }
    }

    private final SignerKeys keys;

    SignerKeyApi(SignerKeys keys) {
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SignerKeys.EnrolledSignerKey enrol(@Valid @RequestBody SignerKeyEnrolment enrolment) {
        Actor actor = Actor.current().orElseThrow(() -> new Forbidden("contracting.signer-key.enrol", "user", null));
        return keys.enrol(actor, enrolment.passphrase().toCharArray());
    }
}
