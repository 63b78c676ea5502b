-- Hearth on several instances behind a load balancer: what one instance learns about a caller, every instance must
-- know. Sign-in lockouts were already kept on the account; these keep the rest in the database too.

-- Wrong invitation codes, one row per wrong code, by the client address that sent it (see
-- org.hearth.invitation.CodeAttempts): an address that sent too many within the window is told to wait, whichever
-- instance it reaches. Rows older than the window are deleted as new ones are written.
create table invitation_code_attempt (
  id            binary(16)   not null,
  -- The client's address as the application sees it (IPv6 with a zone fits in 64 characters).
  client        varchar(64)  not null,
  attempted_at  datetime(6)  not null,
  primary key (id)
);

create index invitation_code_attempt_client_ix on invitation_code_attempt (client, attempted_at);
create index invitation_code_attempt_at_ix on invitation_code_attempt (attempted_at);

-- The notification backlog (readiness and the outbox-depth gauge, see org.hearth.notification.NotificationBacklog)
-- counts unread rows older than an age: without this index each count would read the whole table.
create index notification_unread_ix on notification (read_at, created_at);

-- Spring Session JDBC's tables (spring.session.jdbc.initialize-schema=never: Flyway makes them, here). Its own
-- schema-mysql.sql from spring-session-jdbc 4.1.0, which runs on MySQL 8.4 and MariaDB alike, with two changes: the
-- primary keys unnamed (MySQL ignores a primary key's name, with a warning), and the
-- attribute values are MEDIUMBLOB, not BLOB (64 KB), so a large serialized attribute cannot fail a request. The names
-- are Spring Session's defaults (upper case; MySQL on Linux tells case apart, so keep them as they are). Hidden from
-- jOOQ's code generator: the application reads them only through Spring Session.
/* [jooq ignore start] */
create table SPRING_SESSION (
  PRIMARY_ID             char(36)      not null,
  SESSION_ID             char(36)      not null,
  CREATION_TIME          bigint        not null,
  LAST_ACCESS_TIME       bigint        not null,
  MAX_INACTIVE_INTERVAL  int           not null,
  EXPIRY_TIME            bigint        not null,
  PRINCIPAL_NAME         varchar(100),
  primary key (PRIMARY_ID)
) engine = InnoDB row_format = dynamic;

create unique index SPRING_SESSION_IX1 on SPRING_SESSION (SESSION_ID);
create index SPRING_SESSION_IX2 on SPRING_SESSION (EXPIRY_TIME);
create index SPRING_SESSION_IX3 on SPRING_SESSION (PRINCIPAL_NAME);

create table SPRING_SESSION_ATTRIBUTES (
  SESSION_PRIMARY_ID  char(36)      not null,
  ATTRIBUTE_NAME      varchar(200)  not null,
  ATTRIBUTE_BYTES     mediumblob    not null,
  primary key (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
  constraint SPRING_SESSION_ATTRIBUTES_FK foreign key (SESSION_PRIMARY_ID) references SPRING_SESSION (PRIMARY_ID)
    on delete cascade
) engine = InnoDB row_format = dynamic;
/* [jooq ignore stop] */
