package org.cogov.planning;

import java.time.LocalDate;
import java.util.Optional;

import org.cogov.registry.OrganizationId;
import org.springframework.stereotype.Service;

@Service
public class Intentions {

    public Optional<LocalDate> earliestPublished(OrganizationId department, String catalogueCode) {
        return Optional.empty();
    }
}
