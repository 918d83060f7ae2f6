package org.cogov.notification;

import org.cogov.shared.Domain;

/**
 * What a message is about. Every kind comes in-app; a user chooses which kinds also come by e-mail
 * (all of them, until the user says otherwise).
 */
@Domain
public enum MessageKind {
    /** A deadline passed: the procedure closed to bids. */
    DEADLINE,
    /** An enquiry was answered. */
    ANSWER,
    /** A clarification or an amendment was published; the deadline may have moved. */
    AMENDMENT,
    /** A procedure was cancelled. */
    CANCELLATION,
    /** A procedure failed. */
    FAILURE,
    /** A deadline fell inside a platform incident and was extended. */
    EXTENSION,
    /** The evaluation asks a bidder to confirm a corrected price or explain a low one, within hours. */
    EVALUATION,
    /** A challenge was lodged or answered, a complaint decided, a procedure suspended or resumed on one. */
    CHALLENGE,
    /** A contract's day comes or passed; a milestone was accepted, a payment made, a contract terminated. */
    CONTRACT
}
