-- Blueline host schema, version 1 (H2 2.4).
-- Every constraint and index is named, so the generated jOOQ Keys/Indexes read well and
-- error messages say which rule was broken. Times are TIMESTAMP WITH TIME ZONE (UTC instants).
-- H2 gives every foreign key an index on exactly its columns and would invent a name for it, so
-- each one is created (named) before its foreign key; likewise the index behind each UNIQUE
-- constraint. Only the indexes behind primary keys keep H2's own names (PRIMARY_KEY_nn).

-- LOBs up to 64 KiB are kept inside their row instead of H2's separate LOB store: the JSON of an
-- object or of a change is a few hundred bytes, and the LOB store would cost extra writes per row.
SET MAX_LENGTH_INPLACE_LOB 65536;

CREATE TABLE users (
    id            VARCHAR(64)  NOT NULL,
    email         VARCHAR(320),
    name          VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200),
    guest         BOOLEAN      DEFAULT FALSE NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT ck_users_email_lower CHECK (email = LOWER(email)),
    CONSTRAINT ck_users_guest_no_login CHECK (NOT guest OR (email IS NULL AND password_hash IS NULL))
);
-- emails are stored lower-cased, so this unique key is case-insensitive; guests have none (NULLs are distinct)
CREATE UNIQUE INDEX ux_users_email ON users (email);
ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);

CREATE TABLE projects (
    id         VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    owner_id   VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    -- seq of the last change in change_log, moved by the same transaction that appends it: H2 would
    -- otherwise scan the whole log of the project for MAX(seq) on every commit and load
    last_seq   BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_projects PRIMARY KEY (id),
    CONSTRAINT ck_projects_last_seq CHECK (last_seq >= 0)
);
CREATE INDEX ix_projects_owner ON projects (owner_id);
ALTER TABLE projects ADD CONSTRAINT fk_projects_owner FOREIGN KEY (owner_id) REFERENCES users (id);

CREATE TABLE project_members (
    project_id VARCHAR(64) NOT NULL,
    user_id    VARCHAR(64) NOT NULL,
    role       VARCHAR(16) NOT NULL,
    color      VARCHAR(16) NOT NULL,
    joined_at  TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_project_members PRIMARY KEY (project_id, user_id),
    CONSTRAINT ck_project_members_role CHECK (role IN ('owner', 'editor', 'viewer'))
);
CREATE INDEX ix_project_members_project ON project_members (project_id);
CREATE INDEX ix_project_members_user ON project_members (user_id);
ALTER TABLE project_members ADD CONSTRAINT fk_project_members_project
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE project_members ADD CONSTRAINT fk_project_members_user
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

CREATE TABLE invites (
    code       VARCHAR(64) NOT NULL,
    project_id VARCHAR(64) NOT NULL,
    role       VARCHAR(16) NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked    BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_invites PRIMARY KEY (code),
    -- an invite never makes someone an owner
    CONSTRAINT ck_invites_role CHECK (role IN ('editor', 'viewer'))
);
CREATE INDEX ix_invites_project ON invites (project_id);
ALTER TABLE invites ADD CONSTRAINT fk_invites_project
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;

CREATE TABLE revoked_tokens (
    token_id   VARCHAR(128) NOT NULL,
    expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_revoked_tokens PRIMARY KEY (token_id)
);
CREATE INDEX ix_revoked_tokens_expires ON revoked_tokens (expires_at);

