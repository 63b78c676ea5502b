-- A family member's signature drawn on the practitioner's tablet, kept with the consent it signs (method
-- SIGNED_ON_DEVICE only). The image is kept as the PNG's own bytes, not as a base64 data URL in text: a third smaller,
-- no character set or collation involved, and a MEDIUMBLOB (up to 16 MB) is the same type on MySQL 8.4 and MariaDB.
-- The service caps it far below that (64 KB) and checks it is a PNG before it is written.
create table consent_signature (
  consent_id  binary(16)  not null,
  png         mediumblob  not null,
  primary key (consent_id),
  constraint consent_signature_consent_fk foreign key (consent_id) references consent (id)
);
