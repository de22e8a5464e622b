/** An editor's report names the study and says where in the manuscript each reported value is. */
import { describe, expect, it } from 'vitest';
import { checklist, htmlReporter, markdownReporter, reporterOptionsFor, validate } from '../../src/index.js';
import { study } from '../helpers.js';

const DOCUMENT = study({
  study: {
    title: 'Small EVs from Wharton’s jelly MSCs relieve neuropathic pain in rats',
    citation: { authors: 'Rossi A et al.', year: 2024, journal: 'Pain Research', doi: '10.5555/example.001' },
    design: ['in-vivo'],
  },
  storage: {
    form: { value: 'frozen' },
    temperature: { notReported: true, where: 'Methods 2.4, p. 5' },
    excipient: { notApplicable: 'nothing was added', where: 'Methods 2.4' },
  },
  doseAdministration: { volume: { volume: { value: 10, unit: 'mg' }, where: 'Methods 2.8' } },
});

describe('the study and the manuscript locations in a report', () => {
  const report = validate(DOCUMENT, { file: 'ms-2025-0412.yaml' });
  const byItem = (id: string) => report.findings.find((finding) => finding.itemId === id);

  it('the report carries the study title and its citation as one line', () => {
    expect(report.study).toEqual({ title: 'Small EVs from Wharton’s jelly MSCs relieve neuropathic pain in rats', citation: 'Rossi A et al. (2024) Pain Research doi:10.5555/example.001' });
  });

  it('a value the document gives, not reported, not applicable or invalid, carries its where; a missing one has none', () => {
    expect(byItem('storage.temperature')).toMatchObject({ status: 'not-reported', where: 'Methods 2.4, p. 5' });
    expect(byItem('storage.excipient')).toMatchObject({ status: 'not-applicable', where: 'Methods 2.4' });
    expect(byItem('doseAdministration.volume')).toMatchObject({ status: 'invalid', where: 'Methods 2.8' });
    expect(byItem('storage.duration')).toMatchObject({ status: 'missing' });
    expect(byItem('storage.duration')?.where).toBeUndefined();
  });

  it('the HTML and Markdown reports show both, so the author can find each place in the manuscript', () => {
    const options = reporterOptionsFor(checklist);
    const html = htmlReporter([report], options);
    expect(html).toContain('<p class="study-title">Small EVs from Wharton’s jelly MSCs relieve neuropathic pain in rats</p>');
    expect(html).toContain('Rossi A et al. (2024) Pain Research doi:10.5555/example.001');
    expect(html).toContain('In the manuscript: <strong>Methods 2.4, p. 5</strong>');
    const markdown = markdownReporter([report], options);
    expect(markdown).toContain('Methods 2.4, p. 5 (manuscript)');
  });

  it('a document without a title or citation has no study in its report', () => {
    expect(validate(study({ study: { design: ['in-vivo'] } })).study).toBeUndefined();
  });
});
