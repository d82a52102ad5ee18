create table shared_later_table (id int);
