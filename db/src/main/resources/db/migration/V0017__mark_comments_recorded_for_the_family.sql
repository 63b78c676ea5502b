-- A family comment a practitioner wrote down for the family member who said it (on a visit, on the phone) is marked
-- with who recorded it; null means the family member wrote it themself.
alter table family_comment add column recorded_by binary(16);
alter table family_comment add constraint family_comment_recorded_by_fk foreign key (recorded_by) references practitioner (id);
