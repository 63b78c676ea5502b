/**
 * Subject access: a family's whole record, or one person's, across every episode, as the Early Help team produces it
 * for a subject access request under UK GDPR. Read through each feature's service (as a practitioner sees it), in a
 * fixed number of statements however many episodes the family had; third parties' data is marked for the officer to
 * review before release, never removed.
 */
@NullMarked
package org.hearth.records;

import org.jspecify.annotations.NullMarked;
