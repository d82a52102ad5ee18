-- Persistent deadlines (Axon's DbSchedulerDeadlineManager on db-scheduler 16) of a service that keeps legal
-- clocks, in a table of its own (${scheduledTasksTable}) so that no other service's scheduler picks them up.
-- An after-migrate callback, not a versioned migration: every service shares one Flyway history, and this must
-- be idempotent. A service opts in by adding classpath:db/migration/deadlines to spring.flyway.locations.
create table if not exists ${scheduledTasksTable} (
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
create index if not exists ${scheduledTasksTable}_execution_time on ${scheduledTasksTable} (execution_time);
create index if not exists ${scheduledTasksTable}_last_heartbeat on ${scheduledTasksTable} (last_heartbeat);
create index if not exists ${scheduledTasksTable}_priority on ${scheduledTasksTable} (priority desc, execution_time asc);
