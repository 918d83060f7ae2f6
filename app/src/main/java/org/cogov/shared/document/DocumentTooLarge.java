package org.cogov.shared.document;

/** An upload past the size limit, found while its bytes were read, whatever length it had declared. */
public class DocumentTooLarge extends RuntimeException {

    private final long maxBytes;

    public DocumentTooLarge(long maxBytes) {
        super("document larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
