// The family's own view is written for a parent or a young person, not a professional: the Flesch reading ease of
// all its English texts together (the myplan.* keys of translations.properties) must be 70 or more ("fairly easy":
// about age 12 to 13). Needs no browser or server. Counts as wooorm's flesch readme does: sentences, words and
// syllables (syllable), fed to flesch. Each sentence must also score 50 or more on its own ("fairly difficult" at
// worst), so one jargon-heavy sentence among many easy ones is caught too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { flesch } from 'flesch';
import { syllable } from 'syllable';

const BUNDLE = new URL('../../backend/src/main/resources/vaadin-i18n/translations.properties', import.meta.url);

/** Keys that are not prose: the language switch's code and the other language's own name. */
const NOT_PROSE = new Set(['myplan.switchTo', 'myplan.switchLang']);

/** Placeholders filled in by the page, with what they typically hold. */
const SAMPLES = {
  name: 'Dana',
  family: 'Carter',
  date: '3 March',
  time: '10am',
  phone: 'the number',
  email: 'the address',
  job: 'Teacher',
  agency: 'the school',
  contact: 'the council',
};

/**
 * The English family-view texts written as sentences. Labels (headings, buttons: no full stop) are left out: each
 * would count as a sentence of a word or two and flatter the score.
 */
export function familyViewTexts(source = readFileSync(BUNDLE, 'utf8')) {
  return source
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()])
    .filter(([key, value]) => key.startsWith('myplan.') && !NOT_PROSE.has(key) && value)
    .map(([, value]) => value.replace(/\{(\w+)\}/g, (_, name) => SAMPLES[name] ?? 'it'))
    .filter((value) => /[.!?]$/.test(value));
}

export function readingEase(texts) {
  const text = texts.join(' ');
  const sentence = (text.match(/[.!?]+(\s|$)/g) ?? []).length;
  const words = text.match(/[\p{L}\p{N}’']+/gu) ?? [];
  const counts = { sentence, word: words.length, syllable: words.reduce((sum, word) => sum + syllable(word), 0) };
  return { ...counts, ease: flesch(counts) };
}

test('the family view reads easily: Flesch reading ease of 70 or more', () => {
  const texts = familyViewTexts();
  assert.ok(texts.length > 40, `only ${texts.length} texts found in ${BUNDLE.pathname}`);
  const { ease, sentence, word, syllable: syllables } = readingEase(texts);
  console.log(`Family view: ${sentence} sentences, ${word} words, ${syllables} syllables: reading ease ${ease.toFixed(1)}`);
  assert.ok(ease >= 70, `reading ease ${ease.toFixed(1)} is below 70: use shorter sentences and everyday words`);
});

test('no one sentence is hard going: each scores 50 or more on its own', () => {
  // The whole text's score hides one hard sentence among sixty easy ones; this catches it.
  const hard = familyViewTexts()
    .map((text) => ({ text, ease: readingEase([text]).ease }))
    .filter(({ ease }) => ease < 50);
  assert.deepEqual(hard, [], 'rewrite these in shorter sentences and everyday words');
});

test('a jargon-heavy text fails the same measure', () => {
  const { ease } = readingEase([
    'Multi-agency practitioners will facilitate comprehensive assessments of safeguarding vulnerabilities, considering intergenerational considerations and statutory thresholds.',
  ]);
  assert.ok(ease < 70, `jargon scored ${ease.toFixed(1)}`);
});
