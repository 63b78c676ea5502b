import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { Select } from '@vaadin/react-components/Select.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { BRITISH_DATES } from 'Frontend/components/dates.js';
import type NewFamilyInput from 'Frontend/generated/org/hearth/family/NewFamilyInput.js';
import PersonRole from 'Frontend/generated/org/hearth/family/PersonRole.js';
import { ROLE_WORDS } from './words.js';

/** A person of a family new to Hearth, as typed (kept in a draft). */
export type NewMember = {
  id: string;
  givenName: string;
  familyName: string;
  role: string;
  dateOfBirth: string;
  livesInHousehold: boolean;
  hasParentalResponsibility: boolean;
};

export const newMember = (changes: Partial<NewMember> = {}): NewMember => ({
  id: crypto.randomUUID(),
  givenName: '',
  familyName: '',
  role: '',
  dateOfBirth: '',
  livesInHousehold: true,
  hasParentalResponsibility: false,
  ...changes,
});

/** What the worker must give for each person before anything is sent; undefined when all is there. */
export function membersProblem(members: readonly NewMember[]): string | undefined {
  return members.some((member) => !member.givenName.trim() || !member.familyName.trim() || !member.role)
    ? 'Give each person a first name, a family name and who they are.'
    : undefined;
}

/** The members as the server's NewFamilyInput takes them. */
export function newFamilyInput(members: readonly NewMember[]): NewFamilyInput {
  return {
    members: members.map((member) => ({
      id: member.id,
      givenName: member.givenName.trim(),
      familyName: member.familyName.trim(),
      role: member.role as PersonRole,
      dateOfBirth: member.dateOfBirth || undefined,
      livesInHousehold: member.livesInHousehold,
      hasParentalResponsibility: member.hasParentalResponsibility,
    })),
  };
}

const ROLES = Object.values(PersonRole).map((role) => ({ label: ROLE_WORDS[role], value: role }));

/**
 * The people of a family new to Hearth, one fieldset each, with "Add a person" (a new person takes the family name
 * given): shared by the request for early help and the safeguarding referral.
 */
export function MemberEditor({
  members,
  onChange,
  problem,
  familyName,
}: {
  members: NewMember[];
  onChange: (members: NewMember[]) => void;
  problem?: string;
  familyName: string;
}) {
  const setMember = (index: number, changes: Partial<NewMember>) =>
    onChange(members.map((member, at) => (at === index ? { ...member, ...changes } : member)));
  return (
    <>
      <ol className="member-list" aria-label="People in the family">
        {members.map((member, index) => (
          <li key={member.id} className="member-entry">
            <fieldset>
              <legend>Person {index + 1}</legend>
              <TextField label="First name" value={member.givenName} onValueChanged={(event) => setMember(index, { givenName: event.detail.value })} />
              <TextField label="Family name" value={member.familyName} onValueChanged={(event) => setMember(index, { familyName: event.detail.value })} />
              <Select
                label="Who they are"
                items={ROLES}
                value={member.role}
                onValueChanged={(event) => event.detail.value !== member.role && setMember(index, { role: event.detail.value })}
              />
              <DatePicker
                label="Date of birth"
                i18n={BRITISH_DATES}
                helperText="Day/month/year, if known"
                value={member.dateOfBirth}
                onValueChanged={(event) => event.detail.value !== member.dateOfBirth && setMember(index, { dateOfBirth: event.detail.value })}
              />
              <Checkbox
                label="Lives in the household"
                checked={member.livesInHousehold}
                onCheckedChanged={(event) => event.detail.value !== member.livesInHousehold && setMember(index, { livesInHousehold: event.detail.value })}
              />
              <Checkbox
                label="Has parental responsibility"
                checked={member.hasParentalResponsibility}
                onCheckedChanged={(event) =>
                  event.detail.value !== member.hasParentalResponsibility && setMember(index, { hasParentalResponsibility: event.detail.value })
                }
              />
              {members.length > 1 && (
                <Button theme="tertiary error" onClick={() => onChange(members.filter((_, at) => at !== index))}>
                  Remove person {index + 1}
                </Button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <Button onClick={() => onChange([...members, newMember({ familyName: familyName.trim() })])}>Add a person</Button>
    </>
  );
}
