export const id = 976;
export const ids = [976];
export const modules = {

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ setMoveOutputs),
/* harmony export */   u: () => (/* binding */ setOutput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _adapters_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3753);
/* harmony import */ var _reporting_describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4465);
/* harmony import */ var _stages_queries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7331);




/** A step output, written through the run's one redaction step (an output can quote a manifest or a validation). */
function setOutput(name, value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, (0,_adapters_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(value));
}
function setMoveOutputs(published, mode) {
    const { outcome } = published;
    const { plan } = outcome;
    const requested = plan.transitions.find(t => t.cause === 'requested');
    const data = outcome.verdict === 'failed' ? outcome.manifest.data : plan.result;
    const entry = data.models[plan.model]?.versions.get(plan.version);
    const production = data.models[plan.model] ? (0,_stages_queries_js__WEBPACK_IMPORTED_MODULE_3__/* .productionVersion */ .ix)(data, plan.model) : undefined;
    const written = outcome.changed && (mode === 'dry-run' || published.commitSha !== undefined);
    setOutput('changed', String(written));
    setOutput('model', plan.model);
    setOutput('version', plan.version);
    setOutput('stage', entry?.stage ?? '');
    setOutput('previous-stage', requested?.from ?? outcome.manifest.data.models[plan.model]?.versions.get(plan.version)?.stage ?? '');
    setOutput('archived', JSON.stringify(outcome.verdict === 'failed' ? [] : (0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .archivedBy */ .uP)(plan)));
    setOutput('production-version', production ?? '');
    setOutput('production-uri', (production && data.models[plan.model]?.versions.get(production)?.uri) || '');
    setOutput('validation', outcome.verdict);
    setOutput('pull-request-number', published.pullRequest ? String(published.pullRequest.number) : '');
    setOutput('pull-request-url', published.pullRequest?.url ?? '');
    setOutput('commit-sha', published.commitSha ?? '');
    setOutput('gates', JSON.stringify(outcome.admission?.gates ?? []));
    // Set only when there is something to say: an output never set reads as empty in a workflow.
    if (published.deployments?.length)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('deployments', JSON.stringify(published.deployments));
    if (outcome.admission?.override)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('override', outcome.admission.override.reason);
}


/***/ }),

/***/ 8579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ lineStart),
/* harmony export */   R6: () => (/* binding */ versionEntries),
/* harmony export */   dG: () => (/* binding */ modelsLayout),
/* harmony export */   kd: () => (/* binding */ lineEnd),
/* harmony export */   lt: () => (/* binding */ blockEnd),
/* harmony export */   qL: () => (/* binding */ blockStart),
/* harmony export */   wG: () => (/* binding */ versionsLayout),
/* harmony export */   xP: () => (/* binding */ modelBlock)
/* harmony export */ });
/* unused harmony export indentAt */
/*
 * The block scanner: where the block-style `models:` map is in a manifest's text, where each model's block is, and
 * a model's `versions:` map and its entries, found from the lines' indentation alone. It scans a string or a
 * revision's bytes alike (history follows thousands of revisions, and turning each into a string to scan it would
 * cost more than the rest of the work).
 */
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const HASH = 0x23;
function codeAt(text, offset) {
    return typeof text === 'string' ? text.charCodeAt(offset) : (text[offset] ?? Number.NaN);
}
/** The start of the line after the one at `offset` (the end of the text for the last line). */
function lineEnd(text, offset) {
    const newline = typeof text === 'string' ? text.indexOf('\n', offset) : text.indexOf(NEWLINE, offset);
    return newline === -1 ? text.length : newline + 1;
}
/** The start of the line that holds `offset`. */
function lineStart(text, offset) {
    if (offset <= 0)
        return 0;
    const newline = typeof text === 'string' ? text.lastIndexOf('\n', offset - 1) : text.lastIndexOf(NEWLINE, offset - 1);
    return newline + 1;
}
/** The indentation of the line at `start`, or undefined for a blank or comment-only line (they belong to no block). */
function indentAt(text, start) {
    let position = start;
    while (codeAt(text, position) === SPACE)
        position++;
    const next = codeAt(text, position);
    return position >= text.length || next === NEWLINE || next === CARRIAGE_RETURN || next === HASH
        ? undefined
        : position - start;
}
/**
 * The characters of `text` from `start` to `end`, for the regular expressions below: latin1 for bytes keeps one byte
 * one character, so offsets stay those of the bytes.
 */
