/**
 * Who is calling and what they may see: the caller of each request (a person's session or a partner's token), and
 * the rule that narrows every query to the episodes a caller has a relationship with.
 *
 * <h2>What a family member sees</h2>
 * A family member ({@link org.hearth.access.Caller.FamilyMemberCaller}) sees their own family's episodes and nothing
 * of any other family ({@link org.hearth.access.Visibility.OwnFamily}). Within them, what they read depends on their
 * kind ({@link org.hearth.access.FamilyMemberKind}), worked out from their record in the family at each call: a
 * <b>parent</b> holds parental responsibility; an <b>other adult</b> is any other adult member (a parent or carer
 * without it, another adult, a relative); a <b>young person</b> has role CHILD. The services that read each feature
 * narrow by it ({@link org.hearth.access.AccessService#familyMemberOf}), so GraphQL and the app's endpoints answer
 * alike; the GraphQL schema says the same at each narrowed field.
 * <table>
 * <caption>What each kind of family member reads of their own family's episodes</caption>
 * <tr><th></th><th>parent</th><th>other adult</th><th>young person</th></tr>
 * <tr><td>family, members (names, roles), episode status, dates, lead, team with work contacts</td><td>yes</td>
 * <td>yes</td><td>yes</td></tr>
 * <tr><td>why early help was asked for (the request's reasons)</td><td>yes</td><td>no</td><td>no</td></tr>
 * <tr><td>timescales: whether the assessment, first meeting or review is overdue, how many actions are</td>
 * <td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>outcomes and their actions</td><td>all</td><td>all</td><td>those for the whole family or for
 * them</td></tr>
 * <tr><td>assessment: summary (and the services already involved)</td><td>yes</td><td>no</td><td>no</td></tr>
 * <tr><td>assessment: the needs it found (need areas)</td><td>yes</td><td>no</td><td>no</td></tr>
 * <tr><td>assessment: a person's three columns</td><td>their own only</td><td>their own only</td><td>their own
 * only</td></tr>
 * <tr><td>assessment: children's voices (three houses)</td><td>none</td><td>none</td><td>their own only</td></tr>
 * <tr><td>meetings: kind, when, held, called off (when)</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>meetings: notes, attendance (who came, apologies, whether the family came), why called off</td><td>no</td>
 * <td>no</td><td>no</td></tr>
 * <tr><td>reviews: progress, decision, family's views, next review date, who recorded it</td><td>yes</td><td>yes</td>
 * <td>yes, except the family's views</td></tr>
 * <tr><td>reviews: the child's views</td><td>no</td><td>no</td><td>no</td></tr>
 * <tr><td>consents</td><td>those they gave</td><td>those they gave</td><td>those they gave</td></tr>
 * <tr><td>family comments</td><td>all</td><td>all</td><td>all except those kept from young people (unless their
 * own)</td></tr>
 * <tr><td>closure: when, why, summary, signposting</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>closure: the family's feedback</td><td>yes</td><td>yes</td><td>no</td></tr>
 * <tr><td>closure: the child's feedback, the transfer to another authority</td><td>no</td><td>no</td><td>no</td></tr>
 * <tr><td>handovers, safeguarding referrals, audit trail, social care references, step-up reasons</td><td>no</td>
 * <td>no</td><td>no</td></tr>
 * </table>
 * "No" means the field is answered as if nothing was recorded (null or an empty list, with no error), and a node query
 * of a record they may not read answers null. Whether consent stands ({@code hasActiveConsent}) is worked out from
 * every decision. The summary of a closure by step up holds its reasons: a family member reads a plain sentence
 * instead. Whether a comment is kept from young people is told to practitioners, partners and its author only. No
 * flag keeps a person's three columns from the rest of the family: nobody else of the family reads them at all.
 * A case file ({@code CaseFileEndpoint}) is for practitioners only. The request's reasons are the requester's words
 * and may speak of the parents' own difficulties, so only a parent reads them; the overdue counts say nothing of
 * what is late. A family member's writes answer only with what they changed: their own action, their own comment.
 * <p>
 * A family member who may decide (parental responsibility, or a young person old enough) may withdraw their own
 * consent themselves, which closes the episode as when a practitioner records it ({@code Step.WITHDRAW_CONSENT}).
 *
 * <h2>Reminders and their delivery</h2>
 * <table>
 * <caption>Who may read failed deliveries and switch reminders</caption>
 * <tr><th></th><th>practitioner, manager</th><th>Early Help team</th><th>family member</th><th>partner system</th></tr>
 * <tr><td>{@code deliveryFailures}: notifications that could not be sent, with whom they were for</td><td>no
 * (FORBIDDEN)</td><td>yes</td><td>no (FORBIDDEN)</td><td>no (FORBIDDEN)</td></tr>
 * <tr><td>{@code setReminders}: reminders on or off</td><td>their own</td><td>their own</td><td>their own</td><td>no
 * (FORBIDDEN)</td></tr>
 * </table>
 * A family member is reminded only if, besides having reminders on, they agreed to be contacted
 * ({@code person.agreed_to_be_contacted}) and gave an e-mail address or phone number; the words they are sent name
 * nobody ({@code org.hearth.reminder}).
 */
@NullMarked
package org.hearth.access;

import org.jspecify.annotations.NullMarked;
