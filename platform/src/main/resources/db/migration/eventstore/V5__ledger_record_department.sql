-- The department a record belongs to, set when it is first recorded and never changed. Records stored before
-- departments existed have none: they belong to the installation's default department (ledger.departments.default-code).
alter table ledger_record add column department varchar(40);
create index ledger_record_by_department on ledger_record (department, record_type, year);