function section(text, start, end) {
    return typeof text === 'string'
        ? text.slice(start, end)
        : Buffer.from(text.buffer, text.byteOffset, text.length).toString('latin1', start, end);
}
/** A line of the models map with content (a model key, or more indented), captured: its indentation. */
const CONTENT_LINE = /\n( *)[^ \n\r#]/g;
/** A line at the top level: the first one after `models:` ends the models map. */
const TOP_LEVEL_LINE = /\n[^ \n\r#]/g;
/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
function modelsLayout(scanned) {
    const text = section(scanned, 0, scanned.length);
    const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text);
    if (!match)
        return undefined;
    const bodyStart = lineEnd(text, match.index);
    // Both searches start at the newline that ends the models: line; blank and comment lines are passed over.
    CONTENT_LINE.lastIndex = bodyStart - 1;
    const first = bodyStart < text.length ? CONTENT_LINE.exec(text) : null;
    const modelIndent = first?.[1]?.length;
    if (modelIndent === undefined || modelIndent === 0)
        return undefined;
    TOP_LEVEL_LINE.lastIndex = bodyStart - 1;
    const next = TOP_LEVEL_LINE.exec(text);
    return { lineStart: match.index, bodyStart, bodyEnd: next ? next.index + 1 : text.length, modelIndent };
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The start of the first line at or after `offset` indented `indent` or less (comments and blank lines pass), or
 * `end`: where a block of keys at `indent` ends.
 */
function nextLineAtOrBelow(text, offset, indent, end = text.length) {
    for (let start = offset; start < end; start = lineEnd(text, start)) {
        const at = indentAt(text, start);
        if (at !== undefined && at <= indent)
            return start;
    }
    return end;
}
/**
 * The start of the key line at `indent` at or before the line at `offset`, going no further up than `floor`
 * (returned when reached); undefined when a less indented line comes first.
 */
function keyLineAtOrBefore(text, offset, indent, floor) {
    let start = lineStart(text, offset);
    for (;;) {
        if (start <= floor)
            return floor;
        const at = indentAt(text, start);
        if (at !== undefined && at <= indent)
            return at === indent ? start : undefined;
        start = lineStart(text, start - 1);
    }
}
/**
 * The end of the block that holds the line at `offset`: the start of the next line at the models' indentation or
 * less (comments and blank lines in between go with the block).
 */
function blockEnd(text, offset, layout) {
    return nextLineAtOrBelow(text, offset, layout.modelIndent);
}
/**
 * The start of the model key line at or before the line at `offset`; undefined when a less indented line comes
 * first (the offset is not inside the models map).
 */
function blockStart(text, offset, layout) {
    return keyLineAtOrBefore(text, offset, layout.modelIndent, layout.bodyStart);
}
/**
 * The `versions:` map of the model whose block is `block` (from its key line, written alone on its line); undefined
 * unless the key is written plainly on a line of its own at the model's keys' indentation, with a block map below.
 */
function versionsLayout(text, block) {
    const lines = section(text, block.start, block.end);
    const keysStart = lines.indexOf('\n') + 1;
    if (keysStart === 0)
        return undefined;
    CONTENT_LINE.lastIndex = keysStart - 1;
    const keyIndent = CONTENT_LINE.exec(lines)?.[1]?.length;
    if (keyIndent === undefined)
        return undefined;
    const key = new RegExp(`^ {${keyIndent}}versions:[ \\t]*(#.*)?\\r?$`, 'm').exec(lines.slice(keysStart));
    if (!key)
        return undefined;
    const lineStart = block.start + keysStart + key.index;
    const bodyStart = lineEnd(text, lineStart);
    const bodyEnd = nextLineAtOrBelow(text, bodyStart, keyIndent, block.end);
    CONTENT_LINE.lastIndex = bodyStart - block.start - 1;
    const firstEntry = CONTENT_LINE.exec(lines);
    const versionIndent = firstEntry && block.start + firstEntry.index + 1 < bodyEnd ? firstEntry[1]?.length : undefined;
    if (versionIndent === undefined || versionIndent <= keyIndent)
        return undefined;
    return { lineStart, bodyStart, bodyEnd, versionIndent };
}
/**
 * The version entries around the bytes from `start` to `end`: from the version key line at or before `start` to
 * the next version key line (or the map's end) at or after `end`. Undefined when `start` or `end` is outside the
 * versions map.
 */
function versionEntries(text, versions, start, end) {
    if (start < versions.bodyStart || end > versions.bodyEnd)
        return undefined;
    const first = keyLineAtOrBefore(text, start, versions.versionIndent, versions.bodyStart);
    if (first === undefined)
        return undefined;
    return { start: first, end: nextLineAtOrBelow(text, end, versions.versionIndent, versions.bodyEnd) };
}
/**
 * The lines of one model: from its key line to the next line at the models' indentation. Undefined when its key is
 * not written plainly on a line of its own.
 */
function modelBlock(text, layout, model, from = layout.bodyStart) {
    const key = `(${escape(model)}|"${escape(model)}"|'${escape(model)}')`;
    const pattern = new RegExp(`^ {${layout.modelIndent}}${key}:[ \\t]*(#.*)?\\r?$`, 'gm');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match || match.index >= layout.bodyEnd)
        return undefined;
    return {
        start: match.index,
        end: Math.min(blockEnd(text, lineEnd(text, match.index), layout), layout.bodyEnd)
    };
}


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ readPlainData)
/* harmony export */ });
/* unused harmony export MAX_NESTING */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);

