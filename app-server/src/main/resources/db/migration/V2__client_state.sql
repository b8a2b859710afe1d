-- What the desktop keeps about the sessions it edits in (its own host, or a teammate's):
-- a stable client id per session, the highest client seq ever used, and the changes the host
-- has not acknowledged yet, so edits made offline survive a restart.
CREATE TABLE client_sessions (
    session_key     VARCHAR(300) NOT NULL,
    client_id       VARCHAR(64)  NOT NULL,
    last_client_seq BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_client_sessions PRIMARY KEY (session_key)
);

CREATE TABLE client_pending (
    session_key VARCHAR(300) NOT NULL,
    client_seq  BIGINT       NOT NULL,
    ops         CLOB         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_client_pending PRIMARY KEY (session_key, client_seq)
);
-- named before the foreign key, which H2 would otherwise give an index with a made-up name
CREATE INDEX ix_client_pending_session ON client_pending (session_key);
ALTER TABLE client_pending ADD CONSTRAINT fk_client_pending_session
    FOREIGN KEY (session_key) REFERENCES client_sessions (session_key) ON DELETE CASCADE;
