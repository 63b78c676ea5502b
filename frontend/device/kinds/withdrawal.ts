import { ClosureEndpoint } from 'Frontend/generated/endpoints.js';
import ClosureReason from 'Frontend/generated/org/hearth/closure/ClosureReason.js';
import type WithdrawConsentInput from 'Frontend/generated/org/hearth/closure/WithdrawConsentInput.js';
import ConsentDecision from 'Frontend/generated/org/hearth/consent/ConsentDecision.js';
import ConsentMethod from 'Frontend/generated/org/hearth/consent/ConsentMethod.js';
import ConsentScope from 'Frontend/generated/org/hearth/consent/ConsentScope.js';
import EpisodeStatus from 'Frontend/generated/org/hearth/episode/EpisodeStatus.js';
import type { ChangeKind } from '../changes.js';
import { closed } from './closure.js';

// A family member takes their consent back: the family's help stops at once. The server records the withdrawal (as
// consent to start, said out loud, with the family's words) and closes the episode the one way every closing takes;
// the device shows the same until the server has it. Sent through the app's closure endpoint, the same service as
// GraphQL's withdrawConsent.

export const withdrawConsent: ChangeKind<WithdrawConsentInput> = {
  send: (input) => ClosureEndpoint.withdrawConsent(input),
  apply: (file, input) => {
    if (file.status === EpisodeStatus.CLOSED) {
      return file;
    }
    const reason = input.reason ?? '';
    const withWithdrawal = {
      ...file,
      consents: [
        ...file.consents,
        {
          consentId: input.requestId ?? crypto.randomUUID(),
          givenById: input.givenByPersonId ?? '',
          scope: ConsentScope.START,
          decision: ConsentDecision.WITHDRAWN,
          method: ConsentMethod.VERBAL,
          recordedAt: new Date().toISOString(),
          excludedAgencies: [],
          notes: reason,
          signed: false,
        },
      ],
    };
    return closed(withWithdrawal, ClosureReason.CONSENT_WITHDRAWN, reason, []);
  },
};
