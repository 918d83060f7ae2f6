/**
 * The standalone audit-log verifier: checks an exported log against signed tree heads with nothing
 * but the JDK, so that anyone can verify cogov without trusting it. Built with the audit-log issue.
 */
package org.cogov.verifier;