/*
 * The manifest is plain data. One strict profile, checked on js-yaml's event stream before any value is built:
 * no anchors or aliases, merge keys, tags, directives or second documents; keys are text, never __proto__,
 * constructor or prototype, and appear once in their map; no control character but tab in any scalar (a line
 * break in a block scalar is text); no lone CR line ending; nesting bounded. A text that passes means the same to
 * every YAML reader, so what `check` reviews is exactly what every other command reads.
 */
/** How deep maps and lists may nest: a manifest needs six levels, metadata a few more. */
const MAX_NESTING = 32;
/** A text that breaks the profile everywhere (an alias bomb) is told in this many problems, then counted. */
const MAX_PROBLEMS = 20;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Control characters but tab, line feed and CR (line breaks are checked apart): C0, DEL, C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;
// eslint-disable-next-line no-control-regex -- likewise, with CR too (a quoted value may hold \n, never \r)
const LINE_BREAK_IN_VALUE = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const LONE_CR = /\r(?!\n)/;
/** The core schema's implicit scalar types other than text: a plain key that one of them reads is not text. */
const NON_TEXT_TAGS = [
    { tag: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .nullCoreTag */ .DX, reads: 'null' },
    { tag: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .boolCoreTag */ .G7, reads: 'a boolean' },
    { tag: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .intCoreTag */ .Z7, reads: 'a number' },
    { tag: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .floatCoreTag */ .ok, reads: 'a number' }
];
/** The non-text types a plain scalar may be read as, by its first character (as js-yaml's schema indexes them). */
const NON_TEXT_BY_FIRST_CHAR = new Map();
const NON_TEXT_ANY_FIRST_CHAR = NON_TEXT_TAGS.filter(({ tag }) => tag.implicitFirstChars === null);
for (const { tag } of NON_TEXT_TAGS)
    for (const first of tag.implicitFirstChars ?? [])
        NON_TEXT_BY_FIRST_CHAR.set(first, NON_TEXT_TAGS.filter(other => other.tag.implicitFirstChars?.includes(first) ?? true));
/**
 * A plain scalar that the core schema reads as something other than text, with js-yaml's own resolvers in the
 * schema's order (null, boolean, integer, float); undefined when it is text.
 */
