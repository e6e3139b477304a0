export const id = 133;
export const ids = [133];
export const modules = {

/***/ 8628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHistoryCommand: () => (/* binding */ runHistoryCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/manifest/read-stages.ts
var read_stages = __webpack_require__(7545);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/commands/history.ts




/** Every committed transition of the manifest (or of one model), oldest first, rebuilt from the file's contents. */
async function readHistory(workspace, model, revision = 'HEAD') {
    if (!workspace.git)
        throw new errors/* InputError */.dz(`history needs a git repository: ${workspace.root} is not one`);
    const { entries } = await (0,manifest_history/* readManifestHistory */.S)(workspace.git, workspace.manifestName, revision);
    if (model === undefined)
        return entries;
    const selected = entries.filter(entry => entry.model === model);
    if (selected.length > 0)
        return selected;
    // A model declared but never given a version has no transitions yet; any other name is a mistake.
    const current = await (0,promises_.readFile)(workspace.manifestPath, 'utf8').catch(() => '');
    const known = new Set([...entries.map(entry => entry.model), ...((0,read_stages/* readStages */.ir)(current)?.keys() ?? [])]);
    if (!known.has(model))
        throw (0,errors/* unknownModel */.w2)(model, [...known], "the manifest's history");
    return selected;
}

// EXTERNAL MODULE: ./src/commands/request.ts
var commands_request = __webpack_require__(9843);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/commands/context.ts
var commands_context = __webpack_require__(586);
;// CONCATENATED MODULE: ./src/cli/commands/history.ts





/** Every transition of the manifest (or of one model), read back from git. */
async function runHistoryCommand(context) {
    const { workspace } = context;
    const request = (0,commands_request/* checkRequest */.yG)({ command: 'history', model: context.positionals[0] }, commands_context/* CLI_NAMES */.Q4);
    const entries = await readHistory(workspace, request.model);
    (0,output/* print */.yy)(context.io, context.json, entries, () => {
        if (entries.length === 0)
            return `No transitions recorded in the history of ${workspace.manifestName}.\n`;
        return entries
            .map(entry => {
            const where = [entry.commit?.slice(0, 7), entry.pullRequest ? `#${entry.pullRequest}` : undefined]
                .filter(Boolean)
                .join(' ');
            return `${entry.date?.slice(0, 10) ?? ''}  ${(0,describe/* transitionText */.FA)(entry)}  ${where}  ${entry.author ?? ''}\n`;
        })
            .join('');
    });
    return output/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readPlainLayout)
/* harmony export */ });
/**
 * A reader for the plain layout most manifests have — block maps, one-line flow maps, quoted or plain scalars,
 * comments — many times faster than a general YAML parser on a large file. It gives exactly the value js-yaml
 * (core schema) gives, or undefined for anything outside that layout, which is then read by js-yaml.
 */
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Plain scalars that YAML reads as something other than a string or a decimal number. */
const SPECIAL = /^(true|True|TRUE|false|False|FALSE|null|Null|NULL|~|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|0x.*|0o.*)$/;
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/;
/** A scalar as YAML's core schema reads it; undefined when it is not plainly a string or a number. */
function scalar(source) {
    if (source.startsWith('"'))
        return /^"[^"\\]*"$/.test(source) ? source.slice(1, -1) : undefined;
    if (source.startsWith("'"))
        return /^'[^']*'$/.test(source) ? source.slice(1, -1) : undefined;
    if (INT.test(source) || FLOAT.test(source)) {
        const number = Number(source);
        return Number.isFinite(number) && !/^[-+]?0[0-9]/.test(source) ? number : undefined;
    }
    // Anything numeric-looking that is not a plain decimal (1_000, 0b1, +.5e) is left to the YAML reader.
    if (/^[-+.]?[0-9]/.test(source) && /[_eE]|^[-+]?0[box]/.test(source) && !/[a-df-zA-DF-Z]/.test(source))
        return undefined;
    if (!PLAIN_START.test(source) || / #|: |:$/.test(source) || SPECIAL.test(source))
        return undefined;
    return source;
}
/** A key that is text; a merge key (`<<`) is left to the readers that say what they make of it. */
function keyName(source) {
    if (source === '<<')
        return undefined;
    const value = scalar(source);
    return typeof value === 'string' ? value : undefined;
}
/** `{ a: 1, b: x }` on one line, with plain or simply quoted scalars; undefined for anything else. */
function flowMap(source) {
    const inner = /^\{(.*)\}$/.exec(source)?.[1];
    if (inner === undefined || /[{}[\]"'&*!|>`#]/.test(inner))
        return undefined;
    const map = {};
    if (inner.trim() === '')
        return map;
    for (const item of inner.split(',')) {
        const match = /^\s*([^:\s][^:]*?)\s*:\s+(.*?)\s*$/.exec(item);
        if (!match)
            return undefined;
        const key = keyName(match[1] ?? '');
        const value = scalar(match[2] ?? '');
        if (key === undefined || key === '__proto__' || value === undefined || Object.hasOwn(map, key))
            return undefined;
        map[key] = value;
    }
    return map;
}
function stripComment(rest) {
    if (rest.startsWith('"') || rest.startsWith("'")) {
        const quote = rest[0];
        const close = rest.indexOf(quote ?? '', 1);
        if (close === -1)
            return undefined;
        const after = rest.slice(close + 1);
        if (after.trim() !== '' && !/^\s+#/.test(after))
            return undefined;
        return rest.slice(0, close + 1);
    }
    const comment = rest.search(/\s#/);
    return (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
}
const SPACE = 32;
const HASH = 35;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
/**
 * Tabs, carriage returns, and the characters JavaScript counts as white space but YAML does not (a no-break space
 * is text to YAML): a text with any of them is left to js-yaml, so that trimming here never differs from YAML.
 */
const NOT_PLAIN_WHITESPACE = /[\t\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0085]/;
/** Plain words that YAML reads as something other than text. */
const WORD_LITERALS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);
/*
 * The shapes nearly every line of a manifest has, each matched by one regular expression at the line's start (the
 * expressions run as native code, which matters for a reader that runs once per process and never warms up):
 * a word or a simple double-quoted key; then nothing, a word (`staging`, `s3://bucket/m/1.0`), an unsigned decimal,
 * or a one-line flow map; then an optional comment. Any other line is read by readLine, which decides the same way
 * for these shapes.
 */
const WORD = '[A-Za-z](?:[\\w./:-]*[\\w./-])?';
const DECIMAL = '(?:0|[1-9]\\d*)(?:\\.\\d+)?';
const COMMON_LINE = new RegExp(
// Blank and comment lines before the key line are passed over in the same match.
`(?: *(?:#[^\\n]*)?\\n)*( *)(?:([A-Za-z][\\w-]*)|"([^"\\\\\\n]*)") *:(?: +(${WORD}|${DECIMAL}|\\{[^\\n{}[\\]"'&*!|>\`#]*\\}))?(?: +#[^\\n]*)? *(?:\\n|$)`, 'y');
const FLOW_ITEM = new RegExp(` *([A-Za-z][\\w-]*) *: +(${WORD}|${DECIMAL}) *([,}])`, 'y');
const NONE = Symbol('no value');
/** A word or decimal as the line expressions matched it. */
function commonScalar(source) {
    const first = source.charCodeAt(0);
    if (first >= 48 && first <= 57)
        return Number(source);
    return WORD_LITERALS.has(source) ? undefined : source;
}
/** `{ auc: 0.91, loss: 0.2 }` with word keys and word or decimal values; anything else by flowMap. */
function commonFlowMap(source) {
    const map = {};
    FLOW_ITEM.lastIndex = 1;
    for (;;) {
        const item = FLOW_ITEM.exec(source);
        const key = item?.[1];
        const value = item?.[2] === undefined ? undefined : commonScalar(item[2]);
        if (!item || key === undefined || value === undefined || key === '__proto__' || Object.hasOwn(map, key))
            return flowMap(source);
        map[key] = value;
        if (item[3] === '}')
            return FLOW_ITEM.lastIndex === source.length ? map : flowMap(source);
    }
}
/**
 * Reads a key line of the common shapes at `start` into `line` and returns where the next line starts; -1 for any
 * other line. (One record filled in place and no destructuring: this runs for every line, mostly uncompiled.)
 */
function readCommonLine(text, start, line) {
    COMMON_LINE.lastIndex = start;
    const match = COMMON_LINE.exec(text);
    if (match === null)
        return -1;
    const word = match[2];
    const key = word ?? match[3];
    if (key === undefined || (word !== undefined && (WORD_LITERALS.has(word) || word === '__proto__')))
        return -1;
    const source = match[4];
    let value = NONE;
    if (source !== undefined) {
        value = source.charCodeAt(0) === 123 ? commonFlowMap(source) : commonScalar(source);
        if (value === undefined)
            return -1;
    }
    line.indent = match[1]?.length ?? 0;
    line.key = key;
    line.value = value;
    return COMMON_LINE.lastIndex;
}
/** One line (without its newline): null for a blank or comment line, undefined for one outside the layout. */
function readLine(raw) {
    let indent = 0;
    while (raw.charCodeAt(indent) === SPACE)
        indent++;
    if (indent === raw.length || raw.charCodeAt(indent) === HASH)
        return null;
    const first = raw.charCodeAt(indent);
    let colon;
    let keySource;
    if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
        const close = raw.indexOf(raw[indent] ?? '', indent + 1);
        if (close === -1)
            return undefined;
        keySource = raw.slice(indent, close + 1);
        colon = close + 1;
        while (raw.charCodeAt(colon) === SPACE)
            colon++;
        if (raw[colon] !== ':')
            return undefined;
    }
    else {
        colon = raw.indexOf(':', indent);
        if (colon === -1)
            return undefined;
        keySource = raw.slice(indent, colon).trimEnd();
    }
    if (colon + 1 < raw.length && raw.charCodeAt(colon + 1) !== SPACE)
        return undefined;
    const key = keyName(keySource);
    const after = raw.slice(colon + 1).trim();
    const rest = after === '' || after.charCodeAt(0) === HASH ? '' : stripComment(after);
    if (key === undefined || key === '__proto__' || rest === undefined)
        return undefined;
    if (rest === '')
        return { indent, key, value: NONE };
    const value = rest.startsWith('{') ? flowMap(rest) : scalar(rest);
    return value === undefined ? undefined : { indent, key, value };
}
/**
 * The value of a text in the plain layout, or undefined for anything else. One pass over the lines: each key line
 * is placed in the map its indentation opens, as a block map reader would.
 */
function readPlainLayout(text) {
    if (NOT_PLAIN_WHITESPACE.test(text))
        return undefined;
    const root = {};
    // The open maps, innermost last, and the indentation of each one's keys.
    const maps = [root];
    const indents = [0];
    // A key with nothing after its colon (pendingKey, in the innermost map): a map when the next key line is
    // indented deeper, else null.
    let pendingKey;
    let keys = 0;
    const common = { indent: 0, key: '', value: NONE };
    for (let start = 0; start < text.length;) {
        let line = common;
        const next = readCommonLine(text, start, common);
        if (next !== -1)
            start = next;
        else {
            let end = text.indexOf('\n', start);
            if (end === -1)
                end = text.length;
            line = readLine(text.slice(start, end));
            start = end + 1;
            if (line === null)
                continue;
        }
        if (line === undefined)
            return undefined;
        const { indent, key, value } = line;
        let depth = maps.length - 1;
        if (pendingKey !== undefined) {
            const parent = maps[depth];
            if (indent > indents[depth]) {
                const child = {};
                parent[pendingKey] = child;
                maps.push(child);
                indents.push(indent);
                depth++;
            }
            pendingKey = undefined;
        }
        while (depth > 0 && indents[depth] > indent) {
            maps.pop();
            indents.pop();
            depth--;
        }
        const map = maps[depth];
        if (indents[depth] !== indent || Object.hasOwn(map, key))
            return undefined;
        keys++;
        // A key without a value is held in place as null, so that it keeps its position among its siblings.
        if (value === NONE) {
            pendingKey = key;
            map[key] = null;
        }
        else
            map[key] = value;
    }
    return keys > 0 ? root : undefined;
}


/***/ })

};
