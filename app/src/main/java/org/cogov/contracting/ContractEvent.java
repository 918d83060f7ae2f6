package org.cogov.contracting;

import java.util.UUID;

import org.cogov.shared.Auditable;

/** Something that happened to a contract: its audit entry is about the contract. */
public interface ContractEvent extends Auditable {

    UUID contractId();

    @Override
    default String objectType() {
        return "contract";
    }

    @Override
    default String objectId() {
        return contractId().toString();
    }
}
