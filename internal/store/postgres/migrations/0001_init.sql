-- Stories, their articles and briefs, and the feeds to watch.
-- Times are Unix nanoseconds (UTC); NULL means unknown.
CREATE TABLE stories (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL DEFAULT '',
    version       BIGINT NOT NULL DEFAULT 0,   -- grows with every change of its articles
    brief_version BIGINT NOT NULL DEFAULT -1,  -- the version the stored brief was made from
    brief         TEXT,                         -- the brief, JSON contract
    independent   BIGINT NOT NULL DEFAULT 0,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX stories_updated ON stories (updated_at);
CREATE INDEX stories_stale ON stories (id) WHERE brief_version <> version;

CREATE TABLE articles (
    seq         BIGSERIAL PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    key         TEXT NOT NULL UNIQUE,           -- identity: url:... or sha256:...
    story_id    TEXT NOT NULL REFERENCES stories (id),
    copy_of     TEXT,
    file        TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    outlet      TEXT NOT NULL DEFAULT '',
    outlet_from TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    published   BIGINT,
    author      TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    added_at    BIGINT NOT NULL
);
CREATE INDEX articles_story ON articles (story_id, seq);

CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    title         TEXT NOT NULL DEFAULT '',
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    added_at      BIGINT NOT NULL,
    last_checked  BIGINT,
    next_check    BIGINT,
    failures      BIGINT NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT ''
);
