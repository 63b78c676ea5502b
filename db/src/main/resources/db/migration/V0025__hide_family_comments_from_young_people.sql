-- A family comment can be kept from the family's young people (a parent writing about a worry they would rather the
-- children did not read): practitioners and the comment's author still see it, the family's adults too.
alter table family_comment add column hidden_from_young_people boolean not null default false;
