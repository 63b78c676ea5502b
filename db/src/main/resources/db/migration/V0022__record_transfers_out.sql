-- A family that moves to another local authority is handed over to that authority's early help service: the closure
-- records who received the case, whom to contact there, and what was sent.
alter table closure add column transferred_to varchar(200);
alter table closure add column transfer_contact varchar(500);
alter table closure add column records_sent text;
