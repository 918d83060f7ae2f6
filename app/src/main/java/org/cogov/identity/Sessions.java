package org.cogov.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions on every node when what they were signed in with no longer holds: the
 * account disabled, the roles changed, the password changed. The next request signs in afresh.
 */
@Component
class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAllOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    void endAllOf(String username, String except) {
        sessions.findByPrincipalName(username).keySet().stream().filter(id -> !id.equals(except))
                .forEach(sessions::deleteById);
    }
}
