create table own_context_table (id int);
