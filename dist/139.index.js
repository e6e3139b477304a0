export const id = 139;
export const ids = [139];
export const modules = {

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

/***/ 5139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   schemaProblems: () => (/* binding */ schemaProblems)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _closest_word_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1755);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5328);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1905);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8277);
/* harmony import */ var _stage_checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8341);






const ALLOWED_KEYS = {
    manifest: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestSchema */ .pL.shape),
    stage: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .StageDeclarationSchema */ .AV.shape),
    defaults: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .DefaultsSchema */ .GK.shape),
    freeze: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .FreezeSchema */ .rX.def.shape),
    gate: ['better', 'min', 'max', 'max_regression', 'min_improvement', 'combine', 'weight'],
    model: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelSchema */ .$3.shape),
    version: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .VersionEntrySchema */ .qb.shape)
};
/**
 * Every problem the schema and the stage rules find in a value that passed the profile, each at its line and column.
 * The position-tracking reader runs here only: a valid manifest never needs it.
 */
function schemaProblems(text, file, value, issues) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const at = (offset, message) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, line, column: col, message };
    };
    const problems = pipelineProblems(doc, value, at);
    for (const issue of issues)
        problems.push(...issueProblems(doc, value, issue, at));
    return (0,_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .sortProblems */ .dS)(dedupe(problems));
}
/** Versions in a stage the manifest does not declare, or sharing an exclusive stage, at their `stage` values. */
function pipelineProblems(doc, js, at) {
    return (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .stageProblems */ .N)(js).flatMap(problem => {
        if (problem.kind === 'exclusive')
            return [at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeStart */ .f)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(doc.contents, problem.path).value), problem.message)];
        if (problem.path[0] === 'freezes') {
            const value = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(doc.contents, problem.path).value;
            const written = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? String(value.value) : '';
            const guess = (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_5__/* .closestWord */ .E)(written, problem.allowed);
            return [
                at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeStart */ .f)(value ?? undefined), `${describePath(problem.path)}: ${problem.message} (got ${JSON.stringify(written)})${guess ? `: did you mean ${guess}?` : ''}`)
            ];
        }
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
    if (path.length === 2 && path[0] === 'freezes')
        return ALLOWED_KEYS.freeze ?? [];
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
    if (path[0] === 'freezes' && typeof path[1] === 'number')
        return [`freeze ${path[1] + 1}`, ...path.slice(2, 3).map(String)].join(' ');
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
            const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(doc.contents, [...path, key]);
            const suggestion = (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_5__/* .closestWord */ .E)(key, allowed);
            const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
            return at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeStart */ .f)(located.key ?? located.nearest), `unknown key "${key}" in ${describePath(path)}: ${hint}allowed keys are ${allowed.join(', ')}`);
        });
    }
    if (issue.code === 'invalid_key') {
        const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(doc.contents, path);
        const key = String(path[path.length - 1]);
        const what = path.length === 2 ? 'model name' : path.length === 4 ? 'version' : 'key';
        const detail = issue.issues[0]?.message ?? issue.message;
        const problems = [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeStart */ .f)(located.key ?? located.nearest), `${what} "${key}" is not valid: ${detail}`)
        ];
        // A bad name does not hide what is wrong inside the entry it names.
        const inner = (path.length === 2 ? _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelSchema */ .$3 : _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .VersionEntrySchema */ .qb).safeParse(valueAt(js, path));
        if (!inner.success)
            for (const innerIssue of inner.error.issues)
                problems.push(...issueProblems(doc, js, { ...innerIssue, path: [...path, ...innerIssue.path] }, at));
        return problems;
    }
    const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(doc.contents, path);
    // A list item has no key: it is there when its value is.
    const missing = path.length > 0 &&
        located.key === undefined &&
        !(typeof path[path.length - 1] === 'number' && located.value !== undefined);
    if (missing) {
        const parent = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(doc.contents, path.slice(0, -1));
        const field = String(path[path.length - 1]);
        const names = (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .declaredStageNames */ .j)(js);
        const hint = field === 'stage' ? ` (${names.slice(0, -1).join(', ')} or ${names[names.length - 1]})` : '';
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeStart */ .f)(parent.key ?? parent.nearest), `${describePath(path.slice(0, -1))} has no ${field}${hint}`)
        ];
    }
    if (path.length === 0) {
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeStart */ .f)(doc.contents ?? undefined), 'the manifest must be a map with `version: 1` and `models:`')
        ];
    }
    const value = located.value;
    if (path.length === 1 &&
        path[0] === 'models' &&
        (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null)))
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeStart */ .f)(located.key), 'models has no value: write `models: {}`, or add a model under it (model-stages register MODEL VERSION does)')
        ];
    const got = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? ` (got ${JSON.stringify(value.source ?? value.value)})` : '';
    const guess = issue.code === 'invalid_value' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'string'
        ? (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_5__/* .closestWord */ .E)(value.value, issue.values.map(String))
        : undefined;
    const hint = guess ? `: did you mean ${guess}?` : '';
    return [at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeStart */ .f)(value ?? located.key), `${describePath(path)}: ${issue.message}${got}${hint}`)];
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


/***/ })

};
