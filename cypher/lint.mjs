// Lints Cypher files with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support,
// lintCypherQuery) and fails on any error or warning.
//
// Usage: node cypher/lint.mjs [FILE|DIR ...]   (default: every *.cypher file next to this script)
//
// House rules checked on top of the parser:
// - every file opens with a comment block saying what it does;
// - every parameter is declared in that block as "// @param name: meaning", and every declared one is used
//   (the declarations are handed to the linter, so an undeclared $parameter is a lint error);
// - functions must be Cypher 5 built-ins, and labels and relationship types the ones of the graph model
//   (README.md), so a misspelt function or label is caught instead of silently matching nothing.
// Statements are separated by a ';' at the end of a line, the same rule CypherCatalog applies.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's ESM build imports paths without extensions, which Node's ESM loader rejects; its CJS build loads.
const require = createRequire(import.meta.url);
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

const here = dirname(fileURLToPath(import.meta.url));
const labels = ['Account', 'Identifier', 'Payment', 'Ip', 'IpPrefix', 'Device', 'PromptTemplate', 'Ring', 'Run'];
const relationshipTypes = ['USED', 'MEMBER_OF', 'LINKED', 'FOUND_IN'];

// Cypher 5 built-in functions (Cypher manual, "Functions"), so that a misspelt function is an error too; the
// parser alone accepts any name, as it might be a user-defined function.
const builtInFunctionNames = [
  'abs', 'acos', 'all', 'any', 'asin', 'atan', 'atan2', 'avg', 'btrim', 'ceil', 'char_length', 'character_length',
  'coalesce', 'collect', 'cos', 'cot', 'count', 'date', 'date.realtime', 'date.statement', 'date.transaction',
  'date.truncate', 'datetime', 'datetime.fromepoch', 'datetime.fromepochmillis', 'datetime.realtime',
  'datetime.statement', 'datetime.transaction', 'datetime.truncate', 'degrees', 'duration', 'duration.between',
  'duration.inDays', 'duration.inMonths', 'duration.inSeconds', 'e', 'elementId', 'endNode', 'exists', 'exp',
  'file', 'floor', 'haversin', 'head', 'id', 'isEmpty', 'isNaN', 'keys', 'labels', 'last', 'left', 'length',
  'linenumber', 'localdatetime', 'localdatetime.realtime', 'localdatetime.statement', 'localdatetime.transaction',
  'localdatetime.truncate', 'localtime', 'localtime.realtime', 'localtime.statement', 'localtime.transaction',
  'localtime.truncate', 'log', 'log10', 'lower', 'ltrim', 'max', 'min', 'nodes', 'none', 'normalize', 'nullIf',
  'percentileCont', 'percentileDisc', 'pi', 'point', 'point.distance', 'point.withinBBox', 'properties', 'radians',
  'rand', 'randomUUID', 'range', 'reduce', 'relationships', 'replace', 'reverse', 'right', 'round', 'rtrim', 'sign',
  'sin', 'single', 'size', 'split', 'sqrt', 'startNode', 'stDev', 'stDevP', 'substring', 'sum', 'tail', 'tan',
  'time', 'time.realtime', 'time.statement', 'time.transaction', 'time.truncate', 'timestamp', 'toBoolean',
  'toBooleanList', 'toBooleanOrNull', 'toFloat', 'toFloatList', 'toFloatOrNull', 'toInteger', 'toIntegerList',
  'toIntegerOrNull', 'toLower', 'toString', 'toStringList', 'toStringOrNull', 'toUpper', 'trim', 'type', 'upper',
  'valueType',
];
const builtInFunctions = Object.fromEntries(builtInFunctionNames.map((name) => [
  name,
  { name, category: '', description: '', signature: '', argumentDescription: [], returnDescription: '', aggregating: false, isBuiltIn: true, isDeprecated: false },
]));

function cypherFiles(target) {
  const path = resolve(target);
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((name) => name.endsWith('.cypher'))
      .sort()
      .map((name) => join(path, name));
  }
  return [path];
}

