import type TeamMember from 'Frontend/generated/org/hearth/casefile/CaseFile/TeamMember.js';

/** The team around the family, the lead first, with how to reach each practitioner (a tap to call or write). */
export function TeamSection({ team }: { team: TeamMember[] }) {
  return (
    <section className="family-section" aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      {team.length === 0 ? (
        <p>Nobody is on the team yet.</p>
      ) : (
        <ul className="team-list">
          {team.map((member) => (
            <li key={member.memberId} className="team-member">
              <p className="team-name">
                {member.name}
                {member.lead && <span className="tag">Lead</span>}
              </p>
              <p className="team-role">
                {[member.jobTitle, member.agency].filter(Boolean).join(', ') || member.roleDescription || 'Family member'}
              </p>
              {(member.phone || member.email) && (
                <p className="team-contact">
                  {member.phone && (
                    <a href={`tel:${member.phone.replace(/\s/g, '')}`} aria-label={`Call ${member.name}, ${member.phone}`}>
                      {member.phone}
                    </a>
                  )}
                  {member.email && (
                    <a href={`mailto:${member.email}`} aria-label={`Email ${member.name}, ${member.email}`}>
                      {member.email}
                    </a>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
