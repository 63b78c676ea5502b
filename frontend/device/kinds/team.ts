import { TeamEndpoint } from 'Frontend/generated/endpoints.js';
import type PractitionerMatch from 'Frontend/generated/org/hearth/agency/PractitionerMatch.js';
import type AddTeamMemberInput from 'Frontend/generated/org/hearth/team/AddTeamMemberInput.js';
import type HandOverLeadInput from 'Frontend/generated/org/hearth/team/HandOverLeadInput.js';
import type RemoveTeamMemberInput from 'Frontend/generated/org/hearth/team/RemoveTeamMemberInput.js';
import type { ChangeKind } from '../changes.js';

// Changing the team: handing its lead to another practitioner on it, adding a family member, taking someone off.

export const handOverLead: ChangeKind<HandOverLeadInput> = {
  send: (input) => TeamEndpoint.handOverLead(input),
  apply: (file, input) =>
    file.team.some((member) => member.memberId === input.toTeamMemberId && member.practitionerId)
      ? { ...file, team: file.team.map((member) => ({ ...member, lead: member.memberId === input.toTeamMemberId })) }
      : file,
};

/** Practitioners found in the directory on this page, so one joining shows by name before the server answers. */
const foundPractitioners = new Map<string, PractitionerMatch>();

export function rememberPractitioners(found: readonly PractitionerMatch[]) {
  found.forEach((match) => foundPractitioners.set(match.practitionerId, match));
}

/**
 * Someone joining the team, a family member or a practitioner from the directory, shown on the team at once with the
 * client's id for their place (the server's copy fills in a practitioner's contact on the next refresh).
 */
export const addTeamMember: ChangeKind<AddTeamMemberInput> = {
  send: (input) => TeamEndpoint.addTeamMember(input),
  apply: (file, input) => {
    if (
      file.team.some(
        (member) =>
          member.memberId === input.id ||
          (input.personId && member.personId === input.personId) ||
          (input.practitionerId && member.practitionerId === input.practitionerId),
      )
    ) {
      return file;
    }
    const joining = {
      memberId: input.id ?? crypto.randomUUID(),
      roleDescription: input.roleDescription,
      lead: false,
      joinedOn: new Date().toLocaleDateString('en-CA'),
    };
    if (input.practitionerId) {
      const found = foundPractitioners.get(input.practitionerId);
      return {
        ...file,
        team: [
          ...file.team,
          {
            ...joining,
            name: found?.name ?? 'A practitioner joining the team',
            jobTitle: found?.jobTitle,
            agency: found?.agency,
            practitionerId: input.practitionerId,
          },
        ],
      };
    }
    const person = file.members.find((member) => member.personId === input.personId);
    return person
      ? { ...file, team: [...file.team, { ...joining, name: `${person.givenName} ${person.familyName}`, personId: person.personId }] }
      : file;
  },
};

/** A place on the team ending today: they are no longer on the team (the server keeps the place, ended). */
export const removeTeamMember: ChangeKind<RemoveTeamMemberInput> = {
  send: (input) => TeamEndpoint.removeTeamMember(input),
  apply: (file, input) => ({
    ...file,
    team: file.team.filter((member) => member.lead || member.memberId !== input.teamMemberId),
  }),
};
