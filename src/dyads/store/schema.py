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
)

SCHEMA_VERSION = MIGRATIONS[-1].version
