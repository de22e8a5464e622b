/**
 * `init`: a template to fill in. By default the commented YAML template (src/checklist/template.ts) for
 * the chosen design, fraction and checklist version, on standard output. `--format xlsx` writes the
 * workbook (About, Studies, Preparations, Arms, with drop-downs), `--format csv|tsv` the three sheets as
 * files plus README.txt; these go to files (`-o`), never over an existing one without --force.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { TEMPLATE_DESIGNS, buildTemplate } from '../../checklist/template.js';
import { visibleText } from '../../io/errors.js';
import { aboutText } from '../../tabular/about.js';
import { writeDelimited } from '../../tabular/delimited.js';
import { workbookLayout } from '../../tabular/layout.js';
import { documentsToTables } from '../../tabular/to-tables.js';
import { writeWorkbook } from '../../tabular/xlsx/write.js';
import { EXIT, UsageError, type CliIo, type ExitCode } from '../io.js';
import { writeNewFiles, type NewFile } from '../new-files.js';
import { checklistVersionOption } from './version-option.js';

const FORMATS = ['yaml', 'xlsx', 'csv', 'tsv'] as const;
type InitFormat = (typeof FORMATS)[number];

const flagsSchema = z.object({
  design: z.array(z.enum(TEMPLATE_DESIGNS, { error: '--design must be in-vivo, in-vitro or clinical' })).default(['in-vivo']),
  fraction: z.enum(['whole', 'ev', 'ev-depleted'], { error: '--fraction must be whole, ev or ev-depleted' }).default('ev'),
  format: z.enum(FORMATS, { error: '--format must be yaml, xlsx, csv or tsv' }).default('yaml'),
});

export const INIT_HELP = `Usage: secretome-checklist init [options]

A template to fill in, for the latest checklist version (or --checklist-version).

Options:
      --format <f>         yaml (default: a commented YAML template on standard output), xlsx (a workbook
                           with About, Studies, Preparations and Arms sheets and drop-down lists), csv or tsv
                           (studies, preparations and arms files and a README.txt)
  -o, --output <path>      where to write: a file (yaml, xlsx; default studies.xlsx) or a folder (csv, tsv;
                           default the current folder)
  -f, --force              replace files that exist (otherwise nothing is written)
      --design <d>         in-vivo | in-vitro | clinical, several allowed (YAML template only)
      --fraction <f>       whole | ev | ev-depleted (YAML template only)
      --checklist-version <v>
  -h, --help               this help

Examples:
  secretome-checklist init --design in-vivo --fraction ev > study.yaml
  secretome-checklist init --format xlsx -o studies.xlsx
  secretome-checklist init --format csv -o sheets/
`;

const SHEET_FILES = ['studies', 'preparations', 'arms'] as const;

const isFolder = async (path: string): Promise<boolean> => (await stat(path).catch(() => undefined))?.isDirectory() ?? false;

/** The files of a workbook or CSV/TSV template, where `output` says (or the defaults). */
async function spreadsheetFiles(format: Exclude<InitFormat, 'yaml'>, output: string | undefined, cwd: string, version: ReturnType<typeof checklistVersionOption>): Promise<NewFile[]> {
  const layout = workbookLayout(version);
  const tables = documentsToTables([], version);
  if (format === 'xlsx') {
    const name = output ?? 'studies.xlsx';
    const path = resolve(cwd, name);
    const intoFolder = /[\\/]$/.test(name) || (await isFolder(path));
    if (!intoFolder && !/\.xlsx$/i.test(name)) throw new UsageError(`${visibleText(name)}: a workbook file ends in .xlsx.`);
    const content = await writeWorkbook(tables, layout);
    return intoFolder ? [{ path: join(path, 'studies.xlsx'), name: join(name, 'studies.xlsx'), content }] : [{ path, name, content }];
  }
  const folder = output ?? '.';
  if (/\.(csv|tsv|txt|xlsx)$/i.test(folder)) throw new UsageError(`${visibleText(folder)}: --format ${format} writes several files; name a folder with -o.`);
  const delimiter = format === 'csv' ? ',' : '\t';
  const files: NewFile[] = tables.sheets.map((sheet, index) => {
    const name = `${SHEET_FILES[index]!}.${format}`;
    return { path: resolve(cwd, folder, name), name: join(folder, name), content: writeDelimited(sheet, delimiter) };
  });
  files.push({ path: resolve(cwd, folder, 'README.txt'), name: join(folder, 'README.txt'), content: aboutText(layout, format) });
  return files;
}

export async function runInit(args: string[], io: CliIo): Promise<ExitCode> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        design: { type: 'string', multiple: true },
        fraction: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', short: 'f' },
        'checklist-version': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout.write(INIT_HELP);
    return EXIT.pass;
  }
  const flags = flagsSchema.safeParse({ design: values.design, fraction: values.fraction, format: values.format });
  if (!flags.success) throw new UsageError(flags.error.issues[0]!.message);
  const version = checklistVersionOption(values['checklist-version']);
  const { format } = flags.data;

  if (format === 'yaml') {
    const text = buildTemplate([...new Set(flags.data.design)], flags.data.fraction, version);
    if (values.output === undefined) {
      io.stdout.write(text);
      return EXIT.pass;
    }
    await writeNewFiles([{ path: resolve(io.cwd, values.output), name: values.output, content: text }], { force: values.force ?? false });
    io.stdout.write(`${visibleText(`Wrote ${values.output}`)}: the checklist ${version} YAML template.\n`);
    return EXIT.pass;
  }

  if (values.design !== undefined || values.fraction !== undefined) {
    throw new UsageError(`--design and --fraction shape the YAML template; the ${format.toUpperCase()} template has a column for every field (leave out what does not apply).`);
  }
  const files = await spreadsheetFiles(format, values.output, io.cwd, version);
  await writeNewFiles(files, { force: values.force ?? false });
  const first = files[0]!.name;
  const written = files.length === 1 ? first : `${files.map((file) => file.name).join(', ')}`;
  io.stdout.write(`${visibleText(`Wrote ${written}`)}: the checklist ${version} ${format.toUpperCase()} template. Fill in one row per study, then: secretome-checklist check ${visibleText(first)}\n`);
  return EXIT.pass;
}
