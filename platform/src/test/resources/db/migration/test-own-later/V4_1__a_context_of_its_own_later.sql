create table own_context_later_table (id int);
