import { TeamEndpoint } from 'Frontend/generated/endpoints.js';
import type HandOverLeadInput from 'Frontend/generated/org/hearth/team/HandOverLeadInput.js';
import type { ChangeKind } from '../changes.js';

// Handing the lead of the team to another practitioner on it.

export const handOverLead: ChangeKind<HandOverLeadInput> = {
  send: (input) => TeamEndpoint.handOverLead(input),
  apply: (file, input) =>
    file.team.some((member) => member.memberId === input.toTeamMemberId && member.practitionerId)
      ? { ...file, team: file.team.map((member) => ({ ...member, lead: member.memberId === input.toTeamMemberId })) }
      : file,
};
