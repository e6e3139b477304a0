export const id = 671;
export const ids = [671];
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
        throw new errors/* InputError */.d(`history needs a git repository: ${workspace.root} is not one`);
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
        throw new errors/* InputError */.d(`unknown model ${model}; the manifest's history has: ${[...known].join(', ') || 'no models'}`);
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


/***/ })

};
