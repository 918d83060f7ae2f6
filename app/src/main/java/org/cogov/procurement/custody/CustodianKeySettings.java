package org.cogov.procurement.custody;

import org.cogov.sealing.CustodianKey;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cost of wrapping custodian keys, {@code cogov.procurement.custodian-key.*}: Argon2id's memory,
 * passes and lanes for keys enrolled from now on (each key keeps the cost it was wrapped with). How many
 * derivations one node runs at once is the node's, for every kind of key ({@code cogov.key-derivations.concurrent}).
 */
@ConfigurationProperties("cogov.procurement.custodian-key")
record CustodianKeySettings(@DefaultValue("64MB") DataSize memory, @DefaultValue("3") int iterations,
        @DefaultValue("1") int parallelism) {

    /** OWASP's minimum for Argon2id, below which the prod profile refuses to start. */
    static final CustodianKey.Argon2 PRODUCTION_FLOOR = new CustodianKey.Argon2(19 * 1024, 2, 1);

    CustodianKey.Argon2 argon2() {
        return new CustodianKey.Argon2(Math.toIntExact(memory.toKilobytes()), iterations, parallelism);
    }

    boolean belowProductionFloor() {
        CustodianKey.Argon2 cost = argon2();
        return cost.memoryKiB() < PRODUCTION_FLOOR.memoryKiB() || cost.iterations() < PRODUCTION_FLOOR.iterations();
    }
}
