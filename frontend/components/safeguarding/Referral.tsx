import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EndpointError } from '@vaadin/hilla-frontend';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { InfoIcon } from 'Frontend/components/icons.js';
import { SafeguardingEndpoint } from 'Frontend/generated/endpoints.js';
import type UserError from 'Frontend/generated/org/hearth/graphql/UserError.js';
import type RecordSafeguardingReferralInput from 'Frontend/generated/org/hearth/safeguarding/RecordSafeguardingReferralInput.js';
import type SafeguardingReferral from 'Frontend/generated/org/hearth/safeguarding/SafeguardingReferral.js';

/** What the worker types for a referral, whichever family it is for. */
export type ReferralValues = { reason: string; socialCareReference: string };

/** Problems shown at a field, by the field's name (the last part of the server's path). */
export type FieldProblems = Record<string, string | undefined>;

/** The outcome of sending a referral: recorded, refused (reasons at fields and at the top), or no signal. */
export type ReferralOutcome =
  | { kind: 'recorded'; referral: SafeguardingReferral }
  | { kind: 'refused'; errors: UserError[] }
  | { kind: 'offline' };

/**
 * Sends the referral to Hearth (online only: a referral is a decision to keep now, not a change to queue). The input's
 * id is the same on every try, so sending it twice records it once.
 */
export async function sendReferral(input: RecordSafeguardingReferralInput): Promise<ReferralOutcome> {
  try {
    const payload = await SafeguardingEndpoint.recordSafeguardingReferral(input);
    const errors = (payload.errors ?? []).filter((error): error is UserError => !!error);
    if (errors.length > 0 || !payload.referral) {
      return { kind: 'refused', errors };
    }
    return { kind: 'recorded', referral: payload.referral };
  } catch (error) {
    if (error instanceof EndpointError) {
      return { kind: 'refused', errors: [{ field: [], code: 'REFUSED', message: error.message }] };
    }
    return { kind: 'offline' };
  }
}

/** The server's reasons for the given fields, by field; the rest (as messages) for the top of the form. */
export function splitErrors(errors: readonly UserError[], fields: readonly string[]): { at: FieldProblems; rest: string[] } {
  const fieldOf = (error: UserError) => (error.field ?? []).filter((part): part is string => !!part).at(-1) ?? '';
  const at: FieldProblems = {};
  const rest: string[] = [];
  for (const error of errors) {
    const field = fieldOf(error);
    if (fields.includes(field) && !at[field]) {
      at[field] = error.message ?? 'Hearth did not accept this.';
    } else {
      rest.push(error.message ?? 'Hearth did not accept this.');
    }
  }
  return { at, rest };
}

/** Checks the worker can put right before sending: the concern is required. */
export function referralProblems(values: ReferralValues): FieldProblems {
  return { reason: values.reason.trim() ? undefined : 'Say what the concern is, in plain words.' };
}

/** The concern, social care's reference, and the plain line about what recording does and does not do. */
export function ReferralFields({
  values,
  problems,
  onChange,
}: {
  values: ReferralValues;
  problems: FieldProblems;
  onChange: (changes: Partial<ReferralValues>) => void;
}) {
  return (
    <>
      <p className="referral-line">
        <InfoIcon />
        <span>
          Phone children’s social care first. Recording here does not send the referral: it keeps the decision and who
          made it.
        </span>
      </p>
      <TextArea
        label="Why you are referring: the concern, in plain words"
        helperText="What you saw or were told, and by whom"
        required
        value={values.reason}
        errorMessage={problems.reason}
        invalid={!!problems.reason}
        onValueChanged={(event) => onChange({ reason: event.detail.value })}
      />
      <TextField
        label="Social care’s reference, if you have one"
        helperText="You can leave this empty"
        maxlength={60}
        value={values.socialCareReference}
        errorMessage={problems.socialCareReference}
        invalid={!!problems.socialCareReference}
        onValueChanged={(event) => onChange({ socialCareReference: event.detail.value })}
      />
    </>
  );
}

/** Said when a referral could not be sent for want of signal: what was typed is kept. */
export function NoSignalForReferral({ button }: { button: string }) {
  return (
    <div className="message message-info" role="status">
      <InfoIcon />
      <p>
        There is no signal. A referral is recorded in Hearth straight away, not kept to send later. Everything you typed
        is kept on this tablet: press “{button}” again when there is signal. Do not wait for it to phone children’s
        social care.
      </p>
    </div>
  );
}

const timeOf = (iso: string | undefined) =>
  iso ? new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';

/** The referral kept: when, by whom (the worker), social care's reference, and the way on. */
export function ReferralRecorded({ referral, children }: { referral: SafeguardingReferral; children?: ReactNode }) {
  return (
    <section className="message message-info referral-recorded" role="status" aria-labelledby="referral-recorded-heading">
      <InfoIcon />
      <div>
        <h2 id="referral-recorded-heading">Referral recorded at {timeOf(referral.decidedAt)} by you</h2>
        <p>
          Social care’s reference: {referral.socialCareReference ? <strong>{referral.socialCareReference}</strong> : 'not given yet'}
        </p>
        {children}
        <p>
          <Link to="/">Back to my caseload</Link>
        </p>
      </div>
    </section>
  );
}
