export const id = 521;
export const ids = [521];
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
/** The layout of a block-style models map; undefined for any other (flow style, no models, tabs). */
function modelsLayout(text) {
    const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text);
    if (!match)
        return undefined;
    const bodyStart = nextLine(text, match.index);
    let modelIndent;
    for (let start = bodyStart; start < text.length; start = nextLine(text, start)) {
        const indent = indentAt(text, start);
        if (indent === undefined)
            continue;
        if (modelIndent === undefined) {
            if (indent === 0)
                return undefined;
            modelIndent = indent;
        }
        if (indent === 0)
            return { lineStart: match.index, bodyStart, bodyEnd: start, modelIndent };
    }
    return modelIndent === undefined
        ? undefined
        : { lineStart: match.index, bodyStart, bodyEnd: text.length, modelIndent };
}
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The lines of one model: from its key line to the next line at the models' indentation (comments and blank
 * lines in between go with it). Undefined when its key is not written plainly on a line of its own.
 */
function modelBlock(text, layout, model) {
    const key = `(${escape(model)}|"${escape(model)}"|'${escape(model)}')`;
    const pattern = new RegExp(`^ {${layout.modelIndent}}${key}:[ \\t]*(#.*)?\\r?$`, 'gm');
    pattern.lastIndex = layout.bodyStart;
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
/* harmony export */   X: () => (/* binding */ readValidModels),
/* harmony export */   m: () => (/* binding */ readValidManifest)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _plain_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5876);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6470);
/* harmony import */ var _stage_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8341);




/**
 * Keys that YAML reads as something other than text (`1.10:` is the number 1.1) and merge keys (`<<:`), which
 * the two readers treat differently: a text with any of them goes to the position-tracking reader, which says so.
 */
const NEEDS_POSITIONS = /(^|[{,])[ \t]*([-+]?(\.\d|\d)[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~|<<)[ \t]*:([ \t]|$)/m;
function readYaml(text) {
    if (NEEDS_POSITIONS.test(text))
        return undefined;
    const plain = (0,_plain_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlainLayout */ .B)(text);
    if (plain !== undefined)
        return plain;
    try {
        return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
    }
    catch {
        return undefined;
    }
}
/**
 * A valid manifest read fast, without positions (js-yaml). Undefined when it is not plainly valid: then the
 * position-tracking reader reads it, and reports every problem at its line.
 */
function readValidManifest(text) {
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestSchema */ .pL.safeParse(readYaml(text));
    if (!result.success)
        return undefined;
    return (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .stageProblems */ .N)(result.data).length === 0 ? result.data : undefined;
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
    return (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .stageProblems */ .N)({ stages, models }).length === 0 ? models : undefined;
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P7: () => (/* binding */ checkManifestText),
/* harmony export */   VH: () => (/* binding */ loadManifestText),
/* harmony export */   q2: () => (/* binding */ loadManifestForModel)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _blocks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8579);
/* harmony import */ var _fast_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5764);
/* harmony import */ var _closest_word_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1755);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5328);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1905);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6470);
/* harmony import */ var _stage_checks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8341);








