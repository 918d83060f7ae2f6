package org.cogov.registry;

import org.cogov.shared.Domain;

/** Where a self-registered organization stands: only a verified one may bid. */
@Domain
public enum RegistrationStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