function nonText(source) {
    for (const { tag, reads } of NON_TEXT_BY_FIRST_CHAR.get(source.charAt(0)) ?? NON_TEXT_ANY_FIRST_CHAR) {
        const value = tag.resolve(source, false, tag.tagName);
        if (value !== js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .NOT_RESOLVED */ .Hg)
            return { value, reads };
    }
    return undefined;
}
/** A plain scalar's value as the core schema reads it. */
function plainValue(source) {
    const reading = nonText(source);
    return reading ? reading.value : source;
}
/** The path of every collection below the third level: nothing there is named by its path. */
const DEEP = ['', '', '', ''];
function keyKind(path) {
    if (path.length === 1 && path[0] === 'models')
        return 'model name';
    if (path.length === 3 && path[0] === 'models' && path[2] === 'versions')
        return 'version';
    return 'key';
}
function describeControl(value) {
    const code = CONTROL.exec(value)?.[0]?.charCodeAt(0) ?? 0;
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Checks a text against the profile and, when it passes, reads its value. Problems carry offsets; the caller turns
 * them into lines and columns.
 */
function readPlainData(text) {
    const problems = [];
    const loneCr = LONE_CR.exec(text);
    if (loneCr)
        problems.push({
            offset: loneCr.index,
            message: 'a line ends with a lone carriage return (CR): save the file with LF or CRLF line endings'
        });
    const raw = CONTROL.exec(text);
    if (raw)
        problems.push({
            offset: raw.index,
            message: `control character ${describeControl(raw[0])} in the text: only tab and line breaks are allowed`
        });
    // A byte-order mark belongs at the start of a file; inside it, readers disagree on what it means.
    const bom = text.indexOf('\ufeff', 1);
    if (bom !== -1)
        problems.push({
            offset: bom,
            message: 'a byte-order mark (U+FEFF) inside the text: it may only start the file; remove it'
        });
    if (problems.length > 0)
        return { problems };
    let events;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { maxDepth: MAX_NESTING });
    }
    catch (error) {
        if (!(error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB))
            throw error;
        const nesting = /maxDepth/.test(error.reason);
        return {
            problems: [
                {
                    offset: error.mark?.position ?? 0,
                    message: nesting
                        ? `maps and lists nest deeper than ${MAX_NESTING} levels: a manifest is flat data`
                        : `YAML syntax: ${error.reason}`
                }
            ]
        };
    }
    const versionOrder = new Map();
    const value = walk(text, events, problems, versionOrder);
    if (problems.length > MAX_PROBLEMS)
        return {
            problems: [
                ...problems.slice(0, MAX_PROBLEMS),
                {
                    offset: problems[MAX_PROBLEMS]?.offset ?? 0,
                    message: `and ${problems.length - MAX_PROBLEMS} more problem(s) like these, not listed`
                }
            ]
        };
    if (problems.length > 0)
        return { problems };
    return { data: { value, versionOrder }, problems };
}
/**
 * One pass over the events: each is checked against the profile, and the document's value is built as the core
 * schema reads it (what js-yaml's load gives; the differential tests hold it to that, and to eemeli/yaml).
 */
