-- What the desktop keeps about projects it joined on teammates' hosts (ADR 12): how to reach the
-- host again (the invite link's parts, with the certificate fingerprint it pins), who it is there
-- (the guest account and its refresh token, so coming back does not make a new account), and its
-- copy of the project as last confirmed by the host (snapshot, seq and room epoch), so the project
-- opens without the host. Edits not yet acknowledged live in client_pending under 'joined:<id>'.
CREATE TABLE joined_projects (
    id            VARCHAR(64)   NOT NULL,
    link_host     VARCHAR(300)  NOT NULL,
    link_port     INT           NOT NULL,
    invite_code   VARCHAR(200)  NOT NULL,
    fingerprint   VARCHAR(128),
    project_id    VARCHAR(64)   NOT NULL,
    project_name  VARCHAR(200)  NOT NULL,
    display_name  VARCHAR(100)  NOT NULL,
    user_id       VARCHAR(64)   NOT NULL,
    role          VARCHAR(16)   NOT NULL,
    refresh_token VARCHAR(200)  NOT NULL,
    snapshot      CLOB,
    seq           BIGINT        DEFAULT 0 NOT NULL,
    epoch         VARCHAR(64),
    joined_at     TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    opened_at     TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_joined_projects PRIMARY KEY (id)
);
-- one entry per project on a host (a host is known by its certificate, not its address); the index
-- is named before the constraint, which H2 would otherwise give an index with a made-up name
CREATE UNIQUE INDEX ux_joined_projects_host_project ON joined_projects (fingerprint, project_id);
ALTER TABLE joined_projects ADD CONSTRAINT uq_joined_projects_host_project UNIQUE (fingerprint, project_id);
