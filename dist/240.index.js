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
// EXTERNAL MODULE: ./src/manifest/load.ts + 1 modules
var load = __webpack_require__(3552);
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
        const data = (0,load/* loadManifestText */.V)(after.text, `${workspace.manifestName}@${to.slice(0, 7)}`).data;
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

/***/ 3552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ checkManifestText),
  V: () => (/* binding */ loadManifestText)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/closest-word.ts
var closest_word = __webpack_require__(1755);
// EXTERNAL MODULE: ./src/manifest/nodes.ts
var nodes = __webpack_require__(5328);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var manifest_problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
;// CONCATENATED MODULE: ./src/manifest/schema.ts


const ModelNameSchema = schemas/* string */.YjP()
    .regex(names/* MODEL_NAME_PATTERN */.lM, { error: `a model name is ${names/* MODEL_NAME_RULE */.bA}` })
    .describe(`Model name: ${names/* MODEL_NAME_RULE */.bA}.`);
const VersionStringSchema = schemas/* string */.YjP()
    .regex(names/* VERSION_PATTERN */.Q6, { error: `a version string is ${names/* VERSION_RULE */.wI}` })
    .describe(`Version string: ${names/* VERSION_RULE */.wI}.`);
const StageSchema = schemas/* enum */.k5n(names/* STAGES */.an, { error: `stage must be one of: ${names/* STAGES */.an.join(', ')}` })
    .describe('Lifecycle stage of this version.');
const ValidateCommandSchema = schemas/* string */.YjP()
    .min(1, { error: 'the validation command is empty' })
    .describe('Shell command run in the repository root to validate a version before it enters production. ' +
    'It gets MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_STAGE, MODEL_TARGET_STAGE and MODEL_STAGES_MANIFEST ' +
    'in its environment; exit code 0 means it passed.');
const VersionEntrySchema = schemas/* strictObject */.rej({
    stage: StageSchema,
    uri: schemas/* string */.YjP().describe('Where the model artifact lives (s3://, gs://, hf://, a path…).').optional(),
    description: schemas/* string */.YjP().describe('Free text about this version.').optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig({ error: 'a metric must be a number' }))
        .describe('Metric name → number.')
        .optional(),
    metadata: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).describe('Free-form map.').optional()
})
    .describe('One version of a model.');
const ModelSchema = schemas/* strictObject */.rej({
    validate: ValidateCommandSchema.optional(),
    versions: schemas/* record */.g1P(VersionStringSchema, VersionEntrySchema)
        .default(() => ({}))
        .describe('Versions keyed by their version string, in the order written (newest last). A model may be declared before its first version.')
})
    .describe('A model and its versions.');
const ManifestSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: 'the manifest format version must be 1' })
        .describe('Manifest format version.'),
    defaults: schemas/* strictObject */.rej({ validate: ValidateCommandSchema.optional() })
        .describe('Settings used when a model has none of its own.')
        .optional(),
    models: schemas/* record */.g1P(ModelNameSchema, ModelSchema).describe('Models keyed by name.')
})
    .describe('model-stages manifest: the lifecycle stage of every model version.');
function manifestJsonSchema() {
    const generated = z.toJSONSchema(ManifestSchema, { target: 'draft-2020-12', io: 'input' });
    return { ...generated, title: 'model-stages manifest' };
}

;// CONCATENATED MODULE: ./src/manifest/load.ts





