-- A step-down from children's social care brings social care's assessment instead of a second one: it is recorded
-- as the episode's assessment (from_social_care), with social care's case reference.
alter table assessment add column social_care_reference varchar(60);
