/** Help texts. */
import { REPORTER_FORMATS } from '../reporters/index.js';

export const MAIN_HELP = `secretome-checklist: does an MSC-secretome study report what others need to reproduce it?

Usage:
  secretome-checklist check <file|dir|glob|->... [options]   check study reports and score them
  secretome-checklist init [--design D] [--fraction F]        print a commented YAML template
  secretome-checklist explain <itemId> | --list               what an item asks for and why
  secretome-checklist schema                                  print the JSON Schema of a study report
  secretome-checklist --version | --help

Examples:
  secretome-checklist check examples/
  secretome-checklist check study.yaml --format markdown --output report.md
  secretome-checklist check "papers/**/*.yaml" --format json --min-score 80
  secretome-checklist init --design in-vivo --fraction ev > study.yaml

Exit codes: 0 every document passes, 1 a document fails the threshold, 2 usage error or unreadable input.
Run "secretome-checklist check --help" for the options of check.
`;

export const CHECK_HELP = `Usage: secretome-checklist check <file|dir|glob|->... [options]

Inputs: files (.json, .yaml, .yml), directories (searched for those), quoted globs ("papers/**/*.yaml"),
and - for standard input.

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
  -j, --jobs <n>           check documents on up to n worker threads (1-256), started as documents arrive;
                           output stays in input order; a document that crashes a worker fails alone (default 1)
      --max-file-size <n>  refuse larger files, e.g. 20M (default 10M; for --ndjson-input the whole input)
      --max-depth <n>      refuse data nested deeper than n levels (default 64)
      --max-array-length <n>  refuse lists with more than n entries (default 1000)
      --max-string-length <n> refuse texts and keys longer than n characters (default 100000)
      --max-values <n>     refuse documents with more than n values (default 50000)
  -h, --help               this help

Config and checklist files are read like study reports (regular files of at most 1 MiB, YAML 1.2 or JSON:
no merge keys, tags or duplicate keys). Output (-o) may not be one of the inputs, the config or the checklist.

Examples:
  secretome-checklist check study.yaml
  cat study.json | secretome-checklist check - --stdin-filename study.json --format sarif > results.sarif
  secretome-checklist check papers/ --format html --output completeness.html
  secretome-checklist check corpus.ndjson --ndjson-input --ndjson --fail-on none
`;
