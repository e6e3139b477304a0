export const id = 764;
export const ids = [764];
export const modules = {

/***/ 8579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ modelsLayout),
/* harmony export */   x: () => (/* binding */ modelBlock)
/* harmony export */ });
/** The indentation of the line at `start`, or undefined for a blank or comment-only line. */
function indentAt(text, start) {
    let position = start;
    while (text[position] === ' ')
        position++;
    const next = text[position];
    return next === undefined || next === '\n' || next === '\r' || next === '#' ? undefined : position - start;
}
function nextLine(text, start) {
    const newline = text.indexOf('\n', start);
    return newline === -1 ? text.length : newline + 1;
}
/** A line of the models map with content (a model key, or more indented), captured: its indentation. */
const CONTENT_LINE = /\n( *)[^ \n\r#]/g;
/** A line at the top level: the first one after `models:` ends the models map. */
const TOP_LEVEL_LINE = /\n[^ \n\r#]/g;
/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
function modelsLayout(text) {
    const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text);
    if (!match)
        return undefined;
    const bodyStart = nextLine(text, match.index);
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
 * The lines of one model: from its key line to the next line at the models' indentation (comments and blank
 * lines in between go with it). Undefined when its key is not written plainly on a line of its own.
 */
function modelBlock(text, layout, model, from = layout.bodyStart) {
    const key = `(${escape(model)}|"${escape(model)}"|'${escape(model)}')`;
    const pattern = new RegExp(`^ {${layout.modelIndent}}${key}:[ \\t]*(#.*)?\\r?$`, 'gm');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match || match.index >= layout.bodyEnd)
        return undefined;
    let end = nextLine(text, match.index);
    while (end < layout.bodyEnd) {
        const indent = indentAt(text, end);
        if (indent !== undefined && indent <= layout.modelIndent)
            break;
        end = nextLine(text, end);
    }
    return { start: match.index, end };
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ readValidModel),
/* harmony export */   Xk: () => (/* binding */ readValidModels),
/* harmony export */   mc: () => (/* binding */ readValidManifest)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2214);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8579);
/* harmony import */ var _plain_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5876);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6470);
/* harmony import */ var _stage_checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8341);






/**
 * Keys that YAML reads as something other than text (`1.10:` is the number 1.1) and merge keys (`<<:`), which
 * the two readers treat differently: a text with any of them goes to the position-tracking reader, which says so.
 */
const NEEDS_POSITIONS = /(^|[{,])[ \t]*([-+]?(\.\d|\d)[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|<<)[ \t]*:([ \t]|$)/m;
function readYaml(text) {
    // The plain-layout reader takes no such key: a text it reads needs no check for them.
    const plain = (0,_plain_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlainLayout */ .B)(text);
    if (plain !== undefined)
        return plain;
    if (NEEDS_POSITIONS.test(text))
        return undefined;
    try {
        return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
    }
    catch {
        return undefined;
    }
}
/**
 * Above this size (in characters), the schema compiled into a specialised checker (same results, same errors) pays
 * for the milliseconds its compilation takes; below it, the schema runs as it is.
 */
const COMPILED_CHECK_FROM = 512 * 1024;
let compiledManifestSchema;
function manifestChecker(size) {
    if (size < COMPILED_CHECK_FROM)
        return _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestSchema */ .pL;
    compiledManifestSchema ??= (0,zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .compile */ .wE)(_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestSchema */ .pL);
    return compiledManifestSchema;
}
/**
 * A valid manifest read fast, without positions (the plain-layout reader, else js-yaml). Undefined when it is not
 * plainly valid: then the position-tracking reader reads it, and reports every problem at its line.
 */
function readValidManifest(text) {
    const result = manifestChecker(text.length).safeParse(readYaml(text));
    if (!result.success)
        return undefined;
    return (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .stageProblems */ .N)(result.data).length === 0 ? result.data : undefined;
}
/**
 * The models of a block of model entries (`models:` prepended), each valid under the manifest's `stages`;
 * undefined otherwise.
 */
function readValidModels(block, stages) {
    const data = readYaml(`models:\n${block}`);
    if (typeof data !== 'object' || data === null || typeof data.models !== 'object' || data.models === null)
        return undefined;
    const models = {};
    for (const [name, value] of Object.entries(data.models)) {
        const entry = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelSchema */ .$3.safeParse(value);
        if (!entry.success)
            return undefined;
        models[name] = entry.data;
    }
    return (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .stageProblems */ .N)({ stages, models }).length === 0 ? models : undefined;
}
/**
 * The manifest's header and one model, read from the model's block alone when all of it is plainly valid (the
 * models map last in the file, the model's key written once); undefined otherwise. The other models' blocks are
 * not read: nothing about one model depends on them.
 */
function readValidModel(text, model) {
    const layout = (0,_blocks_js__WEBPACK_IMPORTED_MODULE_5__/* .modelsLayout */ .d)(text);
    const block = layout && (0,_blocks_js__WEBPACK_IMPORTED_MODULE_5__/* .modelBlock */ .x)(text, layout, model);
    if (!layout || !block || layout.bodyEnd !== text.length)
        return undefined;
    // A second block for the same key is a duplicate the whole file's check reports.
    if ((0,_blocks_js__WEBPACK_IMPORTED_MODULE_5__/* .modelBlock */ .x)(text, layout, model, block.end))
        return undefined;
    const header = readValidManifest(`${text.slice(0, layout.lineStart)}models: {}\n`);
    const models = header && readValidModels(text.slice(block.start, block.end), header.stages);
    const entry = models?.[model];
    if (!header || !models || !entry || Object.keys(models).length !== 1)
        return undefined;
    return { ...header, models: { [model]: entry } };
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

/***/ 6470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ ModelSchema),
/* harmony export */   AV: () => (/* binding */ StageDeclarationSchema),
/* harmony export */   pL: () => (/* binding */ ManifestSchema),
/* harmony export */   qb: () => (/* binding */ VersionEntrySchema)
/* harmony export */ });
/* unused harmony exports ModelNameSchema, VersionStringSchema, StageSchema, DURATION_PATTERN, GateSchema, GatesSchema, StagesSchema, manifestJsonSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9396);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3759);
/* harmony import */ var zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(252);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6629);



