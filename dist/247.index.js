export const id = 247;
export const ids = [247];
export const modules = {

/***/ 1247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHistory: () => (/* binding */ runHistory)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
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

// EXTERNAL MODULE: ./src/reporting/summary.ts
var reporting_summary = __webpack_require__(6994);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/action/run-history.ts





/** Every transition rebuilt from the manifest's git history (all of it: a shallow checkout is deepened). */
async function runHistory(inputs, context, workspace, connection) {
    const git = workspace.git;
    if (git && (await git.isShallow()))
        await core/* group */.Os('Fetch the whole history from origin', async () => git.deepen('origin', await connection.gitConfigs()));
    const entries = await readHistory(workspace, inputs.model);
    core/* info */.pq(`${entries.length} transition(s) of ${inputs.model ?? 'every model'} in the history of ${workspace.manifestName}`);
    core/* setOutput */.uH('history', JSON.stringify(entries));
    core/* setOutput */.uH('changed', 'false');
    await (0,summary/* writeSummary */.S)((0,reporting_summary/* historySummary */.xE)(entries, sha => (0,run_context/* commitUrl */.Bg)(context, sha)));
}


/***/ }),

/***/ 9789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ readManifestHistory)
});

// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(1196);
// EXTERNAL MODULE: ./src/manifest/read-stages.ts
var read_stages = __webpack_require__(7545);
;// CONCATENATED MODULE: ./src/manifest/stage-tracker.ts



