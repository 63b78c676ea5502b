import { ContactEndpoint } from 'Frontend/generated/endpoints.js';
import type CaseFile from 'Frontend/generated/org/hearth/casefile/CaseFile.js';
import type RecordContactAgreementInput from 'Frontend/generated/org/hearth/family/RecordContactAgreementInput.js';
import type { ChangeKind } from '../changes.js';

// Where Hearth may send a family member reminders (e-mail, mobile) and whether they agreed: one change per person,
// over the person's version as the tablet last read it.

export const recordContactAgreement: ChangeKind<RecordContactAgreementInput> = {
  send: (input) => ContactEndpoint.recordContactAgreement(input),
  apply: (file: CaseFile, input) => ({
    ...file,
    members: file.members.map((member) =>
      member.personId === input.personId
        ? {
            ...member,
            contact: {
              email: input.email?.trim() || undefined,
              phone: input.phone?.trim() || undefined,
              agreedToBeContacted: input.agreedToBeContacted,
            },
          }
        : member,
    ),
  }),
  rebase: (file, input) => {
    const member = file.members.find((one) => one.personId === input.personId);
    return member ? { ...input, version: member.version } : undefined;
  },
  mine: (input, field) =>
    field === 'email'
      ? input.email
      : field === 'phone'
        ? input.phone
        : field === 'agreedToBeContacted'
          ? input.agreedToBeContacted
            ? 'Agreed'
            : 'Not agreed'
          : undefined,
};
