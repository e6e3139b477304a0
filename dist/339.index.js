export const id = 339;
export const ids = [339];
export const modules = {

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runShow: () => (/* binding */ runShow)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/plan.ts
var plan = __webpack_require__(692);
;// CONCATENATED MODULE: ./src/commands/show.ts



/** Everything the manifest says of a model (an unknown model is an error that lists the known ones). */
function describeModel(data, model, version) {
    const current = (0,plan/* productionVersion */.ix)(data, model);
    const entries = data.models[model]?.versions ?? {};
    const versions = Object.entries(entries).map(([name, entry]) => ({
        version: name,
        stage: entry.stage,
        uri: entry.uri ?? null,
        description: entry.description ?? null,
        metrics: entry.metrics ?? {},
        metadata: entry.metadata ?? {}
    }));
    const report = {
        model,
        production: current === undefined ? null : { version: current, uri: entries[current]?.uri ?? null },
        versions
    };
    if (version !== undefined) {
        (0,names/* assertVersionString */.mk)(version);
        const found = versions.find(entry => entry.version === version);
        if (!found)
            throw new errors/* InputError */.d(`unknown version ${version} of ${model}; it has: ${Object.keys(entries).join(', ') || 'no versions'}`);
        report.version = found;
    }
    return report;
}
/** For a deploy job: the version in production, or a clear error when there is none. */
function requireProduction(report) {
    if (!report.production) {
        throw new errors/* InputError */.d(`${report.model} has nothing in production (its versions: ${report.versions.map(v => `${v.version} ${v.stage}`).join(', ') || 'none'})`);
    }
    return report.production;
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 3 modules
var commands_workspace = __webpack_require__(5192);
// EXTERNAL MODULE: ./src/manifest/load.ts + 1 modules
var load = __webpack_require__(3552);
;// CONCATENATED MODULE: ./src/action/run-show.ts





/** What is in production (and the stage of a named version), for a deploy job. */
async function runShow(inputs, workspace) {
    const manifest = (0,load/* loadManifestText */.V)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName);
    const report = describeModel(manifest.data, inputs.model ?? '', inputs.version);
    core/* setOutput */.uH('model', report.model);
    if (report.version) {
        core/* setOutput */.uH('version', report.version.version);
        core/* setOutput */.uH('stage', report.version.stage);
    }
    const production = report.version ? report.production : requireProduction(report);
    core/* setOutput */.uH('production-version', production?.version ?? '');
    core/* setOutput */.uH('production-uri', production?.uri ?? '');
    core/* setOutput */.uH('changed', 'false');
    const line = production
        ? `${report.model} in production: ${production.version}${production.uri ? ` (${production.uri})` : ''}`
        : `${report.model}: nothing in production`;
    core/* info */.pq(line);
    await (0,summary/* writeSummary */.S)(`## model-stages: ${line}`);
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


/***/ })

};