const NEWLINE = 0x0a;
const SPACE = 0x20;
const HASH = 0x23;
/** Text that makes a model block mean something outside it, or a document boundary: read the whole file then. */
const NOT_LOCAL = /(^|[\s[{,:-])[&*][^\s]|^\s*<<\s*:|^(---|\.\.\.)(\s|$)/m;
function lineStartAt(text, offset) {
    return offset <= 0 ? 0 : text.lastIndexOf(NEWLINE, offset - 1) + 1;
}
function lineEndAt(text, offset) {
    const newline = text.indexOf(NEWLINE, offset);
    return newline === -1 ? text.length : newline + 1;
}
/** The indentation of a line, or undefined for a blank or comment-only line (they belong to no block). */
function indentOf(text, start, end) {
    let position = start;
    while (position < end && text[position] === SPACE)
        position++;
    if (position >= end || text[position] === NEWLINE || text[position] === 0x0d || text[position] === HASH)
        return undefined;
    return position - start;
}
function commonPrefix(a, b) {
    const limit = Math.min(a.length, b.length);
    let low = 0;
    let high = limit;
    // Binary search on equal prefixes: memcmp-speed comparisons, about twice the length in all.
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (a.subarray(low, middle).equals(b.subarray(low, middle)))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
function commonSuffix(a, b, limit) {
    let low = 0;
    let high = limit;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (a.subarray(a.length - middle, a.length - low).equals(b.subarray(b.length - middle, b.length - low)))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
function findLayout(text) {
    const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text.toString('latin1'));
    if (!match)
        return undefined;
    const lineStart = match.index;
    const lineEnd = lineEndAt(text, lineStart);
    for (let start = lineEnd; start < text.length; start = lineEndAt(text, start)) {
        const indent = indentOf(text, start, lineEndAt(text, start));
        if (indent === undefined)
            continue;
        return indent > 0 ? { lineStart, lineEnd, modelIndent: indent } : undefined;
    }
    return undefined;
}
/** The key lines at the models' indentation, as written: what names the models of a block. */
function modelKeys(block, indent) {
    const pattern = new RegExp(`^ {${indent}}([^\\s#][^\\n]*)$`, 'gm');
    return [...block.matchAll(pattern)].map(match => match[1]).join('\n');
}
/**
 * Follows a manifest through its revisions and says what changed in each, reading only the model blocks a
 * change touches; anything it cannot place that way is read whole, with the same reader, so the result is the
 * same as reading every revision whole.
 */
class StageTracker {
    text;
    stages = new Map();
    layout;
    /** The last revision could not be read: the next one is read whole. */
    stale = true;
    /** How many revisions were read whole (the first, and those a change could not be placed in). */
    wholeReads = 0;
    /** The stage changes from the last readable revision to this one; undefined when this one cannot be read. */
    next(content) {
        const text = content ?? Buffer.alloc(0);
        const changes = this.stale || !this.text || !this.layout ? undefined : this.nearby(this.text, text, this.layout);
        const result = changes ?? this.whole(text);
        this.text = text;
        return result;
    }
    /** The state after the last readable revision. */
    get current() {
        return this.stages;
    }
    whole(text) {
        this.wholeReads++;
        const stages = text.length === 0 ? new Map() : (0,read_stages/* readStages */.ir)(text.toString('utf8'));
        this.layout = stages ? findLayout(text) : undefined;
        this.stale = stages === undefined;
        if (!stages)
            return undefined;
        const changes = (0,states/* diffStages */.b)(this.stages, stages);
        this.stages = stages;
        return changes;
    }
    /** The changes read from the model blocks around the bytes that differ; undefined: read the file whole. */
    nearby(before, after, layout) {
        const prefix = commonPrefix(before, after);
        if (prefix === before.length && prefix === after.length)
            return [];
        const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
        const start = lineStartAt(after, prefix);
        const endAfter = lineEndAt(after, Math.max(start, after.length - suffix));
        const shift = after.length - before.length;
        const endBefore = endAfter - shift;
        if (endBefore <= layout.lineStart) {
            // Above the models map: no stage moves (unless the file no longer reads), and the map moves along.
            const header = (0,dist/* parseDocument */.Tp)(after.toString('utf8', 0, layout.lineStart + shift), { uniqueKeys: false });
            if (header.errors.length > 0)
                return undefined;
            this.layout = {
                ...layout,
                lineStart: layout.lineStart + shift,
                lineEnd: layout.lineEnd + shift
            };
            return [];
        }
        if (start < layout.lineEnd)
            return undefined;
        const blockStart = this.blockStart(after, start, layout);
        if (blockStart === undefined)
            return undefined;
        const blockEndAfter = this.blockEnd(after, endAfter, layout);
        const blockEndBefore = blockEndAfter - shift;
        const oldBlock = before.toString('utf8', blockStart, blockEndBefore);
        const newBlock = after.toString('utf8', blockStart, blockEndAfter);
        if (NOT_LOCAL.test(oldBlock) || NOT_LOCAL.test(newBlock))
            return undefined;
        // The same model keys on both sides (else the file is read whole); only the new block needs reading.
        const keys = modelKeys(oldBlock, layout.modelIndent);
        if (keys !== modelKeys(newBlock, layout.modelIndent))
            return undefined;
        const newModels = (0,read_stages/* readModelBlock */.pf)(newBlock);
        if (!newModels || newModels.size !== keys.split('\n').filter(Boolean).length)
            return undefined;
        const changes = [];
        for (const [model, versions] of newModels) {
            const previous = this.stages.get(model);
            if (!previous)
                return undefined;
            changes.push(...(0,states/* diffStages */.b)(new Map([[model, previous]]), new Map([[model, versions]])));
        }
        for (const [model, versions] of newModels)
            this.stages.set(model, versions);
        return changes;
    }
    /** The start of the model key line at or before `offset` (the text before `offset` is the same in both). */
    blockStart(text, offset, layout) {
        let start = offset;
        while (start > layout.lineEnd) {
            start = lineStartAt(text, start - 1);
            const indent = indentOf(text, start, lineEndAt(text, start));
            if (indent === undefined || indent > layout.modelIndent)
                continue;
            return indent === layout.modelIndent ? start : undefined;
        }
        return layout.lineEnd;
    }
    /** The start of the first line after `offset` that is not inside a model's block (a model key or less indented). */
    blockEnd(text, offset, layout) {
        for (let start = offset; start < text.length; start = lineEndAt(text, start)) {
            const indent = indentOf(text, start, lineEndAt(text, start));
            if (indent !== undefined && indent <= layout.modelIndent)
                return start;
        }
        return text.length;
    }
}

// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/adapters/manifest-history.ts


/**
 * Every transition along the first-parent history of `revision`, oldest first, read with two git processes
 * whatever the number of commits (one `git log`, one streamed `git cat-file --batch`). Each revision is folded
 * into the history as it arrives and dropped: memory holds two revisions, not all of them. `uncommitted`, the
 * work tree's manifest, comes last when given.
 */
async function readManifestHistory(git, repoPath, revision = 'HEAD', uncommitted) {
    const commits = (await git.fileLog(repoPath, revision)).reverse();
    const tracker = new StageTracker();
    const entries = [];
    const committedAt = new Map(commits.map(commit => [commit.commit, commit.committedAt]));
    let index = 0;
    await git.streamObjects(commits.map(commit => `${commit.commit}:${repoPath}`), content => {
        const commit = commits[index++];
        for (const change of tracker.next(content) ?? [])
            entries.push({
                ...change,
                commit: commit?.commit ?? null,
                author: commit?.author ?? null,
                date: commit?.date ?? null,
                pullRequest: (0,stages_history/* pullRequestNumber */.K)(commit?.subject)
            });
    });
    if (uncommitted !== undefined && commits.length > 0)
        for (const change of tracker.next(Buffer.from(uncommitted, 'utf8')) ?? [])
            entries.push({ ...change, commit: null, author: null, date: null, pullRequest: null });
    return { entries, revisions: commits.length, committedAt };
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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);

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


/***/ }),

/***/ 7545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ir: () => (/* binding */ readStages),
/* harmony export */   pf: () => (/* binding */ readModelBlock)
/* harmony export */ });
/* unused harmony export readDocumentStages */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5328);
/* harmony import */ var _plain_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5876);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6629);




