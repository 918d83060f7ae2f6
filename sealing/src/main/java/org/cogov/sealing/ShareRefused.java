package org.cogov.sealing;

/**
 * A sealed share did not open: it was sealed to another custodian's key, or for another procedure, or
 * its bytes were changed. Never carries a key or a share.
 */
public final class ShareRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public ShareRefused(String reason) {
        super(reason);
    }
}