function walk(text, events, problems, versionOrder) {
    const stack = [];
    let parent;
    let documents = 0;
    let root = null;
    const problem = (offset, message) => problems.push({ offset, message });
    // Once the text breaks the profile, values are no longer built; a map still records its accepted keys (as null),
    // so that every duplicate is found.
    const place = (role, value) => {
        if (!parent)
            root = value;
        else if (role === 'value') {
            if (parent.keyAccepted)
                parent.container[parent.current] =
                    problems.length > 0 ? null : value;
        }
        else if (role === 'item' && problems.length === 0)
            parent.container.push(value);
    };
    const finish = (role) => {
        if (!parent)
            return;
        if (role === 'key')
            parent.expectKey = false;
        else if (role === 'value')
            parent.expectKey = true;
        else if (role === 'item')
            parent.current = parent.current + 1;
    };
    for (let index = 0; index < events.length; index++) {
        const event = events[index];
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_POP */ .lV) {
            const frame = stack.pop();
            parent = stack[stack.length - 1];
            if (frame?.order && typeof frame.path[1] === 'string')
                versionOrder.set(frame.path[1], frame.order);
            if (frame)
                finish(frame.role);
            continue;
        }
        const role = !parent ? 'root' : parent.isMap ? (parent.expectKey ? 'key' : 'value') : 'item';
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_SCALAR */ ._W) {
            if (event.anchorStart !== -1 || event.tagStart !== -1)
                properties(text, event, problem);
            const value = event.fast ? text.slice(event.valueStart, event.valueEnd) : (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, event);
            if (role === 'key') {
                checkKey(event, value, parent, problem);
            }
            else if (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE_PLAIN */ .sr) {
                place(role, plainValue(value));
            }
            else if (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE_DOUBLE_QUOTED */ .Mk &&
                !event.fast &&
                LINE_BREAK_IN_VALUE.test(value)) {
                problem(event.valueStart, `control character ${describeControl(value)} in a quoted value: only tab and line breaks are allowed`);
                place(role, null);
            }
            else
                place(role, value);
            finish(role);
            continue;
        }
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_DOCUMENT */ .FQ) {
            documents++;
            if (event.directives.length > 0) {
                const directive = /^%/m.exec(text);
                problem(directive?.index ?? 0, 'a % directive (%YAML, %TAG): the manifest is plain YAML 1.2; remove it');
            }
            if (documents === 2) {
                const marker = /^(---|\.\.\.)/m.exec(text);
                problem(marker?.index ?? 0, 'a second YAML document: the manifest is one document; remove what follows');
            }
            continue;
        }
        if (event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ALIAS */ .Sm) {
            problem(event.anchorStart - 1, 'an alias (*name): anchors and aliases are not allowed in the manifest; write the value out');
            if (role === 'value')
                place(role, null);
            finish(role);
            continue;
        }
        if (event.anchorStart !== -1 || event.tagStart !== -1)
            properties(text, event, problem);
        if (role === 'key')
            problem(event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_MAPPING */ .uj || event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_SEQUENCE */ .$J ? event.start : 0, 'a map or list used as a key: keys are text');
        // Only the first three keys name anything (models → name → versions): deeper paths are not kept.
        const path = !parent ? [] : parent.path.length < 3 ? [...parent.path, parent.current] : DEEP;
        const isMap = event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_MAPPING */ .uj;
        const isVersions = isMap && path.length === 3 && path[0] === 'models' && path[2] === 'versions';
        const container = isMap ? {} : [];
        if (role !== 'key')
            place(role, container);
        parent = {
            isMap,
            container,
            expectKey: true,
            current: isMap ? '' : 0,
            keyAccepted: false,
            path,
            role,
            order: isVersions ? [] : undefined
        };
        stack.push(parent);
    }
    return root;
}
/** Anchors and tags: the profile has neither. */
function properties(text, event, problem) {
    if (event.anchorStart !== -1)
        problem(event.anchorStart - 1, 'an anchor (&name): anchors and aliases are not allowed in the manifest; write the value out');
    if (event.tagStart !== -1)
        problem(event.tagStart, `a tag (${text.slice(event.tagStart, event.tagEnd)}): tags are not allowed in the manifest; remove it`);
}
/** Keys repeat (stage, uri, metrics…): each text is judged once per process, apart for plain and quoted keys. */
const plainKeyVerdicts = new Map();
const quotedKeyVerdicts = new Map();
function judgeKey(key, plain) {
    if (plain && key === '<<')
        return () => 'a merge key (<<): the manifest is plain data; write the entries out';
    if (FORBIDDEN_KEYS.has(key))
        return () => `${JSON.stringify(key)} cannot be a key: it names a part of every JavaScript object; rename it`;
    const reading = plain ? nonText(key)?.reads : undefined;
    if (reading)
        return kind => `${kind} ${key} is read by YAML as ${reading}, not text: quote it as "${key}"`;
    if (CONTROL.test(key) || /[\n\r]/.test(key))
        return () => `control character ${describeControl(key)} in a key: keys are one line of text`;
    return null;
}
function keyVerdict(key, plain) {
    const verdicts = plain ? plainKeyVerdicts : quotedKeyVerdicts;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
        verdict = judgeKey(key, plain);
        verdicts.set(key, verdict);
    }
    return verdict;
}
function checkKey(event, key, parent, problem) {
    const where = event.valueStart - (event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE_PLAIN */ .sr ? 0 : 1);
    parent.current = key;
    parent.keyAccepted = false;
    const verdict = keyVerdict(key, event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE_PLAIN */ .sr);
    if (verdict) {
        problem(where, verdict(keyKind(parent.path)));
        return;
    }
    // The map being built holds every key read so far (the profile's problems stop building only the values).
    if (Object.hasOwn(parent.container, key)) {
        const written = event.style === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE_PLAIN */ .sr ? key : JSON.stringify(key);
        problem(where, `duplicate key ${written}: a key may appear only once in a map`);
        return;
    }
    parent.keyAccepted = true;
    parent.order?.push(key);
}


/***/ }),

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ readModelsBlock),
/* harmony export */   IX: () => (/* binding */ readManifestForModel),
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   gp: () => (/* binding */ openManifest),
/* harmony export */   rx: () => (/* binding */ readStageMap)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2214);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5395);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8579);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6629);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1905);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9880);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8277);
/* harmony import */ var _stage_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8341);








/**
 * Above this size (in characters), the schema compiled into a specialised checker (same results, same errors) pays
 * for the milliseconds its compilation takes; below it, the schema runs as it is.
 */
const COMPILED_CHECK_FROM = 512 * 1024;
let compiledManifestSchema;
/**
 * The schema with zod's generated parser as its fast path (the runtime parser still words every failure). zod's
 * `compile` also generates an assert-only validator, which safeParse never calls: generating only the parser halves
 * the cost. zod marks compileFn internal (it is exported and typed): should it change, tsc says so, and at run time
 * the catch below runs the schema as it is, with the same results, only slower — as for a schema zod cannot compile.
 */
