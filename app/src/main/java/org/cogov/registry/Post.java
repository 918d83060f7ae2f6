package org.cogov.registry;

import org.cogov.shared.Domain;

/**
 * A person's post in an organization. The association posts are those the avoidance rule names
 * (会长, 副会长, 秘书长, 理事, 监事); a member firm's representative holds no office in the association.
 */
@Domain
public enum Post {
    EMPLOYEE,
    DIRECTOR,
    SUPERVISOR,
    PRESIDENT,
    VICE_PRESIDENT,
    SECRETARY_GENERAL,
    COUNCIL_MEMBER,
    MEMBER_REPRESENTATIVE;

    /** Holds office in, or works for, the organization: the posts that tie and that staff. */
    public boolean isOffice() {
        return this != MEMBER_REPRESENTATIVE;
    }
}