const ALLOWED_KEYS = {
    manifest: Object.keys(ManifestSchema.shape),
    defaults: ['validate'],
    model: Object.keys(ModelSchema.shape),
    version: Object.keys(VersionEntrySchema.shape)
};
/** Parses and checks a manifest, collecting every problem with its position. */
function checkManifestText(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset, message) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, line, column: col, message };
    };
    const problems = doc.errors.map(error => at(error.pos[0], yamlErrorMessage(error.code, error.message, text.slice(error.pos[0]))));
    const structural = doc.errors.some(error => error.code !== 'DUPLICATE_KEY');
    if (structural)
        return { problems: (0,manifest_problems/* sortProblems */.dS)(problems) };
    if (doc.contents === null) {
        problems.push(at(0, 'the manifest is empty: it needs `version: 1` and a `models:` map'));
        return { problems };
    }
    problems.push(...keyTypeProblems(doc, at));
    problems.push(...productionProblems(doc, at));
    const js = doc.toJS();
    const result = ManifestSchema.safeParse(js);
    if (!result.success) {
        for (const issue of result.error.issues)
            problems.push(...issueProblems(doc, js, issue, at));
    }
    if (problems.length > 0 || !result.success)
        return { problems: (0,manifest_problems/* sortProblems */.dS)(dedupe(problems)) };
    return { manifest: { file, text, doc, lineCounter, data: result.data }, problems: [] };
}
function loadManifestText(text, file) {
    const { manifest, problems } = checkManifestText(text, file);
    if (!manifest)
        throw new manifest_problems/* ManifestError */.Sh(problems);
    return manifest;
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
    const models = (0,nodes/* findPair */.c6)(doc.contents, 'models')?.value;
    if (!(0,dist/* isMap */.jh)(models))
        return [];
    return models.items.map(pair => ({
        name: (0,nodes/* keyString */.Ve)(pair.key) ?? '',
        nameNode: pair.key,
        model: pair.value
    }));
}
/** YAML reads `1.10` as the number 1.1 and `2` as 2: version keys must be strings as written. */
function keyTypeProblems(doc, at) {
    const problems = [];
    const check = (key, what) => {
        if ((0,dist/* isScalar */.jn)(key) && typeof key.value !== 'string' && key.value !== null) {
            const source = key.source ?? String(key.value);
            problems.push(at((0,nodes/* nodeStart */.f)(key), `${what} ${source} is read by YAML as a ${typeof key.value}, not text: quote it as "${source}"`));
        }
    };
    for (const { nameNode, model } of modelMaps(doc)) {
        check(nameNode, 'model name');
        const versions = (0,nodes/* findPair */.c6)(model, 'versions')?.value;
        if ((0,dist/* isMap */.jh)(versions))
            for (const pair of versions.items)
                check(pair.key, 'version');
    }
    return problems;
}
function productionProblems(doc, at) {
    const problems = [];
    for (const { name, model } of modelMaps(doc)) {
        const versions = (0,nodes/* findPair */.c6)(model, 'versions')?.value;
        if (!(0,dist/* isMap */.jh)(versions))
            continue;
        const inProduction = versions.items.filter(pair => {
            const stage = (0,nodes/* findPair */.c6)(pair.value, 'stage')?.value;
            return (0,dist/* isScalar */.jn)(stage) && stage.value === 'production';
        });
        if (inProduction.length < 2)
            continue;
        const names = inProduction.map(pair => (0,nodes/* keyString */.Ve)(pair.key)).join(', ');
        for (const pair of inProduction.slice(1)) {
            problems.push(at((0,nodes/* nodeStart */.f)((0,nodes/* findPair */.c6)(pair.value, 'stage')?.value ?? undefined), `model ${name} has ${inProduction.length} versions in production (${names}): at most one version of a model may be in production`));
        }
    }
    return problems;
}
function allowedKeysAt(path) {
    if (path.length === 0)
        return ALLOWED_KEYS.manifest ?? [];
    if (path.length === 1 && path[0] === 'defaults')
        return ALLOWED_KEYS.defaults ?? [];
    if (path.length === 2 && path[0] === 'models')
        return ALLOWED_KEYS.model ?? [];
    return ALLOWED_KEYS.version ?? [];
}
function describePath(path) {
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
            const located = (0,nodes/* locate */.x5)(doc.contents, [...path, key]);
            const suggestion = (0,closest_word/* closestWord */.E)(key, allowed);
            const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
            return at((0,nodes/* nodeStart */.f)(located.key ?? located.nearest), `unknown key "${key}" in ${describePath(path)}: ${hint}allowed keys are ${allowed.join(', ')}`);
        });
    }
    if (issue.code === 'invalid_key') {
        const located = (0,nodes/* locate */.x5)(doc.contents, path);
        const key = String(path[path.length - 1]);
        const what = path.length === 2 ? 'model name' : path.length === 4 ? 'version' : 'key';
        const detail = issue.issues[0]?.message ?? issue.message;
        const problems = [
            at((0,nodes/* nodeStart */.f)(located.key ?? located.nearest), `${what} "${key}" is not valid: ${detail}`)
        ];
        // A bad name does not hide what is wrong inside the entry it names.
        const inner = (path.length === 2 ? ModelSchema : VersionEntrySchema).safeParse(valueAt(js, path));
        if (!inner.success)
            for (const innerIssue of inner.error.issues)
                problems.push(...issueProblems(doc, js, { ...innerIssue, path: [...path, ...innerIssue.path] }, at));
        return problems;
    }
    const located = (0,nodes/* locate */.x5)(doc.contents, path);
    const missing = path.length > 0 && located.key === undefined;
    if (missing) {
        const parent = (0,nodes/* locate */.x5)(doc.contents, path.slice(0, -1));
        const field = String(path[path.length - 1]);
        const hint = field === 'stage' ? ' (staging, production or archived)' : '';
        return [
            at((0,nodes/* nodeStart */.f)(parent.key ?? parent.nearest), `${describePath(path.slice(0, -1))} has no ${field}${hint}`)
        ];
    }
    if (path.length === 0) {
        return [
            at((0,nodes/* nodeStart */.f)(doc.contents ?? undefined), 'the manifest must be a map with `version: 1` and `models:`')
        ];
    }
    const value = located.value;
    if (path.length === 1 &&
        path[0] === 'models' &&
        (value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null)))
        return [
            at((0,nodes/* nodeStart */.f)(located.key), 'models has no value: write `models: {}`, or add a model under it (model-stages register MODEL VERSION does)')
        ];
    const got = (0,dist/* isScalar */.jn)(value) ? ` (got ${JSON.stringify(value.source ?? value.value)})` : '';
    const guess = issue.code === 'invalid_value' && (0,dist/* isScalar */.jn)(value) && typeof value.value === 'string'
        ? (0,closest_word/* closestWord */.E)(value.value, issue.values.map(String))
        : undefined;
    const hint = guess ? `: did you mean ${guess}?` : '';
    return [at((0,nodes/* nodeStart */.f)(value ?? located.key), `${describePath(path)}: ${issue.message}${got}${hint}`)];
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