// zod/mini carries no messages of its own: the English ones name what was expected ("expected string").
zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W((0,zod_v4_locales_en_js__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)());
/**
 * A schema with a description, which the published JSON Schema carries for editors. Each call registers a schema
 * made for it: a registered schema takes one description. (Registered, not attached as a check, so that the
 * compiled checker can take the schema whole.)
 */
function described(schema, description) {
    zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .globalRegistry */ .fd.add(schema, { description });
    return schema;
}
const ModelNameSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._regex */ .Fk(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .MODEL_NAME_PATTERN */ .lM, { error: `a model name is ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .MODEL_NAME_RULE */ .bA}` })), `Model name: ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .MODEL_NAME_RULE */ .bA}.`);
const VersionStringSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._regex */ .Fk(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION_PATTERN */ .Q6, { error: `a version string is ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION_RULE */ .wI}` })), `Version string: ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION_RULE */ .wI}.`);
const StageSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: `stage must be one of: ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .STAGES */ .an.join(', ')}` }), `Lifecycle stage of this version: one of the stages the manifest declares, or ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .ARCHIVED */ .Ts}. Without stages: ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .STAGES */ .an.join(', ')}.`);
/** `30m`, `24h`, `7d`. */
const DURATION_PATTERN = /^[1-9]\d*(m|h|d)$/;
const validateCommand = (description) => described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(1, { error: 'the validation command is empty' })), description);
const VALIDATE_DESCRIPTION = 'Shell command run in the repository root to validate a version before it enters production. ' +
    'It gets MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_STAGE, MODEL_TARGET_STAGE and MODEL_STAGES_MANIFEST ' +
    'in its environment; exit code 0 means it passed.';
