import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import { ageInWords, ROLE_WORDS } from './words.js';

/** Who is in the family, the household first, with the address and language. */
export function FamilyMembers({ file }: { file: CaseFile }) {
  const members = [...file.members].sort((a, b) => Number(b.livesInHousehold) - Number(a.livesInHousehold));
  return (
    <section className="family-section" aria-labelledby="members-heading">
      <h2 id="members-heading">Family</h2>
      <ul className="member-list">
        {members.map((member) => {
          const age = ageInWords(member.age, member.expectedDateOfBirth);
          return (
            <li key={member.personId}>
              <span className="member-name">
                {member.givenName} {member.familyName}
              </span>
              <span className="member-role">
                {ROLE_WORDS[member.role]}
                {age && `, ${age}`}
                {!member.livesInHousehold && ', lives elsewhere'}
              </span>
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
