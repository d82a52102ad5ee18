-- The disclosure applications' answer deadlines of disclosure-service (Axon's DbSchedulerDeadlineManager on db-scheduler 16), in a
-- table of their own so that no other service's scheduler picks them up. An after-migrate callback, not a
-- versioned migration: every service shares one Flyway history, and this must be idempotent.
create table if not exists disclosure_scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index if not exists disclosure_scheduled_tasks_execution_time on disclosure_scheduled_tasks (execution_time);
create index if not exists disclosure_scheduled_tasks_last_heartbeat on disclosure_scheduled_tasks (last_heartbeat);
create index if not exists disclosure_scheduled_tasks_priority on disclosure_scheduled_tasks (priority desc, execution_time asc);