/** A change rule's size: an absolute number, or a percentage of production's value ("5%"). */
const amount = (description) => described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
    zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'a number, or a percentage such as "5%"' })
        .check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._nonnegative */ .UI({ error: 'must not be negative' })),
    zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._regex */ .Fk(/^\d+(\.\d+)?%$/, { error: 'a number, or a percentage such as "5%"' }))
]), description);
const GateSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    better: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['higher', 'lower'], { error: 'better must be higher or lower' }), 'Which way is better (default higher).')),
    min: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'min must be a number' }), 'The lowest value allowed (inclusive).')),
    max: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'max must be a number' }), 'The highest value allowed (inclusive).')),
    max_regression: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(amount('How much worse than production the candidate may be.')),
    min_improvement: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(amount('How much better than production the candidate must be.'))
})
    .check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .refine */ .YPB(gate => gate.max_regression === undefined || gate.min_improvement === undefined, {
    error: 'a gate has max_regression or min_improvement, not both'
})), 'The rules one metric must meet for a version to enter production.');
const gates = (description) => described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), GateSchema), description);
const GatesSchema = gates('Metric name → its gate.');
const baseline = () => described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['recorded', 'rerun'], { error: 'baseline must be recorded or rerun' }), "Where production's metrics come from: its recorded metrics (default), or its validation run again in the same run.");
const StageDeclarationSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    name: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'a stage name is text' }).check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._regex */ .Fk(_names_js__WEBPACK_IMPORTED_MODULE_5__/* .STAGE_NAME_PATTERN */ .Oc, { error: `a stage name is ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .MODEL_NAME_RULE */ .bA}` }), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .refine */ .YPB(name => name !== _names_js__WEBPACK_IMPORTED_MODULE_5__/* .ARCHIVED */ .Ts, {
        error: `${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .ARCHIVED */ .Ts} is always there and cannot be declared: leave it out of stages`
    })), `Stage name: ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .MODEL_NAME_RULE */ .bA}.`),
    exclusive: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY({ error: 'exclusive must be true or false' }), 'At most one version of a model in this stage: entering it archives the one it replaces.')),
    validate: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(validateCommand("The command a version must pass to enter this stage (else the model's, else defaults.validate).")),
    soak: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'soak is a duration such as "30m", "24h" or "7d"' })
        .check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._regex */ .Fk(DURATION_PATTERN, { error: 'soak is a duration such as "30m", "24h" or "7d"' })), 'How long a version must have spent in its current stage before it may enter this one.')),
    environment: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP({ error: 'environment is the name of a GitHub environment' })
        .check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(1, { error: 'environment is the name of a GitHub environment' })), 'GitHub environment: a version entering this stage is recorded as a deployment to it.')),
    gates: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(gates('Metric gates a version must meet to enter this stage.'))
}), 'One stage of the pipeline.');
const StagesSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(StageDeclarationSchema, { error: 'stages is a list of stages, each with a name' }).check(zod_mini__WEBPACK_IMPORTED_MODULE_4__/* ._minLength */ .m9(2, {
    error: 'stages needs at least two: where register puts a version, and where it is promoted to'
}), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .superRefine */ .zni((stages, context) => {
    const seen = new Set();
    stages.forEach((stage, index) => {
        if (seen.has(stage.name))
            context.addIssue({
                code: 'custom',
                path: [index, 'name'],
                message: `stage ${stage.name} is declared twice`,
                input: stage.name
            });
        seen.add(stage.name);
    });
    const first = stages[0];
    const last = stages[stages.length - 1];
    if (first?.exclusive)
        context.addIssue({
            code: 'custom',
            path: [0, 'exclusive'],
            message: `the first stage (${first.name}) takes every new version: it cannot be exclusive`,
            input: first.exclusive
        });
    if (first?.soak !== undefined)
        context.addIssue({
            code: 'custom',
            path: [0, 'soak'],
            message: `the first stage (${first.name}) is entered by register, not by promotion: it has no soak`,
            input: first.soak
        });
    if (last && last.exclusive !== true)
        context.addIssue({
            code: 'custom',
            path: [stages.length - 1, 'name'],
            message: `the last stage (${last.name}) holds the live version: declare it with exclusive: true`,
            input: last.name
        });
})), `The stages a version moves through, in order (${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .ARCHIVED */ .Ts} is implicit). Without it: ${_names_js__WEBPACK_IMPORTED_MODULE_5__/* .STAGES */ .an.filter(stage => stage !== _names_js__WEBPACK_IMPORTED_MODULE_5__/* .ARCHIVED */ .Ts).join(' → ')}.`);
const VersionEntrySchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    stage: StageSchema,
    uri: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), 'Where the model artifact lives (s3://, gs://, hf://, a path…).')),
    description: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), 'Free text about this version.')),
    metrics: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig({ error: 'a metric must be a number' })), 'Metric name → number.')),
    metadata: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()), 'Free-form map.'))
}), 'One version of a model.');
const ModelSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    validate: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(validateCommand(VALIDATE_DESCRIPTION)),
    gates: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(gates("This model's metric gates (replacing defaults.gates whole).")),
    baseline: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(baseline()),
    versions: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._default */ .Rvf(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(VersionStringSchema, VersionEntrySchema), () => ({})), 'Versions keyed by their version string, in the order written (newest last). A model may be declared before its first version.')
}), 'A model and its versions.');
const ManifestSchema = described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    version: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1, { error: 'the manifest format version must be 1' }), 'Manifest format version.'),
    stages: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(StagesSchema),
    defaults: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        validate: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(validateCommand(VALIDATE_DESCRIPTION)),
        gates: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(gates('Metric gates for models without their own.')),
        baseline: zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lqM(baseline())
    }), 'Settings used when a model has none of its own.')),
    models: described(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(ModelNameSchema, ModelSchema), 'Models keyed by name.')
}), 'model-stages manifest: the lifecycle stage of every model version.');
function manifestJsonSchema() {
    const generated = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12', io: 'input' });
    // Without `stages:`, a version's stage is one of the three: editors can say so as it is typed.
    const defaultStages = {
        if: { not: { required: ['stages'] } },
        then: {
            properties: {
                models: {
                    additionalProperties: {
                        properties: {
                            versions: { additionalProperties: { properties: { stage: { enum: [...STAGES] } } } }
                        }
                    }
                }
            }
        }
    };
    return { ...generated, ...defaultStages, title: 'model-stages manifest' };
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
    return problems;
}


/***/ })

};