function compiled(schema) {
    try {
        return (0,zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .withParser */ .e1)(schema, (0,zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .compileFn */ .o0)(schema));
    }
    catch {
        return schema;
    }
}
/**
 * The manifest schema with each model checked by its generated parser; the few top-level keys and the models map
 * run as they are. Generated whole, the manifest's parser writes a record's value check twice (for its names and
 * for its symbols) at each of models, versions and metrics: four times the model's code, which took 10–15 ms to
 * generate at every start against 5–6 ms for the model's alone.
 */
function manifestChecker(size) {
    if (size < COMPILED_CHECK_FROM)
        return _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestSchema */ .pL;
    compiledManifestSchema ??= (0,zod_mini__WEBPACK_IMPORTED_MODULE_4__/* .extend */ .X$i)(_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestSchema */ .pL, { models: (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .modelsMap */ .LY)(compiled(_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelSchema */ .$3)) });
    return compiledManifestSchema;
}
function placed(text, file, problems) {
    return problems.map(problem => ({ file, ...(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(text, problem.offset), message: problem.message }));
}
/** The versions as the profile saw them written: an object cannot keep "7" after "1.5.0". */
function inOrder(model, versions, plain) {
    const ordered = new Map();
    for (const version of plain.versionOrder.get(model) ?? Object.keys(versions)) {
        const entry = versions[version];
        if (entry)
            ordered.set(version, entry);
    }
    return ordered;
}
function withOrder(checked, plain) {
    const models = {};
    for (const [name, model] of Object.entries(checked.models))
        models[name] = { ...model, versions: inOrder(name, model.versions, plain) };
    return { ...checked, models };
}
function read(text, file) {
    const { data, problems } = (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlainData */ .B)(text);
    if (!data)
        return { problems: placed(text, file, problems) };
    if (data.value === null)
        return {
            problems: [
                {
                    file,
                    line: 1,
                    column: 1,
                    message: 'the manifest is empty: it needs `version: 1` and a `models:` map'
                }
            ]
        };
    const result = manifestChecker(text.length).safeParse(data.value);
    if (result.success && (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .stageProblems */ .N)(result.data).length === 0)
        return { manifest: withOrder(result.data, data) };
    return { value: data.value, issues: result.success ? [] : result.error.issues };
}
async function settle(text, file, reading) {
    if ('manifest' in reading)
        return { manifest: reading.manifest, problems: [] };
    if ('problems' in reading)
        return { problems: reading.problems };
    const { schemaProblems } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 5139));
    return { problems: schemaProblems(text, file, reading.value, reading.issues) };
}
/** The whole manifest, or every problem in it at its line and column. */
async function checkManifest(text, file) {
    return settle(text, file, read(text, file));
}
/** The whole manifest, checked: its problems are thrown as a ManifestError, each at its line. */
async function readManifest(text, file) {
    const { manifest, problems } = await checkManifest(text, file);
    if (!manifest)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh(problems);
    return manifest;
}
/**
 * The models of a block of model entries (as they stand under `models:`), each valid under `stages`; undefined when
 * anything in it is not, so that the whole file is read and its problems placed.
 */
function readModelsBlock(block, stages) {
    const { data } = (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlainData */ .B)(`models:\n${block}`);
    const value = data?.value;
    if (!data || typeof value?.models !== 'object' || value.models === null)
        return undefined;
    const checked = {};
    for (const [name, entry] of Object.entries(value.models)) {
        const model = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelSchema */ .$3.safeParse(entry);
        if (!model.success)
            return undefined;
        checked[name] = model.data;
    }
    if ((0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .stageProblems */ .N)({ stages, models: checked }).length > 0)
        return undefined;
    return withOrder({ version: 1, models: checked }, data).models;
}
/**
 * The header and one model read from the model's block alone, when all of it is valid (the models map last in the
 * file, the model's key written once); undefined otherwise. Nothing about one model depends on the others.
 */