// Splits at ';' ending a line; returns each statement with the 1-based line it starts on.
export function splitStatements(text) {
  const statements = [];
  let current = [];
  let startLine = 1;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (current.length === 0 && line.trim() === '') {
      startLine = index + 2;
      return;
    }
    if (current.length === 0) startLine = index + 1;
    const trimmed = line.trimEnd();
    if (trimmed.endsWith(';')) {
      current.push(trimmed.slice(0, -1));
      statements.push({ text: current.join('\n'), line: startLine });
      current = [];
    } else {
      current.push(line);
    }
  });
  if (current.some((line) => line.trim() !== '' && !line.trim().startsWith('//'))) {
    statements.push({ text: current.join('\n'), line: startLine, unterminated: true });
  }
  return statements;
}

function headerOf(text) {
  const header = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('//')) break;
    header.push(line);
  }
  return header;
}

// Reads a file and checks the house rules; returns its statements for the parser passes.
function readFile(file) {
  const problems = [];
  const text = readFileSync(file, 'utf8');
  const header = headerOf(text);
  if (header.filter((line) => !line.includes('@param')).length === 0) {
    problems.push({ line: 1, message: 'the file must open with a // comment saying what it does' });
  }
  const declared = {};
  for (const line of header) {
    const match = /^\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*\S/.exec(line);
    if (match) declared[match[1]] = null;
    else if (line.includes('@param')) problems.push({ line: 1, message: `malformed parameter declaration: ${line}` });
  }
  const statements = splitStatements(text);
  if (statements.length === 0) problems.push({ line: 1, message: 'no statement found' });
  const used = new Set();
  for (const statement of statements) {
    if (statement.unterminated) {
      problems.push({ line: statement.line, message: "statement does not end with ';' at the end of a line" });
    }
    for (const match of statement.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) used.add(match[1]);
  }
  for (const name of Object.keys(declared)) {
    if (!used.has(name)) problems.push({ line: 1, message: `@param ${name} is declared but never used` });
  }
  return { file, statements, declared, problems };
}

// Pass 1: syntax and semantics as Cypher 5 (what Neo4j 5.26 runs). Pass 2, with the built-in function names,
// keeps only its "function not present" findings: the registry has names, not signatures, so its arity
// findings would be noise. Each pass runs over all files in turn because switching the function registry
// re-primes the analyser, which costs about as much as a statement.
function lintAll(files) {
  const passes = [
    { functions: undefined, keep: () => true },
    { functions: { 'CYPHER 5': builtInFunctions }, keep: (d) => /^Function \S+ is not present/.test(d.message) },
  ];
  for (const pass of passes) {
    for (const entry of files) {
      for (const statement of entry.statements) {
        const schema = { labels, relationshipTypes, parameters: entry.declared, defaultLanguage: 'CYPHER 5' };
        if (pass.functions) schema.functions = pass.functions;
        for (const diagnostic of lintCypherQuery(statement.text, schema).filter(pass.keep)) {
          const kind = diagnostic.severity === 1 ? 'error' : 'warning';
          entry.problems.push({ line: statement.line + diagnostic.range.start.line, message: `${kind}: ${diagnostic.message}` });
        }
      }
    }
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const targets = process.argv.length > 2 ? process.argv.slice(2) : [here];
  const entries = targets.flatMap(cypherFiles).map(readFile);
  lintAll(entries);
  const files = entries.length;
  let statements = 0;
  let failures = 0;
  for (const entry of entries) {
    statements += entry.statements.length;
    entry.problems.sort((a, b) => a.line - b.line);
    for (const problem of entry.problems) {
      failures += 1;
      console.error(`${relative(process.cwd(), entry.file)}:${problem.line}: ${problem.message}`);
    }
  }
  if (files === 0) {
    console.error('no .cypher file found');
    process.exit(1);
  }
  console.log(`cypher lint: ${files} files, ${statements} statements, ${failures} problems`);
  process.exit(failures === 0 ? 0 : 1);
}
