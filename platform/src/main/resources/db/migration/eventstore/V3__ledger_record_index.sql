-- Each service's records as they stand now, for listing and fetching; the history stays in the events.
-- Filled in the same transaction as the events (a subscribing processor), so a record is listed as soon
-- as its POST is answered.
create table ledger_record (
    record_id         varchar(100) not null primary key,
    record_type       varchar(100) not null,
    year              integer      not null,
    business_date     date         not null,
    title             varchar(500) not null,
    version           bigint       not null,
    withdrawn         boolean      not null default false,
    withdrawal_reason varchar(500),
    details           text         not null,
    recorded_at       timestamp(6) with time zone not null,
    recorded_by       varchar(200) not null,
    changed_at        timestamp(6) with time zone not null,
    changed_by        varchar(200) not null
);
create index ledger_record_by_type_and_year on ledger_record (record_type, year, business_date);