function loaded(file, text, data, parsed) {
    let doc = parsed;
    return {
        file,
        text,
        data,
        get doc() {
            doc ??= (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true });
            return doc;
        }
    };
}
const ALLOWED_KEYS = {
    manifest: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestSchema */ .pL.shape),
    stage: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .StageDeclarationSchema */ .AV.shape),
    defaults: ['validate', 'gates', 'baseline'],
    gate: ['better', 'min', 'max', 'max_regression', 'min_improvement'],
    model: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelSchema */ .$3.shape),
    version: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .VersionEntrySchema */ .qb.shape)
};
/** Parses and checks a manifest, collecting every problem with its position. */
function checkManifestText(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset, message) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, line, column: col, message };
    };
    const problems = doc.errors.map(error => at(error.pos[0], yamlErrorMessage(error.code, error.message, text.slice(error.pos[0]))));
    const structural = doc.errors.some(error => error.code !== 'DUPLICATE_KEY');
    if (structural)
        return { problems: (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .sortProblems */ .dS)(problems) };
    if (doc.contents === null) {
        problems.push(at(0, 'the manifest is empty: it needs `version: 1` and a `models:` map'));
        return { problems };
    }
    problems.push(...keyTypeProblems(doc, at));
    const js = doc.toJS();
    problems.push(...pipelineProblems(doc, js, at));
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestSchema */ .pL.safeParse(js);
    if (!result.success) {
        for (const issue of result.error.issues)
            problems.push(...issueProblems(doc, js, issue, at));
    }
    if (problems.length > 0 || !result.success)
        return { problems: (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .sortProblems */ .dS)(dedupe(problems)) };
    return { manifest: loaded(file, text, result.data, doc), problems: [] };
}
/** A valid manifest, read fast; the position-tracking reader runs only to report the problems of an invalid one. */
function loadManifestText(text, file) {
    const data = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidManifest */ .m)(text);
    if (data)
        return loaded(file, text, data);
    const { manifest, problems } = checkManifestText(text, file);
    if (!manifest)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(problems);
    return manifest;
}
/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
function loadManifestForModel(text, file, model) {
    const layout = (0,_blocks_js__WEBPACK_IMPORTED_MODULE_5__/* .modelsLayout */ .d)(text);
    const block = layout && (0,_blocks_js__WEBPACK_IMPORTED_MODULE_5__/* .modelBlock */ .x)(text, layout, model);
    if (layout && block && layout.bodyEnd === text.length) {
        const header = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidManifest */ .m)(`${text.slice(0, layout.lineStart)}models: {}\n`);
        const models = header && (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidModels */ .X)(text.slice(block.start, block.end), header.stages);
        const entry = models?.[model];
        if (header && models && entry && Object.keys(models).length === 1)
            return { ...header, models: { [model]: entry } };
    }
    return loadManifestText(text, file).data;
}
function yamlErrorMessage(code, message, source) {
    if (code === 'DUPLICATE_KEY') {
        const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+)/.exec(source)?.[1]?.trim() ?? source.trim();
        return `duplicate key ${key}: a key may appear only once in a map`;
    }
    const firstLine = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
    return `YAML syntax: ${firstLine}`;
}
function modelMaps(doc) {
    const models = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(doc.contents, 'models')?.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(models))
        return [];
    return models.items.map(pair => ({
        name: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .keyString */ .Ve)(pair.key) ?? '',
        nameNode: pair.key,
        model: pair.value
    }));
}
/** YAML reads `1.10` as the number 1.1 and `2` as 2: version keys must be strings as written. */
function keyTypeProblems(doc, at) {
    const problems = [];
    const check = (key, what) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value !== 'string' && key.value !== null) {
            const source = key.source ?? String(key.value);
            problems.push(at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(key), `${what} ${source} is read by YAML as a ${typeof key.value}, not text: quote it as "${source}"`));
        }
    };
    for (const { nameNode, model } of modelMaps(doc)) {
        check(nameNode, 'model name');
        const versions = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(model, 'versions')?.value;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(versions))
            for (const pair of versions.items)
                check(pair.key, 'version');
    }
    return problems;
}
/** Versions in a stage the manifest does not declare, or sharing an exclusive stage, at their `stage` values. */
function pipelineProblems(doc, js, at) {
    return (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .stageProblems */ .N)(js).flatMap(problem => {
        if (problem.kind === 'exclusive')
            return [at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, problem.path).value), problem.message)];
        const issue = {
            code: 'invalid_value',
            values: problem.allowed,
            path: problem.path,
            message: problem.message,
            input: undefined
        };
        return issueProblems(doc, js, issue, at);
    });
}
function allowedKeysAt(path) {
    if (path.length === 0)
        return ALLOWED_KEYS.manifest ?? [];
    if (path.length === 1 && path[0] === 'defaults')
        return ALLOWED_KEYS.defaults ?? [];
    if (path.length === 2 && path[0] === 'stages')
        return ALLOWED_KEYS.stage ?? [];
    const inGates = (path.length === 3 && path[0] === 'defaults' && path[1] === 'gates') ||
        (path.length === 4 && (path[0] === 'models' || path[0] === 'stages') && path[2] === 'gates');
    if (inGates)
        return ALLOWED_KEYS.gate ?? [];
    if (path.length === 2 && path[0] === 'models')
        return ALLOWED_KEYS.model ?? [];
    return ALLOWED_KEYS.version ?? [];
}
function describePath(path) {
    if (path[0] === 'stages' && typeof path[1] === 'number')
        return [`stage ${path[1] + 1}`, ...path.slice(2).map(String)].join(' ');
    if (path[0] === 'models' && path.length >= 3 && path[2] !== 'versions')
        return `model ${String(path[1])} ${path.slice(2).map(String).join('.')}`;
    if (path[0] === 'models' && path.length >= 2) {
        const [, model, , version, ...rest] = path;
        let where = `model ${String(model)}`;
        if (version !== undefined)
            where += ` version ${String(version)}`;
        if (rest.length > 0)
            where += ` ${rest.map(String).join('.')}`;
        else if (path.length === 3)
            where += ` ${String(path[2])}`;
        return where;
    }
    return path.map(String).join('.') || 'the manifest';
}
function valueAt(js, path) {
    let current = js;
    for (const segment of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[segment];
    }
    return current;
}
function issueProblems(doc, js, issue, at) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        const allowed = allowedKeysAt(path);
        return issue.keys.map(key => {
            const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, [...path, key]);
            const suggestion = (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_7__/* .closestWord */ .E)(key, allowed);
            const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
            return at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key ?? located.nearest), `unknown key "${key}" in ${describePath(path)}: ${hint}allowed keys are ${allowed.join(', ')}`);
        });
    }
    if (issue.code === 'invalid_key') {
        const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path);
        const key = String(path[path.length - 1]);
        const what = path.length === 2 ? 'model name' : path.length === 4 ? 'version' : 'key';
        const detail = issue.issues[0]?.message ?? issue.message;
        const problems = [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key ?? located.nearest), `${what} "${key}" is not valid: ${detail}`)
        ];
        // A bad name does not hide what is wrong inside the entry it names.
        const inner = (path.length === 2 ? _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelSchema */ .$3 : _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .VersionEntrySchema */ .qb).safeParse(valueAt(js, path));
        if (!inner.success)
            for (const innerIssue of inner.error.issues)
                problems.push(...issueProblems(doc, js, { ...innerIssue, path: [...path, ...innerIssue.path] }, at));
        return problems;
    }
    const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path);
    const missing = path.length > 0 && located.key === undefined;
    if (missing) {
        const parent = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path.slice(0, -1));
        const field = String(path[path.length - 1]);
        const names = (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .declaredStageNames */ .j)(js);
        const hint = field === 'stage' ? ` (${names.slice(0, -1).join(', ')} or ${names[names.length - 1]})` : '';
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(parent.key ?? parent.nearest), `${describePath(path.slice(0, -1))} has no ${field}${hint}`)
        ];
    }
    if (path.length === 0) {
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(doc.contents ?? undefined), 'the manifest must be a map with `version: 1` and `models:`')
        ];
    }
    const value = located.value;
    if (path.length === 1 &&
        path[0] === 'models' &&
        (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null)))
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key), 'models has no value: write `models: {}`, or add a model under it (model-stages register MODEL VERSION does)')
        ];
    const got = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? ` (got ${JSON.stringify(value.source ?? value.value)})` : '';
    const guess = issue.code === 'invalid_value' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'string'
        ? (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_7__/* .closestWord */ .E)(value.value, issue.values.map(String))
        : undefined;
    const hint = guess ? `: did you mean ${guess}?` : '';
    return [at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(value ?? located.key), `${describePath(path)}: ${issue.message}${got}${hint}`)];
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter(problem => {
        const key = `${problem.line}:${problem.column}:${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
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
const COLON = 58;
const DOUBLE_QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = '\n';
/**
 * Tabs, carriage returns, and the characters JavaScript counts as white space but YAML does not (a no-break space
 * is text to YAML): a text with any of them is left to js-yaml, so that trimming here never differs from YAML.
 */
const NOT_PLAIN_WHITESPACE = /[\t\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0085]/;
/** Plain words that YAML reads as something other than text; every other word of letters, digits and -_ is text. */
const WORD_LITERALS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);
function isLetter(code) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
function isWordCharacter(code) {
    return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 95;
}
/**
 * The common shapes answered without regular expressions or copies beyond the result: a plain word starting with a
 * letter (`stage`, `model-7`), and for values also `.`, `/` and inner `:` (`s3://bucket/model-7/1.0.0`). Exactly
 * what scalar() gives for them; undefined hands the text to scalar().
 */
function plainWord(text, start, end, value) {
    if (start >= end || !isLetter(text.charCodeAt(start)))
        return undefined;
    for (let position = start + 1; position < end; position++) {
        const code = text.charCodeAt(position);
        if (isWordCharacter(code))
            continue;
        if (value && (code === 46 || code === 47 || (code === COLON && position < end - 1)))
            continue;
        return undefined;
    }
    const word = text.slice(start, end);
    return WORD_LITERALS.has(word) ? undefined : word;
}
/** A map key between start and end (quotes included): a plain word, a simple double-quoted string, or scalar(). */
function keyAt(text, start, end) {
    const word = plainWord(text, start, end, false);
    if (word !== undefined)
        return word;
    if (text.charCodeAt(start) === DOUBLE_QUOTE && end - start >= 2) {
        let simple = true;
        for (let position = start + 1; position < end - 1; position++) {
            const code = text.charCodeAt(position);
            if (code === DOUBLE_QUOTE || code === BACKSLASH) {
                simple = false;
                break;
            }
        }
        if (simple)
            return text.slice(start + 1, end - 1);
    }
    return keyName(text.slice(start, end));
}
/** The value after a key's colon, from `start` to the line's `end`: NONE when the line has none, else as read. */
const NONE = Symbol('no value');
function valueAt(text, start, end) {
    let position = start;
    while (position < end && text.charCodeAt(position) === SPACE)
        position++;
    if (position === end || text.charCodeAt(position) === HASH)
        return NONE;
    // A plain word, alone or followed by a comment, is by far the most common value.
    let wordEnd = position;
    while (wordEnd < end && text.charCodeAt(wordEnd) !== SPACE)
        wordEnd++;
    let after = wordEnd;
    while (after < end && text.charCodeAt(after) === SPACE)
        after++;
    if (after === end || text.charCodeAt(after) === HASH) {
        const word = plainWord(text, position, wordEnd, true);
        if (word !== undefined)
            return word;
    }
    const rest = stripComment(text.slice(position, end).trim());
    if (rest === undefined)
        return undefined;
    if (rest === '')
        return NONE;
    return rest.startsWith('{') ? flowMap(rest) : scalar(rest);
}
/**
 * The value of a text in the plain layout, or undefined for anything else. One pass over the lines: each key line
 * is placed in the map its indentation opens, as a block map reader would.
 */
function readPlainLayout(text) {
    if (NOT_PLAIN_WHITESPACE.test(text))
        return undefined;
    const root = {};
    // The open maps, innermost last, each with the indentation of its keys.
    const open = [{ indent: 0, map: root }];
    // A key with nothing after its colon: a map when the next key line is indented deeper, else null.
    let pending;
    let keys = 0;
    for (let start = 0; start <= text.length;) {
        let end = text.indexOf(NEWLINE, start);
        if (end === -1)
            end = text.length;
        const lineStart = start;
        start = end + 1;
        let indentEnd = lineStart;
        while (indentEnd < end && text.charCodeAt(indentEnd) === SPACE)
            indentEnd++;
        if (indentEnd === end || text.charCodeAt(indentEnd) === HASH)
            continue;
        const indent = indentEnd - lineStart;
        const first = text.charCodeAt(indentEnd);
        let keyEnd;
        let colon;
        if (first === DOUBLE_QUOTE || first === 39) {
            const close = text.indexOf(text[indentEnd] ?? '', indentEnd + 1);
            if (close === -1 || close >= end)
                return undefined;
            keyEnd = close + 1;
            colon = keyEnd;
            while (colon < end && text.charCodeAt(colon) === SPACE)
                colon++;
            if (text.charCodeAt(colon) !== COLON || colon >= end)
                return undefined;
        }
        else {
            colon = text.indexOf(':', indentEnd);
            if (colon === -1 || colon >= end)
                return undefined;
            keyEnd = colon;
            while (keyEnd > indentEnd && text.charCodeAt(keyEnd - 1) === SPACE)
                keyEnd--;
        }
        if (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE)
            return undefined;
        const key = keyAt(text, indentEnd, keyEnd);
        if (key === undefined || key === '__proto__')
            return undefined;
        const value = valueAt(text, colon + 1, end);
        if (value === undefined)
            return undefined;
        if (pending) {
            if (indent > pending.indent) {
                const child = {};
                pending.map[pending.key] = child;
                open.push({ indent, map: child });
            }
            else
                pending.map[pending.key] = null;
            pending = undefined;
        }
        let top = open[open.length - 1];
        while (top && top.indent > indent) {
            open.pop();
            top = open[open.length - 1];
        }
        if (!top || top.indent !== indent || Object.hasOwn(top.map, key))
            return undefined;
        keys++;
        if (value === NONE) {
            pending = { indent, map: top.map, key };
            // Held in place, so that the key keeps its position among its siblings.
            top.map[key] = null;
        }
        else
            top.map[key] = value;
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
/* unused harmony exports ModelNameSchema, VersionStringSchema, StageSchema, DURATION_PATTERN, GateSchema, GatesSchema, BaselineSchema, StagesSchema, manifestJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);


const ModelNameSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME_PATTERN */ .lM, { error: `a model name is ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME_RULE */ .bA}` })
    .describe(`Model name: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME_RULE */ .bA}.`);
const VersionStringSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_PATTERN */ .Q6, { error: `a version string is ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_RULE */ .wI}` })
    .describe(`Version string: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION_RULE */ .wI}.`);
const StageSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({ error: `stage must be one of: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.join(', ')}` })
    .describe(`Lifecycle stage of this version: one of the stages the manifest declares, or ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts}. Without stages: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.join(', ')}.`);
/** `30m`, `24h`, `7d`. */
const DURATION_PATTERN = /^[1-9]\d*(m|h|d)$/;
const ValidateCommandSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1, { error: 'the validation command is empty' })
    .describe('Shell command run in the repository root to validate a version before it enters production. ' +
    'It gets MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_STAGE, MODEL_TARGET_STAGE and MODEL_STAGES_MANIFEST ' +
    'in its environment; exit code 0 means it passed.');
/** A change rule's size: an absolute number, or a percentage of production's value ("5%"). */
const AmountSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig({ error: 'a number, or a percentage such as "5%"' })
        .nonnegative({ error: 'must not be negative' }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+(\.\d+)?%$/, { error: 'a number, or a percentage such as "5%"' })
])
    .describe('An absolute amount, or a percentage of the production value such as "5%".');
const GateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    better: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['higher', 'lower'], { error: 'better must be higher or lower' })
        .describe('Which way is better (default higher).')
        .optional(),
    min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig({ error: 'min must be a number' })
        .describe('The lowest value allowed (inclusive).')
        .optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig({ error: 'max must be a number' })
        .describe('The highest value allowed (inclusive).')
        .optional(),
    max_regression: AmountSchema.describe('How much worse than production the candidate may be.').optional(),
    min_improvement: AmountSchema.describe('How much better than production the candidate must be.').optional()
})
    .refine(gate => gate.max_regression === undefined || gate.min_improvement === undefined, {
    error: 'a gate has max_regression or min_improvement, not both'
})
    .describe('The rules one metric must meet for a version to enter production.');
const GatesSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), GateSchema).describe('Metric name → its gate.');
const BaselineSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['recorded', 'rerun'], { error: 'baseline must be recorded or rerun' })
    .describe("Where production's metrics come from: its recorded metrics (default), or its validation run again in the same run.");
const StageDeclarationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({ error: 'a stage name is text' })
        .regex(_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_NAME_PATTERN */ .Oc, { error: `a stage name is ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME_RULE */ .bA}` })
        .refine(name => name !== _names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts, {
        error: `${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts} is always there and cannot be declared: leave it out of stages`
    })
        .describe(`Stage name: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_NAME_RULE */ .bA}.`),
    exclusive: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY({ error: 'exclusive must be true or false' })
        .describe('At most one version of a model in this stage: entering it archives the one it replaces.')
        .optional(),
    validate: ValidateCommandSchema.describe("The command a version must pass to enter this stage (else the model's, else defaults.validate).").optional(),
    soak: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({ error: 'soak is a duration such as "30m", "24h" or "7d"' })
        .regex(DURATION_PATTERN, { error: 'soak is a duration such as "30m", "24h" or "7d"' })
        .describe('How long a version must have spent in its current stage before it may enter this one.')
        .optional(),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({ error: 'environment is the name of a GitHub environment' })
        .min(1, { error: 'environment is the name of a GitHub environment' })
        .describe('GitHub environment: a version entering this stage is recorded as a deployment to it.')
        .optional(),
    gates: GatesSchema.describe('Metric gates a version must meet to enter this stage.').optional()
})
    .describe('One stage of the pipeline.');
const StagesSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(StageDeclarationSchema, { error: 'stages is a list of stages, each with a name' })
    .min(2, { error: 'stages needs at least two: where register puts a version, and where it is promoted to' })
    .superRefine((stages, context) => {
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
})
    .describe(`The stages a version moves through, in order (${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts} is implicit). Without it: ${_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.filter(stage => stage !== _names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts).join(' → ')}.`);
const VersionEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    stage: StageSchema,
    uri: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where the model artifact lives (s3://, gs://, hf://, a path…).').optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Free text about this version.').optional(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig({ error: 'a metric must be a number' }))
        .describe('Metric name → number.')
        .optional(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).describe('Free-form map.').optional()
})
    .describe('One version of a model.');
const ModelSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    validate: ValidateCommandSchema.optional(),
    gates: GatesSchema.describe("This model's metric gates (replacing defaults.gates whole).").optional(),
    baseline: BaselineSchema.optional(),
    versions: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(VersionStringSchema, VersionEntrySchema)
        .default(() => ({}))
        .describe('Versions keyed by their version string, in the order written (newest last). A model may be declared before its first version.')
})
    .describe('A model and its versions.');
const ManifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1, { error: 'the manifest format version must be 1' })
        .describe('Manifest format version.'),
    stages: StagesSchema.optional(),
    defaults: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        validate: ValidateCommandSchema.optional(),
        gates: GatesSchema.describe('Metric gates for models without their own.').optional(),
        baseline: BaselineSchema.optional()
    })
        .describe('Settings used when a model has none of its own.')
        .optional(),
    models: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(ModelNameSchema, ModelSchema).describe('Models keyed by name.')
})
    .describe('model-stages manifest: the lifecycle stage of every model version.');
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
