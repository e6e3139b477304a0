export const id = 570;
export const ids = [570];
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
    const known = new Set([...entries.map(entry => entry.model), ...((0,read_stages/* readStages */.i)(current)?.keys() ?? [])]);
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

/***/ 5328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ve: () => (/* binding */ keyString),
/* harmony export */   c6: () => (/* binding */ findPair),
/* harmony export */   f: () => (/* binding */ nodeStart),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** The string a map key stands for, as the parsed data sees it. */
function keyString(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return key.value === null ? undefined : String(key.value);
    return undefined;
}
function findPair(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    return map.items.find(pair => keyString(pair.key) === key);
}
/** Walks a path of map keys down from `root`, keeping the deepest node reached. */
function locate(root, path) {
    let current = root;
    let located = { value: root ?? undefined, nearest: root ?? undefined };
    for (const segment of path) {
        if (typeof segment === 'number' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current)) {
            const item = current.items[segment];
            if (item === undefined)
                return { nearest: located.value ?? located.key ?? located.nearest };
            current = item;
            located = { value: item ?? undefined, nearest: item ?? located.nearest };
            continue;
        }
        const pair = findPair(current, String(segment));
        if (!pair)
            return { nearest: located.value ?? located.key ?? located.nearest };
        current = pair.value;
        located = { key: pair.key, value: pair.value ?? undefined, nearest: pair.value ?? pair.key };
    }
    return located;
}
function nodeStart(node) {
    return node?.range?.[0];
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
function keyName(source) {
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
        if (key === undefined || value === undefined || Object.hasOwn(map, key))
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
/** One `key: rest` line (null for a blank or comment line; undefined for anything else). */
function parseLine(raw) {
    let indent = 0;
    while (raw.charCodeAt(indent) === SPACE)
        indent++;
    if (indent === raw.length || raw.charCodeAt(indent) === HASH)
        return null;
    const first = raw[indent];
    let colon;
    let keySource;
    if (first === '"' || first === "'") {
        const close = raw.indexOf(first, indent + 1);
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
    if (key === undefined || rest === undefined)
        return undefined;
    return { indent, key, rest };
}
function readPlainLayout(text) {
    if (text.includes('\t') || text.includes('\r'))
        return undefined;
    const lines = [];
    for (const raw of text.split('\n')) {
        const line = parseLine(raw);
        if (line === undefined)
            return undefined;
        if (line)
            lines.push(line);
    }
    let position = 0;
    const block = (indent) => {
        const map = {};
        while (position < lines.length) {
            const line = lines[position];
            if (!line || line.indent < indent)
                break;
            if (line.indent > indent || Object.hasOwn(map, line.key))
                return undefined;
            position++;
            if (line.rest === '') {
                const next = lines[position];
                if (next && next.indent > indent) {
                    const child = block(next.indent);
                    if (child === undefined)
                        return undefined;
                    map[line.key] = child;
                }
                else
                    map[line.key] = null;
            }
            else if (line.rest.startsWith('{')) {
                const child = flowMap(line.rest);
                if (child === undefined)
                    return undefined;
                map[line.key] = child;
            }
            else {
                const value = scalar(line.rest);
                if (value === undefined)
                    return undefined;
                map[line.key] = value;
            }
        }
        return map;
    };
    const root = block(0);
    return root !== undefined && position === lines.length && lines.length > 0 ? root : undefined;
}


/***/ })

};