function readModelAlone(text, model) {
    const layout = (0,_blocks_js__WEBPACK_IMPORTED_MODULE_6__/* .modelsLayout */ .dG)(text);
    const block = layout && (0,_blocks_js__WEBPACK_IMPORTED_MODULE_6__/* .modelBlock */ .xP)(text, layout, model);
    if (!layout || !block || layout.bodyEnd !== text.length)
        return undefined;
    // A second block for the same key is a duplicate the whole file's check reports.
    if ((0,_blocks_js__WEBPACK_IMPORTED_MODULE_6__/* .modelBlock */ .xP)(text, layout, model, block.end))
        return undefined;
    const header = read(`${text.slice(0, layout.lineStart)}models: {}\n`, '');
    if (!('manifest' in header))
        return undefined;
    const models = readModelsBlock(text.slice(block.start, block.end), header.manifest.stages);
    const entry = models?.[model];
    if (!models || !entry || Object.keys(models).length !== 1)
        return undefined;
    return { ...header.manifest, models: { [model]: entry } };
}
/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
async function readManifestForModel(text, file, model) {
    return readModelAlone(text, model) ?? readManifest(text, file);
}
/** The manifest, read whole or (given a model) as the header and that model, ready to be edited. */
async function openManifest(text, file, model) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const alone = model === undefined ? undefined : readModelAlone(text, model);
    const data = alone ?? (await readManifest(text, file));
    let doc;
    return {
        file,
        text,
        data,
        ...(alone && model !== undefined ? { model } : {}),
        get doc() {
            doc ??= parseDocument(text, { uniqueKeys: true });
            return doc;
        }
    };
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The stage of every version a revision records, in the order written. An old revision need not pass today's
 * schema, and whatever stages it records count; but it is read through the same profile as every other text, and a
 * revision that breaks it is a ManifestError (naming `file`), never read another way.
 */
function readStageMap(text, file) {
    const stages = new Map();
    if (text.length === 0)
        return stages;
    const { data, problems } = (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlainData */ .B)(text);
    if (!data)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh(placed(text, file, problems));
    const models = isMap(data.value) ? data.value.models : undefined;
    if (!isMap(models))
        return stages;
    for (const [model, entry] of Object.entries(models)) {
        const versions = isMap(entry) ? entry.versions : undefined;
        if (!isMap(versions))
            continue;
        const byVersion = new Map();
        for (const version of data.versionOrder.get(model) ?? []) {
            const details = versions[version];
            const stage = isMap(details) ? details.stage : undefined;
            if (typeof stage === 'string' && _names_js__WEBPACK_IMPORTED_MODULE_7__/* .STAGE_NAME_PATTERN */ .Oc.test(stage))
                byVersion.set(version, stage);
        }
        stages.set(model, byVersion);
    }
    return stages;
}


/***/ }),

/***/ 8341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ stageProblems),
/* harmony export */   j: () => (/* binding */ declaredStageNames)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6629);

function isMapValue(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The declared stages as far as they can be read (a broken list is reported by the schema), else the default. */
function declaredStages(manifest) {
    const declared = Array.isArray(manifest.stages)
        ? manifest.stages.filter((stage) => isMapValue(stage) && typeof stage.name === 'string')
        : [];
    if (declared.length === 0)
        return { names: [..._names_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an], exclusive: new Set(['production']) };
    return {
        names: [...declared.map(stage => stage.name), _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHIVED */ .Ts],
        exclusive: new Set(declared.filter(stage => stage.exclusive === true).map(stage => stage.name))
    };
}
/** Every stage name a version may take in a manifest, read leniently from its plain value. */
function declaredStageNames(manifest) {
    return isMapValue(manifest) ? declaredStages(manifest).names : [..._names_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGES */ .an];
}
/**
 * The stage problems of a manifest, read leniently from its plain value so that they are reported alongside
 * every other problem: each version's stage must be declared (or archived), and an exclusive stage holds at most
 * one version of a model.
 */
function stageProblems(manifest) {
    if (!isMapValue(manifest) || !isMapValue(manifest.models))
        return [];
    const { names, exclusive } = declaredStages(manifest);
    const problems = [];
    const allowed = new Set(names);
    for (const model in manifest.models) {
        const entry = manifest.models[model];
        const versions = isMapValue(entry) ? entry.versions : undefined;
        if (!isMapValue(versions))
            continue;
        // Only the exclusive stages are counted, and a path is made only for a problem: a valid manifest allocates nothing.
        let occupants;
        for (const version in versions) {
            const details = versions[version];
            const stage = isMapValue(details) ? details.stage : undefined;
            if (typeof stage !== 'string')
                continue;
            if (!allowed.has(stage)) {
                problems.push({
                    path: ['models', model, 'versions', version, 'stage'],
                    kind: 'undeclared',
                    message: `stage must be one of: ${names.join(', ')}`,
                    allowed: names
                });
                continue;
            }
            if (!exclusive.has(stage))
                continue;
            occupants ??= new Map();
            const held = occupants.get(stage);
            if (held)
                held.push(version);
            else
                occupants.set(stage, [version]);
        }
        for (const [stage, held] of occupants ?? []) {
            for (const version of held.slice(1))
                problems.push({
                    path: ['models', model, 'versions', version, 'stage'],
                    kind: 'exclusive',
                    message: `model ${model} has ${held.length} versions in ${stage} (${held.join(', ')}): at most one version of a model may be in ${stage}`,
                    allowed: names
                });
        }
    }
    problems.push(...freezeProblems(manifest, names));
    return problems;
}
/** A freeze names stages the manifest declares (archived cannot be frozen) and models it has. */
function freezeProblems(manifest, names) {
    if (!Array.isArray(manifest.freezes))
        return [];
    const stages = names.filter(name => name !== _names_js__WEBPACK_IMPORTED_MODULE_0__/* .ARCHIVED */ .Ts);
    const models = Object.keys(manifest.models);
    return manifest.freezes.flatMap((freeze, index) => {
        if (!isMapValue(freeze))
            return [];
        const named = (key, allowed, what) => Array.isArray(freeze[key])
            ? freeze[key].flatMap((name, at) => typeof name === 'string' && !allowed.includes(name)
                ? [
                    {
                        path: ['freezes', index, key, at],
                        kind: 'undeclared',
                        message: `${what} must be one of: ${allowed.join(', ')}`,
                        allowed
                    }
                ]
                : [])
            : [];
        return [...named('stages', stages, 'a frozen stage'), ...named('models', models, 'a frozen model')];
    });
}


/***/ }),

