-- Study sessions gained where they were held (details.format, event revision 2). Those recorded before were all held
-- in person: their stored events are upcast to OFFLINE when read (StudySessionFormatUpcaster), and their rows in the
-- record index, written from the old events, get the same default here.
update ledger_record
set details = jsonb_set(details::jsonb, '{format}', '"OFFLINE"')::text
where record_type = 'study.session' and not (details::jsonb ? 'format');