CREATE TABLE refresh_tokens (
    token_hash VARCHAR(128) NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    expires_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (token_hash)
);
CREATE INDEX ix_refresh_tokens_user ON refresh_tokens (user_id);
CREATE INDEX ix_refresh_tokens_expires ON refresh_tokens (expires_at);
ALTER TABLE refresh_tokens ADD CONSTRAINT fk_refresh_tokens_user
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- Every accepted change. user_id is history, not a reference: it has no foreign key, so the
-- hot insert path checks one parent (the project) only.
CREATE TABLE change_log (
    project_id VARCHAR(64)  NOT NULL,
    seq        BIGINT       NOT NULL,
    client_id  VARCHAR(128) NOT NULL,
    client_seq BIGINT       NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    ops        CLOB         NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_change_log PRIMARY KEY (project_id, seq),
    CONSTRAINT ck_change_log_seq CHECK (seq > 0)
);
-- a re-sent change is found by its client id and client seq
CREATE UNIQUE INDEX ux_change_log_client ON change_log (project_id, client_id, client_seq);
ALTER TABLE change_log ADD CONSTRAINT uq_change_log_client UNIQUE (project_id, client_id, client_seq);
CREATE INDEX ix_change_log_project ON change_log (project_id);
ALTER TABLE change_log ADD CONSTRAINT fk_change_log_project
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;

-- The current properties of every object; kind, screen_id and deleted are copies of props for indexed
-- queries. Every UPDATE in H2 rewrites every index of the row, and the room rewrites objects on every
-- commit, so this table has as few indexes as its queries allow:
--   the primary key starts with id, so it also answers "which project holds this object";
--   (project_id, screen_id) finds a screen's elements, and the screens (screen_id IS NULL: only
--   elements have a screen), so no separate (project_id, kind) index is kept;
--   (project_id) is the index H2 requires for the foreign key (it also serves loading a project).
CREATE TABLE objects (
    project_id  VARCHAR(64) NOT NULL,
    id          VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    screen_id   VARCHAR(64),
    deleted     BOOLEAN     DEFAULT FALSE NOT NULL,
    props       CLOB        NOT NULL,
    updated_seq BIGINT      NOT NULL,
    CONSTRAINT pk_objects PRIMARY KEY (id, project_id),
    CONSTRAINT ck_objects_kind CHECK (kind IN ('screen', 'element')),
    CONSTRAINT ck_objects_screen CHECK ((kind = 'screen') = (screen_id IS NULL))
);
CREATE INDEX ix_objects_project ON objects (project_id);
CREATE INDEX ix_objects_screen ON objects (project_id, screen_id);
ALTER TABLE objects ADD CONSTRAINT fk_objects_project
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;

-- position keeps insertion order for messages written in the same instant
CREATE TABLE chat_messages (
    id         VARCHAR(64)  NOT NULL,
    project_id VARCHAR(64)  NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    text       CLOB         NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    position   BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    CONSTRAINT pk_chat_messages PRIMARY KEY (id)
);
CREATE INDEX ix_chat_messages_project ON chat_messages (project_id);
CREATE INDEX ix_chat_messages_time ON chat_messages (project_id, created_at);
ALTER TABLE chat_messages ADD CONSTRAINT fk_chat_messages_project
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;

CREATE TABLE conversations (
    id         VARCHAR(64)  NOT NULL,
    project_id VARCHAR(64)  NOT NULL,
    title      VARCHAR(200) NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_conversations PRIMARY KEY (id)
);
CREATE INDEX ix_conversations_project ON conversations (project_id);
ALTER TABLE conversations ADD CONSTRAINT fk_conversations_project
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;

CREATE TABLE conversation_messages (
    id              VARCHAR(64) NOT NULL,
    conversation_id VARCHAR(64) NOT NULL,
    role            VARCHAR(16) NOT NULL,
    content         CLOB        NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    position        BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    CONSTRAINT pk_conversation_messages PRIMARY KEY (id),
    CONSTRAINT ck_conversation_messages_role CHECK (role IN ('user', 'assistant'))
);
CREATE INDEX ix_conversation_messages_conversation ON conversation_messages (conversation_id);
ALTER TABLE conversation_messages ADD CONSTRAINT fk_conversation_messages_conversation
    FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE;

CREATE TABLE custom_components (
    id         VARCHAR(64)  NOT NULL,
    project_id VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    definition CLOB         NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_custom_components PRIMARY KEY (id)
);
CREATE INDEX ix_custom_components_project ON custom_components (project_id);
ALTER TABLE custom_components ADD CONSTRAINT fk_custom_components_project
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
