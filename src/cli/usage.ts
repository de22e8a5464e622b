/** Help texts. */
import { REPORTER_FORMATS } from '../reporters/index.js';

export const MAIN_HELP = `secretome-checklist: does an MSC-secretome study report what others need to reproduce it?

Usage:
  secretome-checklist check <file|dir|glob|->... [options]   check study reports and score them
  secretome-checklist init [--design D] [--fraction F]        print a commented YAML template
  secretome-checklist init --format xlsx|csv|tsv [-o PATH]    a workbook (or CSV set) to fill in
  secretome-checklist explain <itemId|words> | --list         what an item asks for and why
  secretome-checklist schema                                  print the JSON Schema of a study report
  secretome-checklist migrate <file>... [--to 1.1|1.0]        move study reports to another checklist version
  secretome-checklist changes [--from 1.0] [--to 1.1]         what changed between two checklist versions
  secretome-checklist convert <file|dir>... -o <file|dir>     study reports to a workbook (.xlsx, .csv) and back
  secretome-checklist serve [--host H] [--port N] [options]   the HTTP service (see serve --help)
  secretome-checklist summary <file|dir|glob>... [--tables]   reporting rates across studies, evidence tables
  secretome-checklist --version | --help

Examples:
  secretome-checklist check examples/
  secretome-checklist check study.yaml --format markdown --output report.md
  secretome-checklist check "papers/**/*.yaml" --format json --min-score 80
  secretome-checklist init --design in-vivo --fraction ev > study.yaml

init, explain and schema follow the latest checklist version; --checklist-version 1.0 picks another.

Exit codes: 0 every document passes, 1 a document fails the threshold, 2 usage error or unreadable input.
Run "secretome-checklist check --help" for the options of check.
`;

export const CHECK_HELP = `Usage: secretome-checklist check <file|dir|glob|->... [options]

Inputs: files (.json, .yaml, .yml), directories (searched for those), quoted globs ("papers/**/*.yaml"),
and - for standard input. Spreadsheets too: a workbook (.xlsx) or a Studies sheet (.csv, .tsv, read with
the preparations and arms files beside it) gives one report per study row, named "studies.xlsx › ref-107",
with findings at their cells ("studies.xlsx › Arms!F7"); in folders, CSV/TSV files are taken when they are
study sheets. For standard input, --stdin-filename studies.xlsx (or .csv, .tsv) says it is a spreadsheet.

Options:
  -f, --format <name>      ${REPORTER_FORMATS.join(' | ')} (default text)
      --ndjson             one JSON report per line (same as --format ndjson; not with another --format)
  -p, --profile <name>     default | journal-strict (recommended items become essential)
      --checklist <file>   a user checklist (JSON or YAML) that changes, switches off or adds items
  -c, --config <file>      config file (default: secretome-checklist.config.{json,yaml,yml}, searched upwards)
      --min-score <n>      fail a document whose exact overall score is below n (a decimal from 0 to 100;
                           a score shown rounded up to n still fails, and stderr says the exact score)
      --fail-on <level>    essential (default) | recommended | none
  -o, --output <file>      write the report to a file instead of standard output
  -q, --quiet              essential findings only (text, markdown, html, github); not with --verbose
  -v, --verbose            also list satisfied items (text, markdown, html); implies --ledger; not with --quiet
      --ledger             add the per-item ledger to JSON reports
      --no-quiet, --no-verbose, --no-ledger
                           switch off what the config file switches on
      --color              colours even when the output is not a terminal
      --no-color           no colours (also when NO_COLOR is set)
      --stdin-filename <n> the name to show for standard input
      --ndjson-input       read one JSON document per line
      --allow-empty        a glob or directory that matches nothing is not an error
  -j, --jobs <n|auto>      check documents on n threads (1-256: this one and n-1 workers) or auto (default):
                           for 200 documents or more, one thread per 1.35 cores (1 on 2 cores, 2 on 4, at
                           most 4), else one; output stays in input order; a crashing document fails alone
      --max-file-size <n>  refuse larger files, e.g. 20M (default 10M; for --ndjson-input the whole input)
      --max-depth <n>      refuse data nested deeper than n levels (default 64)
      --max-array-length <n>  refuse lists with more than n entries (default 1000)
      --max-string-length <n> refuse texts and keys longer than n characters (default 100000)
      --max-values <n>     refuse documents with more than n values (default 50000)
      --max-unzipped-size <n> spreadsheets: refuse workbooks that unpack to more, e.g. 128M (default 64M)
      --max-sheets <n>, --max-rows <n>, --max-columns <n>, --max-cells <n>
                           spreadsheets: refuse more sheets, rows, columns or cells (defaults 64, 20000,
                           2000, 2000000)
  -h, --help               this help

Config and checklist files are read like study reports (regular files of at most 1 MiB, YAML 1.2 or JSON:
no merge keys, tags or duplicate keys). Output (-o) may not be one of the inputs, the config or the checklist.

Examples:
  secretome-checklist check study.yaml
  cat study.json | secretome-checklist check - --stdin-filename study.json --format sarif > results.sarif
  secretome-checklist check papers/ --format html --output completeness.html
  secretome-checklist check corpus.ndjson --ndjson-input --ndjson --fail-on none
  secretome-checklist check studies.xlsx --format sarif --output results.sarif
`;

