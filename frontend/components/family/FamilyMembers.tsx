import { useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import { ContactEditor, contactInWords } from './ContactEditor.js';
import { ageInWords, ROLE_WORDS } from './words.js';

/**
 * Who is in the family, the household first, with the address and language; for each person Hearth may contact (the
 * case file carries their contact only then, and only to those who may change the family), where their reminders go
 * and a way to change it.
 */
export function FamilyMembers({ file }: { file: CaseFile }) {
  const members = [...file.members].sort((a, b) => Number(b.livesInHousehold) - Number(a.livesInHousehold));
  const [editing, setEditing] = useState<string>();
  const [saved, setSaved] = useState<{ personId: string; state: 'sent' | 'queued' }>();
  const open = file.status !== 'CLOSED';
  return (
    <section className="family-section" aria-labelledby="members-heading">
      <h2 id="members-heading">Family</h2>
      <ul className="member-list">
        {members.map((member) => {
          const age = ageInWords(member.age, member.expectedDateOfBirth);
          const name = `${member.givenName} ${member.familyName}`;
          return (
            <li key={member.personId}>
              <span className="member-name">{name}</span>
              <span className="member-role">
                {ROLE_WORDS[member.role]}
                {age && `, ${age}`}
                {!member.livesInHousehold && ', lives elsewhere'}
              </span>
              {member.contact && (
                <div className="member-contact">
                  <p className="member-contact-line">{contactInWords(member)}</p>
                  {saved?.personId === member.personId && (
                    <p role="status" className="form-status">
                      {saved.state === 'sent' ? 'Saved.' : 'Saved on this tablet: it is sent when there is signal.'}
                    </p>
                  )}
                  {open && editing !== member.personId && (
                    <Button
                      theme="tertiary"
                      aria-label={`Change reminders for ${name}`}
                      onClick={() => {
                        setEditing(member.personId);
                        setSaved(undefined);
                      }}
                    >
                      Change reminders
                    </Button>
                  )}
                  {open && editing === member.personId && (
                    <ContactEditor
                      file={file}
                      member={member}
                      onDone={(state) => {
                        setEditing(undefined);
                        setSaved({ personId: member.personId, state });
                      }}
                      onCancel={() => setEditing(undefined)}
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {file.address && <p className="family-address">{file.address}</p>}
      {file.primaryLanguage && (
        <p>
          Speaks {file.primaryLanguage}
          {file.interpreterRequired && ': needs an interpreter'}
        </p>
      )}
    </section>
  );
}
