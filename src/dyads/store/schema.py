"""The store's schema, as an ordered list of migrations.

The version applied is kept in ``meta``; opening a store read-write applies the
missing steps in one transaction each.  Never edit a released step: add one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles",
        (
            """CREATE TABLE articles (
                doc_id VARCHAR PRIMARY KEY,
                content_hash VARCHAR NOT NULL UNIQUE,
                title VARCHAR,
                byline VARCHAR,
                published DATE,
                outlet VARCHAR,
                url VARCHAR,
                language VARCHAR,
                origin VARCHAR,
                text VARCHAR NOT NULL,
                ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""",
            "CREATE INDEX articles_published ON articles (published)",
        ),
    ),
    Migration(
        2,
        "events",
        (
            """CREATE TABLE events (
                event_id VARCHAR PRIMARY KEY,
                doc_id VARCHAR NOT NULL REFERENCES articles (doc_id),
                code VARCHAR NOT NULL,
                root VARCHAR NOT NULL,
                name VARCHAR,
                goldstein DOUBLE,
                quad_class TINYINT,
                plover_type VARCHAR,
                plover_mode VARCHAR,
                plover_context VARCHAR,
                negated BOOLEAN NOT NULL DEFAULT false,
                modality VARCHAR NOT NULL DEFAULT 'asserted',
                confidence DOUBLE,
                mentions INTEGER NOT NULL DEFAULT 1,
                source_code VARCHAR, source_country VARCHAR, source_role VARCHAR,
                source_name VARCHAR, source_text VARCHAR,
                target_code VARCHAR, target_country VARCHAR, target_role VARCHAR,
                target_name VARCHAR, target_text VARCHAR,
                date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR,
                place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
                place_feature VARCHAR,
                tone DOUBLE,
                sentence VARCHAR,
                record VARCHAR NOT NULL
            )""",
            "CREATE INDEX events_doc ON events (doc_id)",
            "CREATE INDEX events_dyad ON events (source_country, target_country)",
            "CREATE INDEX events_date ON events (date_start)",
        ),
    ),
    Migration(
        3,
        "article tone",
        ("ALTER TABLE articles ADD COLUMN tone DOUBLE",),
    ),
    Migration(
        4,
        "dyadic and historical events",
        (
            "ALTER TABLE events ADD COLUMN dyadic BOOLEAN",
            "UPDATE events SET dyadic = (source_code IS NOT NULL AND target_code IS NOT NULL)",
            "ALTER TABLE events ADD COLUMN historical BOOLEAN DEFAULT false",
            "UPDATE events SET historical = false",
        ),
    ),
    Migration(
        5,
        "living dataset: article changes, event removals, feed state",
        (
            # events again, without the foreign key: DuckDB refuses to give a referenced article
            # new content (its content_hash), even with its events deleted first in the same
            # transaction; the writers keep every event with a stored article instead.
            """CREATE TABLE events_v5 (
                event_id VARCHAR PRIMARY KEY,
                doc_id VARCHAR NOT NULL,
                code VARCHAR NOT NULL,
                root VARCHAR NOT NULL,
                name VARCHAR,
                goldstein DOUBLE,
                quad_class TINYINT,
                plover_type VARCHAR,
                plover_mode VARCHAR,
                plover_context VARCHAR,
                negated BOOLEAN NOT NULL DEFAULT false,
                modality VARCHAR NOT NULL DEFAULT 'asserted',
                confidence DOUBLE,
                mentions INTEGER NOT NULL DEFAULT 1,
                source_code VARCHAR, source_country VARCHAR, source_role VARCHAR,
                source_name VARCHAR, source_text VARCHAR,
                target_code VARCHAR, target_country VARCHAR, target_role VARCHAR,
                target_name VARCHAR, target_text VARCHAR,
                date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR,
                place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
                place_feature VARCHAR,
                tone DOUBLE,
                sentence VARCHAR,
                record VARCHAR NOT NULL,
                dyadic BOOLEAN,
                historical BOOLEAN DEFAULT false,
                added_at TIMESTAMP
            )""",
            """INSERT INTO events_v5 SELECT e.event_id, e.doc_id, e.code, e.root, e.name, e.goldstein,
                e.quad_class, e.plover_type, e.plover_mode, e.plover_context, e.negated, e.modality,
                e.confidence, e.mentions, e.source_code, e.source_country, e.source_role, e.source_name,
                e.source_text, e.target_code, e.target_country, e.target_role, e.target_name, e.target_text,
                e.date_start, e.date_end, e.date_precision, e.date_text, e.place_name, e.place_country,
                e.place_lat, e.place_lon, e.place_feature, e.tone, e.sentence, e.record, e.dyadic,
                e.historical, a.ingested_at
                FROM events e LEFT JOIN articles a ON a.doc_id = e.doc_id""",
            "DROP TABLE events",
            "ALTER TABLE events_v5 RENAME TO events",
            "CREATE INDEX events_doc ON events (doc_id)",
            "CREATE INDEX events_dyad ON events (source_country, target_country)",
            "CREATE INDEX events_date ON events (date_start)",
            "CREATE INDEX events_added ON events (added_at)",
            "ALTER TABLE articles ADD COLUMN retracted_at TIMESTAMP",
            "ALTER TABLE articles ADD COLUMN retraction_reason VARCHAR",
            """CREATE TABLE article_changes (
                doc_id VARCHAR NOT NULL,
                change VARCHAR NOT NULL,
                old_hash VARCHAR,
                new_hash VARCHAR,
                reason VARCHAR,
                changed_at TIMESTAMP NOT NULL
            )""",
            """INSERT INTO article_changes SELECT doc_id, 'added', NULL, content_hash, NULL, ingested_at
                FROM articles""",
            "CREATE INDEX article_changes_at ON article_changes (changed_at)",
            """CREATE TABLE event_removals (
                event_id VARCHAR NOT NULL,
                doc_id VARCHAR NOT NULL,
                change VARCHAR NOT NULL,
                removed_at TIMESTAMP NOT NULL
            )""",
            "CREATE INDEX event_removals_at ON event_removals (removed_at)",
            """CREATE TABLE feed_state (
                source VARCHAR PRIMARY KEY,
                kind VARCHAR NOT NULL,
                etag VARCHAR,
                last_modified VARCHAR,
                checked_at TIMESTAMP,
                status VARCHAR,
                added INTEGER NOT NULL DEFAULT 0
            )""",
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
