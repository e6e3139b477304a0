export const id = 471;
export const ids = [471];
export const modules = {

/***/ 7471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/manifest/schema.ts + 1 modules
var schema = __webpack_require__(8277);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/commands/prepare-move.ts + 2 modules
var prepare_move = __webpack_require__(407);
// EXTERNAL MODULE: ./src/commands/fan-out/fingerprint.ts
var fingerprint = __webpack_require__(5765);
;// CONCATENATED MODULE: ./src/commands/fan-out/plan.ts






/**
 * The candidates `evaluate` would validate, one matrix entry each (one per shard when the model declares
 * `shards`); a candidate the pipeline holds back before validation gets no job.
 */
async function planEvaluation(workspace, text, model) {
    const data = await (0,read/* readManifest */.WI)(text, workspace.manifestName);
    const include = [];
    const held = [];
    for (const candidate of (0,queries/* evaluationCandidates */.Fc)(data, model)) {
        try {
            await (0,prepare_move/* prepareMove */.H)({
                workspace,
                text,
                command: 'promote',
                args: { model: candidate.model, version: candidate.version, to: candidate.to },
                validation: {},
                stopBeforeValidation: true
            });
        }
        catch (error) {
            if (!(error instanceof errors/* RefusedError */.fk))
                throw error;
            held.push({ model: candidate.model, version: candidate.version, reason: error.message });
            continue;
        }
        const shards = data.models[candidate.model]?.shards ?? 1;
        for (let shard = 1; shard <= shards; shard++)
            include.push({ model: candidate.model, version: candidate.version, to: candidate.to, shard, shards });
    }
    if (include.length > schema/* MAX_SHARDS */.hH)
        throw new errors/* InputError */.dz(`the plan needs ${include.length} validation jobs and GitHub runs at most ${schema/* MAX_SHARDS */.hH} from one matrix: ` +
            'plan one model at a time (evaluate MODEL --plan), or declare fewer shards');
    const committed = workspace.git
        ? !(await workspace.git.hasChanges(workspace.manifestName)) && (await workspace.git.resolve('HEAD'))
        : undefined;
    return { revision: committed || null, blob: (0,fingerprint/* gitBlobId */.t)(text), matrix: { include }, held };
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/action/fence.ts
var fence = __webpack_require__(6391);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/action/run-plan.ts







/** evaluate with plan: the validation matrix for the jobs that validate, and the commit they check out. */
async function runPlan(inputs, workspace) {
    const plan = await planEvaluation(workspace, await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), inputs.request.model);
    if (!plan.revision)
        core/* warning */.$e(`${workspace.manifestName} has uncommitted changes: the matrix jobs cannot check out what was planned`);
    (0,outputs/* setOutput */.u)('matrix', JSON.stringify(plan.matrix));
    (0,outputs/* setOutput */.u)('revision', plan.revision ?? '');
    (0,outputs/* setOutput */.u)('changed', 'false');
    for (const held of plan.held)
        await (0,fence/* logFenced */.v)(`${held.model} ${held.version} is not planned: ${held.reason}`);
    const entries = plan.matrix.include;
    await (0,fence/* logFenced */.v)(`${entries.length} validation job(s) planned on ${plan.revision ?? 'the work tree'}`);
    const rows = entries.map(entry => [
        entry.model,
        `\`${entry.version}\``,
        entry.to,
        entry.shards > 1 ? `${entry.shard}/${entry.shards}` : '—'
    ]);
    const held = plan.held.map(entry => `- ${entry.model} \`${entry.version}\` is not planned: ${entry.reason}`);
    await (0,summary/* writeSummary */.S)([
        '## model-stages: evaluation plan',
        rows.length > 0
            ? (0,markdown/* markdownTable */.Qj)(['Model', 'Candidate', 'To', 'Shard'], rows)
            : 'No candidate to validate.',
        held.join('\n')
    ]
        .filter(Boolean)
        .join('\n\n'));
}


/***/ }),

/***/ 5765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ modelFingerprint),
/* harmony export */   t: () => (/* binding */ gitBlobId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * What a model's validation was planned and run against: its own entry and the settings that apply to it (stages,
 * defaults), as data. A result whose fingerprint differs from the manifest's now is stale: the model changed since.
 */
function modelFingerprint(data, model) {
    const entry = data.models[model];
    if (!entry)
        return undefined;
    const canonical = JSON.stringify({
        stages: data.stages ?? null,
        defaults: data.defaults ?? null,
        model: { ...entry, versions: [...entry.versions] }
    });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex')}`;
}
/** The id git gives a file's content (`git hash-object`): which manifest text a result came from. */
function gitBlobId(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}


/***/ })

};
