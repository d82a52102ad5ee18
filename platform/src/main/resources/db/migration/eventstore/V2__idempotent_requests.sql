-- Requests sent with an Idempotency-Key, so that a repeat returns the first answer and records nothing,
-- also after a restart. Keys are per user.
create table idempotent_request (
    principal        varchar(200) not null,
    idempotency_key  varchar(200) not null,
    request_hash     varchar(64)  not null,
    status           integer,
    content_type     varchar(200),
    response_body    bytea,
    started_at       timestamp(6) with time zone not null default now(),
    completed_at     timestamp(6) with time zone,
    primary key (principal, idempotency_key)
);