/** Any stage name: which stages a revision declares is not for a lenient reader of history to judge. */
function isStage(value) {
    return typeof value === 'string' && _names_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_NAME_PATTERN */ .Oc.test(value);
}
/**
 * The stages a manifest text records, read leniently: an old revision may not pass today's checks,
 * and whatever can be read of it still counts. Undefined when the text is not YAML at all. The plain layout (the
 * one model-stages writes) is read by the fast line reader; anything else by the YAML parser.
 */
function readStages(text) {
    return stagesOfValue((0,_plain_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlainLayout */ .B)(text)) ?? readDocumentStages(text);
}
/** readStages by the YAML parser alone, whatever the layout. */
function readDocumentStages(text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: false });
    if (doc.errors.length > 0)
        return undefined;
    const stages = new Map();
    const models = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .findPair */ .c6)(doc.contents, 'models')?.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(models))
        return stages;
    for (const modelPair of models.items) {
        const model = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .keyString */ .Ve)(modelPair.key);
        const versions = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .findPair */ .c6)(modelPair.value, 'versions')?.value;
        if (model === undefined || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(versions))
            continue;
        const byVersion = new Map();
        for (const versionPair of versions.items) {
            const key = versionPair.key;
            const version = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value !== 'string' ? (key.source ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .keyString */ .Ve)(key)) : (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .keyString */ .Ve)(key);
            const stage = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .findPair */ .c6)(versionPair.value, 'stage')?.value;
            if (version !== undefined && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(stage) && isStage(stage.value))
                byVersion.set(version, stage.value);
        }
        stages.set(model, byVersion);
    }
    return stages;
}
function isMapValue(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** readStages' rules applied to a value already read: models with a versions map, versions with a known stage. */
function stagesOfValue(value) {
    if (!isMapValue(value) || !isMapValue(value.models))
        return undefined;
    const stages = new Map();
    for (const [model, entry] of Object.entries(value.models)) {
        const versions = isMapValue(entry) ? entry.versions : undefined;
        if (!isMapValue(versions))
            continue;
        const byVersion = new Map();
        for (const [version, details] of Object.entries(versions)) {
            const stage = isMapValue(details) ? details.stage : undefined;
            if (isStage(stage))
                byVersion.set(version, stage);
        }
        stages.set(model, byVersion);
    }
    return stages;
}
/** readStages for a block of model entries. */
function readModelBlock(block) {
    return readStages(`models:\n${block}`);
}


/***/ }),

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ pullRequestNumber),
/* harmony export */   w: () => (/* binding */ formerVersionsIn)
/* harmony export */ });
/** "Merge pull request #12 from …" or a squash merge's "Subject (#12)". */
function pullRequestNumber(subject) {
    if (!subject)
        return null;
    const match = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
    return match ? Number(match[1]) : null;
}
/** Versions of a model that were in a stage and left it, ordered by when they last left (most recent last). */
function formerVersionsIn(entries, model, stage) {
    const order = [];
    for (const entry of entries) {
        if (entry.model !== model || entry.from !== stage)
            continue;
        const seen = order.indexOf(entry.version);
        if (seen !== -1)
            order.splice(seen, 1);
        order.push(entry.version);
    }
    return order;
}


/***/ }),

/***/ 7337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ diffStages)
/* harmony export */ });
/** Every version whose stage differs between two states, models and versions in the order written. */
function diffStages(before, after) {
    const changes = [];
    const models = new Set([...before.keys(), ...after.keys()]);
    for (const model of models) {
        const old = before.get(model) ?? new Map();
        const current = after.get(model) ?? new Map();
        const versions = new Set([...old.keys(), ...current.keys()]);
        for (const version of versions) {
            const from = old.get(version) ?? null;
            const to = current.get(version) ?? null;
            if (from !== to)
                changes.push({ model, version, from, to });
        }
    }
    return changes;
}


/***/ })

};
