export const id = 240;
export const ids = [240,521];
export const modules = {

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ recordDeployments)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2225);


/**
 * A GitHub deployment for every version that landed in a stage with an `environment`, at the commit that landed
 * it (`data` is the manifest at that commit). Nothing is called when no stage has an environment.
 */
async function recordDeployments(connect, data, transitions, sha, runUrl) {
    const landings = (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .landingsOf */ .Qr)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineOf */ .gQ)(data), transitions);
    if (landings.length === 0)
        return [];
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Record deployments', async () => {
        const api = await connect();
        const recorded = [];
        for (const landing of landings) {
            const uri = data.models[landing.model]?.versions[landing.version]?.uri ?? null;
            const description = `${landing.model} ${landing.version} in ${landing.stage}`.slice(0, 140);
            const deployment = await api.recordDeployment({
                sha,
                environment: landing.environment,
                payload: { model: landing.model, version: landing.version, uri },
                description,
                logUrl: runUrl,
                production: landing.production
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Deployment ${deployment.id} to ${landing.environment}: ${description}${deployment.created ? '' : ' (recorded before)'}`);
            recorded.push({ ...deployment, model: landing.model, version: landing.version, stage: landing.stage });
        }
        return recorded;
    });
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
// EXTERNAL MODULE: ./src/manifest/fast-read.ts
var fast_read = __webpack_require__(5764);
// EXTERNAL MODULE: ./src/manifest/load.ts
var load = __webpack_require__(521);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
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
    const stages = (0,read_stages/* readStages */.ir)(text);
    if (!stages)
        throw new errors/* InputError */.dz(`${workspace.manifestName} at ${commit.slice(0, 7)} is not valid YAML`);
    return { text, stages };
}
async function resolveRevision(workspace, revision, name) {
    const commit = await workspace.git?.resolve(revision);
    if (!commit)
        throw new errors/* InputError */.dz(`${name}: unknown revision ${JSON.stringify(revision)}`);
    return commit;
}
/** The stage transitions between two revisions, for a deploy job that acts only when production moved. */
async function stageChanges(workspace, revisions, model) {
    if (!workspace.git)
        throw new errors/* InputError */.dz(`changes needs a git repository: ${workspace.root} is not one`);
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
        throw (0,errors/* unknownModel */.w2)(model, known);
    const live = (0,pipeline/* lastStage */.TX)((0,pipeline/* pipelineOf */.gQ)((after.text && (0,fast_read/* readValidManifest */.mc)(after.text)) || {})).name;
    const productionIn = (stages) => [...(stages.get(model) ?? new Map()).entries()].find(([, stage]) => stage === live)?.[0] ?? null;
    const version = productionIn(after.stages);
    let uri = null;
    if (version !== null && after.text !== undefined) {
        const data = (0,load.loadManifestText)(after.text, `${workspace.manifestName}@${to.slice(0, 7)}`).data;
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
// EXTERNAL MODULE: ./src/action/publish/deployments.ts
var deployments = __webpack_require__(5158);
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
async function ensureCommit(workspace, commit, connection) {
    const git = workspace.git;
    if (!git || /^0+$/.test(commit) || (await git.resolve(commit)))
        return;
    core/* debug */.Yz(`${commit} is not in this checkout: fetching it from origin`);
    await git.fetchCommit('origin', commit, await connection.gitConfigs()).catch(() => undefined);
}
/** What moved between two revisions, for a deploy job that acts only when production changed. */
async function runChanges(inputs, context, workspace, connection) {
    if (!workspace.git)
        throw new errors/* InputError */.dz(`changes needs a git checkout: ${workspace.root} is not one`);
    const { from, to } = revisionsOf(context);
    await ensureCommit(workspace, from, connection);
    await ensureCommit(workspace, to, connection);
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
    const deployments = context.push
        ? await deploymentsOfPush(connection, workspace, result.to, transitions)
        : [];
    if (deployments.length > 0)
        core/* setOutput */.uH('deployments', JSON.stringify(deployments));
    const recorded = deployments.length > 0
        ? `\n\nDeployments recorded: ${deployments.map(d => `${d.model} ${d.version} → ${d.environment}`).join(', ')}.`
        : '';
    await (0,summary/* writeSummary */.S)(`## model-stages: changes ${range}\n\n${table}${production}${recorded}`);
}
/**
 * A push that landed versions in stages with an `environment` (a merged promotion pull request) records a
 * GitHub deployment for each, at the pushed commit.
 */
async function deploymentsOfPush(connection, workspace, commit, transitions) {
    if (transitions.length === 0)
        return [];
    const text = await workspace.git?.show(commit, workspace.manifestName);
    const data = text === undefined ? undefined : (0,fast_read/* readValidManifest */.mc)(text);
    if (!data)
        return [];
    return (0,deployments/* recordDeployments */.G)(() => connection.api(), data, transitions, commit, connection.context.runUrl);
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   W7: () => (/* binding */ loadManifestForMove),
/* harmony export */   loadManifestText: () => (/* binding */ loadManifestText)
/* harmony export */ });
/* unused harmony export checkManifestText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);
/* harmony import */ var _fast_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5764);
/* harmony import */ var _closest_word_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1755);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5328);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1905);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6470);
/* harmony import */ var _stage_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8341);







function loaded(file, text, data, parsed, model) {
    let doc = parsed;
    return {
        file,
        text,
        data,
        ...(model === undefined ? {} : { model }),
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
/**
 * The manifest's data when it is valid, else every problem at its position: the position-tracking check runs only
 * when the fast read finds something to report.
 */
function checkManifest(text, file) {
    const data = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidManifest */ .mc)(text);
    if (data)
        return { data, problems: [] };
    const { manifest, problems } = checkManifestText(text, file);
    return { data: manifest?.data, problems };
}
/** A valid manifest, read fast; the position-tracking reader runs only to report the problems of an invalid one. */
function loadManifestText(text, file) {
    const data = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidManifest */ .mc)(text);
    if (data)
        return loaded(file, text, data);
    const { manifest, problems } = checkManifestText(text, file);
    if (!manifest)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(problems);
    return manifest;
}
/**
 * The manifest as a move of one model needs it: the header and the model's block when they read plainly (a move
 * changes nothing in the other models, so their blocks are not read), else the whole file, checked.
 */
function loadManifestForMove(text, file, model) {
    const data = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidModel */ .K9)(text, model);
    return data ? loaded(file, text, data, undefined, model) : loadManifestText(text, file);
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
    return (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .stageProblems */ .N)(js).flatMap(problem => {
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
            const suggestion = (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_6__/* .closestWord */ .E)(key, allowed);
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
        const names = (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .declaredStageNames */ .j)(js);
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
        ? (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_6__/* .closestWord */ .E)(value.value, issue.values.map(String))
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
