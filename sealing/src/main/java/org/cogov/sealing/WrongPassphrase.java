package org.cogov.sealing;

/**
 * A custodian key did not unwrap: the passphrase is not the one it was wrapped with (or the wrapped
 * key was changed since, which the authenticated encryption cannot tell apart). Never carries the
 * passphrase.
 */
public final class WrongPassphrase extends Exception {

    private static final long serialVersionUID = 1L;

    public WrongPassphrase() {
        super("the passphrase does not unwrap this key");
    }
}
