import { TeamEndpoint } from 'Frontend/generated/endpoints.js';
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

/**
 * Someone joining the team: here a family member (a practitioner needs the directory the tablet does not have), shown
 * on the team at once with the client's id for their place.
 */
export const addTeamMember: ChangeKind<AddTeamMemberInput> = {
  send: (input) => TeamEndpoint.addTeamMember(input),
  apply: (file, input) => {
    const person = file.members.find((member) => member.personId === input.personId);
    if (
      !person ||
      input.practitionerId ||
      file.team.some((member) => member.memberId === input.id || member.personId === input.personId)
    ) {
      return file;
    }
    return {
      ...file,
      team: [
        ...file.team,
        {
          memberId: input.id ?? crypto.randomUUID(),
          name: `${person.givenName} ${person.familyName}`,
          roleDescription: input.roleDescription,
          lead: false,
          joinedOn: new Date().toLocaleDateString('en-CA'),
          personId: person.personId,
        },
      ],
    };
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
