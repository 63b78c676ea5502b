-- The audit trail is append-only: the database itself refuses to change or delete an event.
-- (Kept apart from db/migration because jOOQ's code generator has no use for triggers.)

create trigger audit_event_no_update before update on audit_event
  for each row signal sqlstate '45000' set message_text = 'Audit events are never changed';

create trigger audit_event_no_delete before delete on audit_event
  for each row signal sqlstate '45000' set message_text = 'Audit events are never deleted';