/***/ 7331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ evaluationCandidates),
/* harmony export */   It: () => (/* binding */ versionIn),
/* harmony export */   Wl: () => (/* binding */ newestInStage),
/* harmony export */   ix: () => (/* binding */ productionVersion),
/* harmony export */   x4: () => (/* binding */ versionsOf)
/* harmony export */ });
/* unused harmony export manifestStatus */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(480);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);



/** A model's versions; an unknown model is an input error that lists the known ones. */
function versionsOf(data, model) {
    (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY)(model);
    const entry = data.models[model];
    if (!entry) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownModel */ .w2)(model, Object.keys(data.models));
    }
    return entry.versions;
}
/** The version of a model in a stage (the first written, for a stage that is not exclusive). */
function versionIn(data, model, stage) {
    return [...versionsOf(data, model)].find(([, entry]) => entry.stage === stage)?.[0];
}
/** The live version: the one in the pipeline's last stage (production, without `stages:`). */
function productionVersion(data, model) {
    return versionIn(data, model, (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)((0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data)).name);
}
/** The newest (last written) version of a model in a stage. */
function newestInStage(data, model, stage) {
    return [...versionsOf(data, model)]
        .filter(([, entry]) => entry.stage === stage)
        .map(([version]) => version)
        .pop();
}
/**
 * The newest version in the first stage of every model (or of `model`), with the stage it is promoted to: the
 * candidates evaluate validates.
 */
function evaluationCandidates(data, model) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const from = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name;
    const to = pipeline.stages[1]?.name ?? (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name;
    const models = model === undefined ? Object.keys(data.models) : [model];
    return models.flatMap(name => {
        const version = newestInStage(data, name, from);
        return version === undefined ? [] : [{ model: name, version, from, to }];
    });
}
/** Where every model stands: one record per model, in the order written. */
function manifestStatus(data) {
    const pipeline = pipelineOf(data);
    const live = lastStage(pipeline).name;
    const first = firstStage(pipeline).name;
    return Object.entries(data.models).map(([model, entry]) => {
        // One pass over the versions: each stage's versions in the order written.
        const byStage = new Map();
        entry.versions.forEach(({ stage }, version) => {
            const versions = byStage.get(stage);
            if (versions)
                versions.push(version);
            else
                byStage.set(stage, [version]);
        });
        const inStage = (stage) => byStage.get(stage) ?? [];
        const status = {
            model,
            production: inStage(live)[0] ?? null,
            staging: inStage(first),
            archived: inStage(ARCHIVED)
        };
        if (data.stages)
            status.stages = Object.fromEntries(pipeline.stages.map(stage => [stage.name, [...inStage(stage.name)]]));
        return status;
    });
}


/***/ })

};
