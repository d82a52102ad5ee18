-- Which instances run each tracking processor, as each says every second (SegmentBalancer): the live ones share
-- the processor's segments.
create table if not exists processor_instance (
    processor_name varchar(255) not null,
    owner varchar(255) not null,
    seen_at timestamptz not null,
    primary key (processor_name, owner)
);