export const MIGRATE_HELP = `Usage: secretome-checklist migrate <file|dir|glob|->... [options]

Moves study reports to another checklist version (the version a document follows is its checklistVersion).
Only checklistVersion, the $schema link and renamed fields change; comments, order and layout stay.
Going down (1.1 to 1.0) works only for documents that use nothing 1.0 lacks; otherwise every value in
the way is listed and the document is left as it is.

Options:
      --to <version>       1.1 (default) | 1.0
  -o, --output <file>      write the migrated document to a file (one input; same syntax as the input)
      --in-place           rewrite each input file (the only way migrate changes an input)
      --max-file-size <n>, --max-depth <n>, --max-array-length <n>, --max-string-length <n>, --max-values <n>
                           input limits, as for check
  -h, --help               this help

By default the migrated document goes to standard output. Several inputs need --in-place.
Exit codes: 0 migrated, 2 usage error, unreadable input, or a document that cannot be migrated.

Examples:
  secretome-checklist migrate study.yaml > study-1.1.yaml
  secretome-checklist migrate papers/ --in-place
  secretome-checklist migrate study.yaml --to 1.0 --output study-1.0.yaml
`;

export const CHANGES_HELP = `Usage: secretome-checklist changes [--from 1.0] [--to 1.1] [--format text|markdown|json]

Lists what changed between two checklist versions: items added and removed; for the others, changes of
level, weight, applicability, expected details and title; and the words added to each vocabulary.

Options:
      --from <version>     default 1.0
      --to <version>       default 1.1 (the latest)
  -f, --format <name>      text (default) | markdown | json
  -h, --help               this help
`;

export const SERVE_HELP = `Usage: secretome-checklist serve [options]

The HTTP service for submission systems: POST /v1/check, POST /v1/check/batch, GET /v1/schema, /v1/items,
/v1/items/{id}, /v1/template, /healthz, /readyz; the API is described at /v1/openapi.json. JSON logs
(without document contents) go to standard output. SIGTERM or Ctrl-C finishes requests in flight, then stops.

Options:
      --host <address>     listen on this address (default 127.0.0.1: this machine only)
      --port <n>           listen on this port (default 8080; 0 picks a free one)
  -p, --profile <name>     default | journal-strict: the profile requests get unless they ask for the other
      --checklist <file>   a user checklist (JSON or YAML) for every request
  -c, --config <file>      config file: profile, checklist, failOn, minScore, ledger (default: searched upwards)
      --token-file <file>  require "Authorization: Bearer <token>" with the token in this file
      --max-concurrency <n> requests handled at once; more get 503 with Retry-After (default 64)
      --request-timeout <s> seconds a request may take, upload included (default 30)
      --log-level <level>  fatal | error | warn | info (default) | debug | trace | silent
      --max-file-size <n>  refuse larger bodies with 413, e.g. 20M (default 10M; for a batch the whole body)
      --max-depth <n>, --max-array-length <n>, --max-string-length <n>, --max-values <n>
                           the document limits of check (defaults 64, 1000, 100000, 50000)
  -h, --help               this help

Example:
  secretome-checklist serve --port 8080 &
  curl -s -H 'Content-Type: application/yaml' --data-binary @study.yaml http://127.0.0.1:8080/v1/check
`;