/***/ 7545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ readStages),
/* harmony export */   p: () => (/* binding */ readModelBlock)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5328);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6629);



function isStage(value) {
    return typeof value === 'string' && _names_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGES */ .an.includes(value);
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
const KEY_LINE = /^( *)("([^"\\\n]*)"|'([^'\n]*)'|[^\s#'"{[&*!|>%@`][^:#\n]*?):(?:[ \t]+(.*?))?[ \t]*(?:[ \t]#.*)?\r?$/;
const PLAIN_WORD = /^[^\s#'"{[&*!|>%@`,]+$/;
function keyLine(line) {
    const match = KEY_LINE.exec(line);
    if (!match)
        return undefined;
    const key = match[3] ?? match[4] ?? (match[2] ?? '').trimEnd();
    return { indent: match[1]?.length ?? 0, key, value: match[5] || undefined };
}
/** A one-line `{ stage: production, uri: … }`: its stage, or null when it has none; undefined when too complex. */
function flowStage(value) {
    const inner = /^\{(.*)\}$/.exec(value)?.[1];
    if (inner === undefined || /[{}[\]"'&*!|>`]/.test(inner))
        return undefined;
    let stage = null;
    const seen = new Set();
    for (const item of inner.split(',')) {
        const [key = '', ...rest] = item.split(':');
        const name = key.trim();
        if (name === '' && rest.length === 0)
            continue;
        if (seen.has(name))
            return undefined;
        seen.add(name);
        if (name === 'stage')
            stage = rest.join(':').trim();
    }
    return stage;
}
/**
 * readStages for a block of model entries in the layout model-stages writes (block maps, one-line flow maps
 * for versions), read line by line; anything else in the block is read by readStages itself.
 */
function readModelBlock(block) {
    return readBlockLines(block) ?? readStages(`models:\n${block}`);
}
function readBlockLines(block) {
    const stages = new Map();
    const modelNames = new Set();
    let modelIndent = -1;
    let modelName = '';
    let childIndent = -1;
    let inVersions = false;
    let versionIndent = -1;
    let versionNames = new Set();
    let version;
    const finishVersion = () => {
        if (!version)
            return;
        const versions = stages.get(modelName) ?? new Map();
        stages.set(modelName, versions);
        if (version.stage !== null && isStage(version.stage))
            versions.set(version.name, version.stage);
        version = undefined;
    };
    for (const line of block.split('\n')) {
        if (/^\s*(#.*)?\r?$/.test(line))
            continue;
        const entry = keyLine(line);
        if (!entry)
            return undefined;
        const indent = entry.indent;
        if (modelIndent === -1)
            modelIndent = indent;
        if (indent < modelIndent)
            return undefined;
        if (indent === modelIndent) {
            finishVersion();
            if (entry.value !== undefined || modelNames.has(entry.key))
                return undefined;
            modelNames.add(entry.key);
            modelName = entry.key;
            childIndent = -1;
            inVersions = false;
            continue;
        }
        if (childIndent === -1)
            childIndent = indent;
        if (indent < childIndent)
            return undefined;
        if (indent === childIndent) {
            finishVersion();
            if (entry.key === 'versions' && entry.value !== undefined)
                return undefined;
            inVersions = entry.key === 'versions';
            versionIndent = -1;
            versionNames = new Set();
            continue;
        }
        if (!inVersions)
            continue;
        if (versionIndent === -1)
            versionIndent = indent;
        if (indent < versionIndent)
            return undefined;
        if (indent === versionIndent) {
            finishVersion();
            if (versionNames.has(entry.key))
                return undefined;
            versionNames.add(entry.key);
            const stage = entry.value === undefined ? null : flowStage(entry.value);
            if (stage === undefined)
                return undefined;
            version = { name: entry.key, stage, childIndent: -1, keys: new Set() };
            // A one-line flow map is the whole version; nothing may follow it more deeply.
            if (entry.value !== undefined) {
                finishVersion();
                version = undefined;
            }
            continue;
        }
        if (!version)
            return undefined;
        if (version.childIndent === -1)
            version.childIndent = indent;
        if (indent < version.childIndent)
            return undefined;
        if (indent > version.childIndent)
            continue;
        if (version.keys.has(entry.key))
            return undefined;
        version.keys.add(entry.key);
        if (entry.key === 'stage') {
            if (entry.value === undefined || !PLAIN_WORD.test(entry.value))
                return undefined;
            version.stage = entry.value;
        }
    }
    finishVersion();
    return stages;
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
