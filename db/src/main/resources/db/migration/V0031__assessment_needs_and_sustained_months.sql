-- The needs an assessment found, under the policy's need areas (the Supporting Families headlines), and how long a
-- family's needs must stay met after closure before the council may claim for them.

create table assessment_need (
  assessment_id   binary(16)  not null,
  need_area_code  varchar(40) not null,
  primary key (assessment_id, need_area_code),
  constraint assessment_need_assessment_fk foreign key (assessment_id) references assessment (id),
  constraint assessment_need_need_area_fk foreign key (need_area_code) references need_area (code)
);

-- Supporting Families: no new episode within this many months of closure, and the closure at least this long ago.
alter table policy add column sustained_months int not null default 6;
alter table policy add constraint policy_positive_sustained_months_ck check (sustained_months > 0);
