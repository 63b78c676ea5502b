-- Counters behind human-readable references (EH-2026-000123), one row a kind and year, taken under a row lock.

create table reference_counter (
  kind        varchar(10) not null,
  ref_year    int         not null,
  last_value  int         not null,
  primary key (kind, ref_year)
);
