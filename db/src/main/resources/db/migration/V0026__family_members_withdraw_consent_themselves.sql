-- A family member may withdraw consent themselves, in the family's app: the withdrawal and the closure it brings are
-- then recorded by nobody on the practitioners' side (recorded_by null; the consent's given_by says who withdrew).
alter table consent modify recorded_by binary(16) null;
alter table closure modify recorded_by binary(16) null;
