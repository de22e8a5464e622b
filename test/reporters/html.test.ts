import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { htmlReporter } from '../../src/reporters/html.js';
import { escapeHtml } from '../../src/reporters/shared/escape.js';
import { BATCH, MOUSE_STUDY, STDIN_STUDY, options } from './fixtures.js';

/** The inline SVG elements of a page. */
function svgs(html: string): string[] {
  return html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
}

describe('html reporter', () => {
  const single = htmlReporter([MOUSE_STUDY], options());
  const batch = htmlReporter(BATCH, options({ batch: true }));

  it('is one HTML document with a language, a charset and a title', () => {
    for (const page of [single, batch]) {
      expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
      expect(page).toContain('<meta charset="utf-8">');
      expect(page).toMatch(/<title>Secretome checklist report: [^<]+<\/title>/);
      expect(page.trimEnd().endsWith('</html>')).toBe(true);
    }
  });

  it('is self-contained: inline CSS, no URL, no script, no external resource', () => {
    for (const page of [single, batch, htmlReporter(BATCH, options({ batch: true, verbose: true }))]) {
      expect(page).not.toMatch(/https?:\/\//);
      expect(page).not.toContain('<script src');
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/<link\b/i);
      expect(page).not.toMatch(/\bsrc=/i);
      expect(page).not.toMatch(/url\(/i);
      expect(page).toContain('<style>');
    }
  });

  it('holds no literal URL even when the user text contains one, yet reads the same', () => {
    const withUrl: Report = {
      ...MOUSE_STUDY,
      findings: [{ ...MOUSE_STUDY.findings[1]!, sources: ['MISEV2023, https://doi.org/10.1002/jev2.12404'] }],
    };
    const page = htmlReporter([withUrl], options());
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).toContain('https&#58;//doi.org/10.1002/jev2.12404');
  });

  it('has print styles', () => {
    expect(single).toContain('@media print');
    expect(single).toContain('print-color-adjust: exact');
  });

  it('shows the overall score, minimal set and validity', () => {
    expect(single).toContain('<h2 id="doc-1-title">studies/amodeo-2025-neuropathy.yaml</h2>');
    expect(single).toContain('<span class="score-big">78.9</span>');
    expect(single).toContain('<dt>Minimal set complete</dt><dd><span class="fail">no</span></dd>');
    expect(single).toContain('<dt>Valid</dt><dd><span class="fail">no</span></dd>');
  });

  it('has a section table with row and column headers and a score bar per section', () => {
    expect(single).toContain('<th scope="col">Section</th>');
    expect(single).toContain('<th scope="row">Storage</th>');
    expect(single).toMatch(/<th scope="row">Storage<\/th><td><svg class="bar"[^>]*aria-label="Storage: 55\.6 of 100"/);
    // One bar per section plus the overall bar.
    expect(svgs(single).filter((svg) => svg.startsWith('<svg class="bar"'))).toHaveLength(10);
  });

  it('shows each finding with message, hint, sources and location', () => {
    expect(single).toContain('<p class="message">Storage temperature is not reported for the whole secretome.</p>');
    expect(single).toContain('<strong>How to fix:</strong> State the storage temperature (e.g. −80 °C) in °C.');
    expect(single).toContain('Sources: MISEV2023 §5 (storage conditions); EV-TRACK EV-METRIC (storage reported)');
    expect(single).toContain('<code>studies/amodeo-2025-neuropathy.yaml:41:7</code>');
    expect(single).toContain('<code>/production/preparations/0/storage/temperature</code>');
  });

  it('escapes all user text', () => {
    const page = htmlReporter([STDIN_STUDY], options());
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 100%');
    expect(page).not.toContain('\u0007');
    const hostileFile: Report = { ...MOUSE_STUDY, source: { file: '"><img onerror=x>.yaml' } };
    expect(htmlReporter([hostileFile], options())).not.toContain('<img');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('has well-formed inline SVG', () => {
    for (const svg of svgs(batch)) expect(XMLValidator.validate(svg)).toBe(true);
  });

  describe('for a batch', () => {
    it('has an overview table of documents that links to each report', () => {
      expect(batch).toContain('<h2 id="overview-title">Overview</h2>');
      expect(batch).toContain('3 documents · 1 passing the minimal set · mean score 77.4');
      expect(batch).toContain('<th scope="row"><a href="#doc-3">document 3</a></th>');
      expect(batch).toContain('id="doc-3"');
    });

    it('has a study × section heatmap as inline SVG, with scores as text and tooltips', () => {
      const heatmap = svgs(batch).find((svg) => svg.startsWith('<svg class="heatmap"'));
      expect(heatmap).toBeDefined();
      expect(batch).toContain('<svg');
      expect(heatmap).toContain('role="img"');
      expect(heatmap).toContain('<title id="heatmap-title">Completeness by study and section</title>');
      // 3 rows × 9 sections.
      expect(heatmap!.match(/<rect [^>]*width="76" height="28"/g)).toHaveLength(27);
      expect(heatmap).toContain('<title>studies/amodeo-2025-neuropathy.yaml · Storage: 55.6 (5 of 9 points)</title>');
      expect(heatmap).toContain('<title>document 3 · Dose and administration: nothing applies</title>');
      expect(heatmap).toMatch(/>55\.6<\/text>/);
      expect(heatmap).toMatch(/>n\/a<\/text>/);
    });

    it('colours low scores red and complete sections blue, with readable text on each', () => {
      const heatmap = svgs(batch).find((svg) => svg.startsWith('<svg class="heatmap"'))!;
      expect(heatmap).toMatch(/fill="#b2182b"[^>]*\/><text [^>]*fill="#ffffff"[^>]*>0\.0</);
      expect(heatmap).toMatch(/fill="#2166ac"[^>]*\/><text [^>]*fill="#ffffff"[^>]*>100\.0</);
      expect(heatmap).toMatch(/fill="#fddbc7"[^>]*\/><text [^>]*fill="#000000"[^>]*>55\.6</);
    });

    it('offers the heatmap values as a table too', () => {
      expect(batch).toContain('<summary>The heatmap as a table</summary>');
      expect(batch).toContain('<th scope="col">Outcomes</th>');
    });

    it('has no heatmap for a single report', () => {
      expect(single).not.toContain('class="heatmap"');
    });
  });

  it('with verbose, lists satisfied items', () => {
    const page = htmlReporter([MOUSE_STUDY], options({ verbose: true }));
    expect(page).toContain('<h3>Satisfied items</h3>');
    expect(page).toContain('<li><code>storage.form</code> Storage form</li>');
  });

  it('with quiet, lists essential problems only', () => {
    const page = htmlReporter([MOUSE_STUDY], options({ quiet: true }));
    expect(page).toContain('<code>storage.temperature</code>');
    expect(page).not.toContain('<code>cellSource.donorAge</code>');
  });
});
