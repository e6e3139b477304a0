export const id = 240;
export const ids = [240];
export const modules = {

/***/ 8945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ tokenConfigs)
/* harmony export */ });
/**
 * Git config that makes fetch and push use the token input. The empty value first clears any header
 * actions/checkout persisted (for the default GITHUB_TOKEN), so that an App token or PAT given as
 * `token` is the one used, and pushes with it trigger workflows.
 */
async function tokenConfigs(git, serverUrl, token) {
    const url = await git.remoteUrl('origin');
    if (!token || !url || !url.startsWith(serverUrl))
        return [];
    const key = `http.${serverUrl}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    return [`${key}=`, `${key}=AUTHORIZATION: basic ${basic}`];
}


/***/ }),

/***/ 4240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runChanges: () => (/* binding */ runChanges)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/manifest/load.ts
var load = __webpack_require__(521);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/manifest/read-stages.ts
var read_stages = __webpack_require__(7545);
// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
;// CONCATENATED MODULE: ./src/commands/changes.ts




/** A push that created a branch has no "before": git names it with zeros. */
const NO_COMMIT = /^0+$/;
const NO_COMMIT_YET = '0'.repeat(40);
async function stagesAt(workspace, commit) {
    if (commit === null || !workspace.git)
        return { stages: new Map() };
    const text = await workspace.git.show(commit, workspace.manifestName);
    if (text === undefined)
        return { stages: new Map() };
    const stages = (0,read_stages/* readStages */.i)(text);
    if (!stages)
        throw new errors/* InputError */.d(`${workspace.manifestName} at ${commit.slice(0, 7)} is not valid YAML`);
    return { text, stages };
}
async function resolveRevision(workspace, revision, name) {
    const commit = await workspace.git?.resolve(revision);
    if (!commit)
        throw new errors/* InputError */.d(`${name}: unknown revision ${JSON.stringify(revision)}`);
    return commit;
}
/** The stage transitions between two revisions, for a deploy job that acts only when production moved. */
async function stageChanges(workspace, revisions, model) {
    if (!workspace.git)
        throw new errors/* InputError */.d(`changes needs a git repository: ${workspace.root} is not one`);
    const from = NO_COMMIT.test(revisions.from)
        ? null
        : await resolveRevision(workspace, revisions.from, revisions.fromName);
    const to = await resolveRevision(workspace, revisions.to, revisions.toName);
    const before = await stagesAt(workspace, from);
    const after = await stagesAt(workspace, to);
    const all = (0,states/* diffStages */.b)(before.stages, after.stages);
    const result = { from, to, transitions: model ? all.filter(t => t.model === model) : all };
    if (model === undefined)
        return result;
    const known = [...new Set([...before.stages.keys(), ...after.stages.keys()])];
    if (!known.includes(model))
        throw new errors/* InputError */.d(`unknown model ${model}; the manifest has: ${known.join(', ') || 'no models'}`);
    const productionIn = (stages) => [...(stages.get(model) ?? new Map()).entries()].find(([, stage]) => stage === 'production')?.[0] ?? null;
    const version = productionIn(after.stages);
    let uri = null;
    if (version !== null && after.text !== undefined) {
        const data = (0,load/* loadManifestText */.VH)(after.text, `${workspace.manifestName}@${to.slice(0, 7)}`).data;
        uri = data.models[model]?.versions[version]?.uri ?? null;
    }
    const previous = productionIn(before.stages);
    result.production = { model, changed: previous !== version, before: previous, version, uri };
    return result;
}

// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
// EXTERNAL MODULE: ./src/action/git-auth.ts
var git_auth = __webpack_require__(8945);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/action/run-changes.ts







/** The revisions a run compares: the push's before..after, a pull request's base..head, else HEAD~1..HEAD. */
function revisionsOf(context) {
    if (context.push)
        return { from: context.push.before, to: context.push.after };
    const pull = context.pullRequest;
    if (pull?.baseSha && pull.headSha)
        return { from: pull.baseSha, to: pull.headSha };
    return { from: 'HEAD~1', to: 'HEAD' };
}
/** A shallow checkout may lack the older commit: it is fetched (that commit alone) when missing. */
async function ensureCommit(workspace, commit, configs) {
    const git = workspace.git;
    if (!git || /^0+$/.test(commit) || (await git.resolve(commit)))
        return;
    await git.fetch('origin', [commit], { configs, depth: 1 }).catch(() => undefined);
}
/** What moved between two revisions, for a deploy job that acts only when production changed. */
async function runChanges(inputs, context, workspace) {
    if (!workspace.git)
        throw new errors/* InputError */.d(`changes needs a git checkout: ${workspace.root} is not one`);
    const { from, to } = revisionsOf(context);
    const configs = await (0,git_auth/* tokenConfigs */.f)(workspace.git, context.serverUrl, inputs.token);
    await ensureCommit(workspace, from, configs);
    await ensureCommit(workspace, to, configs);
    const result = await stageChanges(workspace, { from, to, fromName: 'from', toName: 'to' }, inputs.model);
    const transitions = result.transitions.map(({ model, version, from, to }) => ({ model, version, from, to }));
    core/* setOutput */.uH('changed', 'false');
    core/* setOutput */.uH('transitions', JSON.stringify(transitions));
    if (result.production) {
        core/* setOutput */.uH('production-changed', String(result.production.changed));
        core/* setOutput */.uH('production-version', result.production.version ?? '');
        core/* setOutput */.uH('production-uri', result.production.uri ?? '');
    }
    const range = `${result.from?.slice(0, 7) ?? '(none)'}..${result.to.slice(0, 7)}`;
    const table = transitions.length === 0
        ? `No stage changes in ${range}.`
        : (0,markdown/* markdownTable */.Qj)(['Model', 'Version', 'From → to'], transitions.map(t => [t.model, `\`${t.version}\``, `${(0,rules/* stageName */.CT)(t.from)} → ${t.to ?? 'removed'}`]));
    const production = result.production
        ? `\n\nProduction of ${result.production.model}: ${result.production.changed
            ? `changed, ${result.production.before ?? 'none'} → ${result.production.version ?? 'none'}`
            : `unchanged (${result.production.version ?? 'none'})`}.`
        : '';
    core/* info */.pq(`Stage changes in ${range}: ${transitions.length}`);
    await (0,summary/* writeSummary */.S)(`## model-stages: changes ${range}\n\n${table}${production}`);
}


/***/ }),

/***/ 7545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readStages),
/* harmony export */   p: () => (/* binding */ readModelBlock)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5328);
/* harmony import */ var _plain_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5876);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6629);




/** Any stage name: which stages a revision declares is not for a lenient reader of history to judge. */
function isStage(value) {
    return typeof value === 'string' && _names_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGE_NAME_PATTERN */ .Oc.test(value);
}
/**
 * The stages a manifest text records, read leniently: an old revision may not pass today's checks,
 * and whatever can be read of it still counts. Undefined when the text is not YAML at all.
 */
function readStages(text) {
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
/**
 * readStages for a block of model entries: read with the plain-layout reader when the block is in that layout
 * (the layout model-stages writes), else by readStages itself.
 */
function readModelBlock(block) {
    const text = `models:\n${block}`;
    return stagesOfValue((0,_plain_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .readPlainLayout */ .B)(text)) ?? readStages(text);
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
