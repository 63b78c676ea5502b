-- The audit trail stays append-only, with one exception: when the retention job anonymises a family, the values its
-- earlier writes changed (names, texts, before and after) are blanked in that family's events too. Who, when, which
-- operation, which record and which fields stay. So the one update the database allows is exactly that redaction:
-- every column but `changes` unchanged, `changes` the same fields in the same order with before and after JSON null,
-- and only for an event of a family that is anonymised already. Anything else is refused, as is every delete.
-- (Plain MySQL 8.4 / MariaDB 11 SQL: JSON_TABLE with FOR ORDINALITY, JSON_TYPE, JSON_LENGTH, null-safe <=>.)

drop trigger audit_event_no_update;

create trigger audit_event_only_redacted before update on audit_event
  for each row
  begin
    if not coalesce(
         NEW.id <=> OLD.id
         and NEW.occurred_at <=> OLD.occurred_at
         and NEW.actor_kind <=> OLD.actor_kind
         and NEW.actor_id <=> OLD.actor_id
         and NEW.actor_name <=> OLD.actor_name
         and NEW.channel <=> OLD.channel
         and NEW.operation <=> OLD.operation
         and NEW.family_id <=> OLD.family_id
         and NEW.episode_id <=> OLD.episode_id
         and NEW.detail <=> OLD.detail
         and NEW.subject_type <=> OLD.subject_type
         and NEW.subject_id <=> OLD.subject_id
         and NEW.subject_version <=> OLD.subject_version
         and OLD.changes is not null
         and NEW.changes is not null
         and json_valid(OLD.changes)
         and json_valid(NEW.changes)
         and json_type(NEW.changes) = 'ARRAY'
         and json_length(NEW.changes) = json_length(OLD.changes)
         and exists (select 1 from family where family.id = OLD.family_id and family.anonymised_at is not null)
         and not exists (
           select 1
           from json_table(NEW.changes, '$[*]' columns (i for ordinality, element json path '$')) redacted
           left join json_table(OLD.changes, '$[*]' columns (i for ordinality, element json path '$')) written
             on written.i = redacted.i
           where not coalesce(
                   json_type(redacted.element) = 'OBJECT'
                   and json_length(redacted.element) = 3
                   and json_type(json_extract(redacted.element, '$.field')) = 'STRING'
                   and cast(json_unquote(json_extract(redacted.element, '$.field')) as binary)
                       = cast(json_unquote(json_extract(written.element, '$.field')) as binary)
                   and json_type(json_extract(redacted.element, '$.before')) = 'NULL'
                   and json_type(json_extract(redacted.element, '$.after')) = 'NULL',
                   false)),
         false) then
      signal sqlstate '45000' set message_text = 'Audit events are never changed, only redacted once their family is anonymised';
    end if;
  end;
