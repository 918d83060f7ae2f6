-- Messages to users, made from events: each in its recipient's language as it was when the message was
-- made, with a link to the object it is about. A message is made once per recipient and occurrence
-- (source), so that an event delivered twice makes no second message.
CREATE TABLE notification_message (
    id           UUID                     NOT NULL PRIMARY KEY,
    recipient_id UUID                     NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind         VARCHAR(20)              NOT NULL,
    source       VARCHAR(200)             NOT NULL,
    locale       VARCHAR(10)              NOT NULL,
    subject      VARCHAR(300)             NOT NULL,
    body         TEXT                     NOT NULL,
    link         VARCHAR(300)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_message_once UNIQUE (recipient_id, source)
);
CREATE INDEX notification_message_inbox ON notification_message (recipient_id, created_at, id);
CREATE INDEX notification_message_unread ON notification_message (recipient_id, read_at);

-- Which kinds of message a user also wants by e-mail. No row: the default, by e-mail.
CREATE TABLE notification_preference (
    user_id  UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind     VARCHAR(20) NOT NULL,
    by_email BOOLEAN     NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- The e-mails to send, written with their message, sent after commit by whichever node claims them
-- first. Claiming a mail moves next_attempt_at past the time a send may take: a node that dies while
-- sending leaves it to be claimed again then. The address is read at sending time, not kept here.
CREATE TABLE notification_mail (
    id              UUID                     NOT NULL PRIMARY KEY,
    message_id      UUID                     NOT NULL UNIQUE REFERENCES notification_message (id) ON DELETE CASCADE,
    state           VARCHAR(10)              NOT NULL CHECK (state IN ('PENDING', 'SENT', 'ABANDONED')),
    attempts        INT                      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_mail_due ON notification_mail (state, next_attempt_at);