export const SUMMARY_HELP = `Usage: secretome-checklist summary <file|dir|glob|->... [options]

Checks every study report (read as check reads them) and prints how often each checklist item is
reported across them: per item, per section, and split by design, preparation type and year. Each
study × item is one of: reported, incomplete, declared not reported, left out, not applicable.

Options:
  -f, --format <name>      markdown (default) | csv (tidy: one row per study × item) | json | html (charts)
      --tables             add the evidence tables (as the review's Tables 2-5); with csv they are the
                           output instead of the tidy rows (one line per cell: table, row, study, column, text)
  -o, --output <file>      write to a file instead of standard output (never over an input)
  -p, --profile <name>     default | journal-strict
      --checklist <file>   a user checklist (JSON or YAML), as for check
      --ndjson-input       read one JSON document per line
      --stdin-filename <n> the name to show for standard input
      --allow-empty        a glob or directory that matches nothing is not an error
      --max-file-size <n>, --max-depth <n>, --max-array-length <n>, --max-string-length <n>, --max-values <n>
                           input limits, as for check
  -h, --help               this help

Exit codes: 0 summarised, 2 usage error or an input that could not be read (the others are still summarised).
How the states and rates are counted: docs/summary.md.

Examples:
  secretome-checklist summary examples/review-2025/ --format csv -o reporting.csv
  secretome-checklist summary examples/review-2025/ --format html --tables -o summary.html
`;

export const CONVERT_HELP = `Usage: secretome-checklist convert <file|dir|glob>... --output <file|dir> [options]

Converts study reports between YAML/JSON documents and spreadsheets, both ways, without loss: study
reports become one workbook (or one CSV/TSV set), and a workbook becomes one document per study. A
study's id is its file name without the extension (ref-107.yaml is ref-107) and, the other way, the
studyId of its row on the Studies sheet (ref-107 is written as ref-107.yaml). Documents are written with
their keys in the schema's order. Every conversion is read back before it is written; nothing is written
when an input has a problem (each is listed, naming the file and the cell).

Inputs: study reports (.yaml, .yml, .json), workbooks (.xlsx), Studies sheets (.csv, .tsv; preparations
and arms files beside them are read with them), folders of them, and quoted globs.

Options:
  -o, --output <path>      a .xlsx file; a studies.csv or NAME.studies.csv file (preparations.csv and
                           arms.csv are written beside it; .tsv the same); a .yaml or .json file (one
                           study); or a folder (ending in / or existing): studies.xlsx (or the CSV/TSV set)
                           from study reports, one <studyId>.yaml (or .json) per study from a spreadsheet
      --to <format>        yaml | json | xlsx | csv | tsv (default: from --output's extension; for a
                           folder, yaml from spreadsheets and xlsx otherwise)
  -f, --force              replace output files that exist (an input is never replaced)
      --max-file-size <n>, --max-depth <n>, --max-array-length <n>, --max-string-length <n>, --max-values <n>,
      --max-unzipped-size <n>, --max-sheets <n>, --max-rows <n>, --max-columns <n>, --max-cells <n>
                           input limits, as for check
  -h, --help               this help

Exit codes: 0 converted, 2 usage error, unreadable input, or an input with a problem.

Examples:
  secretome-checklist convert a.yaml b.yaml -o studies.xlsx
  secretome-checklist convert examples/review-2025/ -o sheets/ --to csv
  secretome-checklist convert studies.xlsx -o studies/
  secretome-checklist convert studies.xlsx -o json/ --to json
`;
