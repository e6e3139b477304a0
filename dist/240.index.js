export const id = 240;
export const ids = [240];
export const modules = {

/***/ 6391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fenced),
/* harmony export */   v: () => (/* binding */ logFenced)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Text from a manifest or a validation, written to the log so that the runner obeys no workflow command in it:
 * workflow commands are stopped with a token no text can guess, and resumed after. (@actions/core has no call for
 * stop-commands: it is written as the runner reads it.)
 */
async function fenced(work) {
    const resume = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    process.stdout.write(`::stop-commands::${resume}\n`);
    try {
        return await work(text => process.stdout.write(text));
    }
    finally {
        process.stdout.write(`\n::${resume}::\n`);
    }
}
/** One text from a manifest or a validation, as a fenced log line. */
function logFenced(text) {
    return fenced(write => write(text));
}


/***/ }),

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ recordDeployments)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _fence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6391);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2225);



/**
 * A GitHub deployment for every version that landed in a stage with an `environment`, at the commit that landed
 * it (`data` is the manifest at that commit). Nothing is called when no stage has an environment.
 */
async function recordDeployments(connect, data, transitions, sha, runUrl) {
    const landings = (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .landingsOf */ .Qr)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .pipelineOf */ .gQ)(data), transitions);
    if (landings.length === 0)
        return [];
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Record deployments', async () => {
        const api = await connect();
        const recorded = [];
        for (const landing of landings) {
            const uri = data.models[landing.model]?.versions.get(landing.version)?.uri ?? null;
            const description = `${landing.model} ${landing.version} in ${landing.stage}`.slice(0, 140);
            const deployment = await api.recordDeployment({
                sha,
                environment: landing.environment,
                payload: { model: landing.model, version: landing.version, uri },
                description,
                logUrl: runUrl,
                production: landing.production
            });
            // The environment's name is the manifest's text: fenced like all of it.
            await (0,_fence_js__WEBPACK_IMPORTED_MODULE_1__/* .logFenced */ .v)(`Deployment ${deployment.id} to ${landing.environment}: ${description}${recordedBefore(deployment)}`);
            recorded.push({ ...deployment, model: landing.model, version: landing.version, stage: landing.stage });
        }
        return recorded;
    });
}
function recordedBefore(deployment) {
    if (deployment.created)
        return '';
    return deployment.completed
        ? ' (recorded before without a status: marked successful now)'
        : ' (recorded before)';
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
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
;// CONCATENATED MODULE: ./src/commands/changes.ts




/** A push that created a branch has no "before": git names it with zeros. */
const NO_COMMIT = /^0+$/;
const NO_COMMIT_YET = '0'.repeat(40);
/** The stages a revision records (read through the manifest's profile: a revision that breaks it is an error). */
async function stagesAt(workspace, commit) {
    const name = `${workspace.manifestName}@${commit?.slice(0, 7) ?? 'none'}`;
    if (commit === null || !workspace.git)
        return { name, stages: new Map() };
    const text = await workspace.git.show(commit, workspace.manifestName);
    if (text === undefined)
        return { name, stages: new Map() };
    return { text, name, stages: (0,read/* readStageMap */.rx)(text, name) };
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
    const data = after.text === undefined ? undefined : await (0,read/* readManifest */.WI)(after.text, after.name);
    const live = (0,pipeline/* lastStage */.TX)((0,pipeline/* pipelineOf */.gQ)(data ?? {})).name;
    const productionIn = (stages) => [...(stages.get(model) ?? new Map()).entries()].find(([, stage]) => stage === live)?.[0] ?? null;
    const version = productionIn(after.stages);
    const uri = (version !== null && data?.models[model]?.versions.get(version)?.uri) || null;
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
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
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
    const result = await stageChanges(workspace, { from, to, fromName: 'from', toName: 'to' }, inputs.request.model);
    const transitions = result.transitions.map(({ model, version, from, to }) => ({ model, version, from, to }));
    (0,outputs/* setOutput */.u)('changed', 'false');
    (0,outputs/* setOutput */.u)('transitions', JSON.stringify(transitions));
    if (result.production) {
        (0,outputs/* setOutput */.u)('production-changed', String(result.production.changed));
        (0,outputs/* setOutput */.u)('production-version', result.production.version ?? '');
        (0,outputs/* setOutput */.u)('production-uri', result.production.uri ?? '');
    }
    const range = `${result.from?.slice(0, 7) ?? '(none)'}..${result.to.slice(0, 7)}`;
    const table = transitions.length === 0
        ? `No stage changes in ${range}.`
        : (0,markdown/* markdownTable */.Qj)(['Model', 'Version', 'Transition'], transitions.map(t => [t.model, `\`${t.version}\``, (0,rules/* stageMove */.Su)(t.from, t.to)]));
    const production = result.production
        ? `\n\nProduction of ${result.production.model}: ${result.production.changed
            ? `changed, ${result.production.before ?? 'none'} → ${result.production.version ?? 'none'}`
            : `unchanged (${result.production.version ?? 'none'})`}.`
        : '';
    core/* info */.pq(`Stage changes in ${range}: ${transitions.length}`);
    // Deployments say "this landed": only a push to the base branch lands anything.
    const notLanded = (0,run_context/* notLanding */.X9)(context, inputs.base);
    if (notLanded && transitions.length > 0)
        core/* info */.pq(`No deployment is recorded: ${notLanded}.`);
    const deployments = notLanded ? [] : await deploymentsOfPush(connection, workspace, result.to, transitions);
    if (deployments.length > 0)
        (0,outputs/* setOutput */.u)('deployments', JSON.stringify(deployments));
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
    const data = text === undefined ? undefined : (await (0,read/* checkManifest */.K7)(text, workspace.manifestName)).manifest;
    if (!data)
        return [];
    return (0,deployments/* recordDeployments */.G)(() => connection.api(), data, transitions, commit, connection.context.runUrl);
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
