export const id = 587;
export const ids = [587,299];
export const modules = {

/***/ 1587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvaluateCommand: () => (/* binding */ runEvaluateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/files.ts
var files = __webpack_require__(9771);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
;// CONCATENATED MODULE: ./src/commands/evaluate.ts




/**
 * The one evaluate loop: each model's newest candidate (or MODEL's; or the `candidates` whose results were
 * gathered) is validated and promoted by the door's `promote`. A candidate the pipeline holds back, or whose validation fails, stays where it is; the others go on.
 */
async function evaluate(data, model, promote, candidates = (0,queries/* evaluationCandidates */.Fc)(data, model)) {
    const evaluated = [];
    for (const candidate of candidates) {
        let done;
        try {
            done = await promote(candidate);
        }
        catch (error) {
            if (!(error instanceof errors/* RefusedError */.fk))
                throw error;
            evaluated.push({ ...candidate, status: 'held', reason: error.message });
            continue;
        }
        const { outcome, applied } = done;
        const version = outcome.plan.version;
        if (outcome.verdict === 'failed') {
            const failed = (0,admission/* failedGates */.qq)(outcome.admission);
            evaluated.push({
                ...candidate,
                version,
                status: 'rejected',
                outcome,
                exitCode: (0,admission/* validationResult */.Vh)(outcome.admission)?.exitCode ?? null,
                ...(failed.length > 0 ? { failedGates: failed } : {})
            });
            continue;
        }
        const status = outcome.plan.transitions.length === 0 ? 'unchanged' : 'promoted';
        evaluated.push({ ...candidate, version, status, outcome, ...(applied === undefined ? {} : { applied }) });
    }
    return { from: (0,pipeline/* firstStage */.d8)((0,pipeline/* pipelineOf */.gQ)(data)).name, evaluated };
}
/**
 * Runs `work` for each item, at most `jobs` at once, and gives the results in the items' order: validations that
 * run side by side, each in its own process group, with the same outcome as one after another.
 */
async function inParallel(items, jobs, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/stages/combine.ts
/** The combine rule of each gated metric that declares one; the first gate set that declares it wins. */
function combineRules(gateSets) {
    const rules = new Map();
    for (const gates of gateSets)
        for (const [metric, gate] of Object.entries(gates))
            if (gate.combine !== undefined && !rules.has(metric))
                rules.set(metric, { combine: gate.combine, ...(gate.weight ? { weight: gate.weight } : {}) });
    // A weight is a count: the shards' weights add up.
    for (const rule of [...rules.values()])
        if (rule.weight !== undefined && !rules.has(rule.weight))
            rules.set(rule.weight, { combine: 'sum' });
    return rules;
}
function apply(rule, values, weights) {
    switch (rule.combine) {
        case 'sum':
            return values.reduce((total, value) => total + value, 0);
        case 'min':
            return Math.min(...values);
        case 'max':
            return Math.max(...values);
        case 'mean': {
            if (!weights)
                return values.reduce((total, value) => total + value, 0) / values.length;
            const total = weights.reduce((sum, weight) => sum + weight, 0);
            return values.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0) / total;
        }
    }
}
/**
 * One set of metrics from the shards of a validation. A metric one shard alone reports is taken as it is; a metric
 * several report is combined by its gate's rule, and needs every shard's value. Without a rule it is a problem, never
 * an average nobody declared: a global F1 is not the mean of the shards' F1s.
 */
function combineShards(shards, rules) {
    const reported = new Map();
    for (const shard of shards)
        for (const metric of Object.keys(shard.metrics))
            reported.set(metric, [...(reported.get(metric) ?? []), shard]);
    const metrics = {};
    for (const [metric, by] of reported) {
        const rule = rules.get(metric);
        if (by.length === 1 && !rule) {
            metrics[metric] = by[0]?.metrics[metric];
            continue;
        }
        if (!rule)
            return {
                problem: `metric ${metric} is reported by ${by.length} shards and its gate declares no combine: ` +
                    'declare combine: mean, sum, min or max on its gate, or report it from one shard only'
            };
        if (by.length !== shards.length)
            return {
                problem: `metric ${metric} (combine: ${rule.combine}) is reported by ${by.length} of ${shards.length} shards: every shard must report it`
            };
        const values = by.map(shard => shard.metrics[metric]);
        let weights;
        if (rule.weight !== undefined) {
            const weight = rule.weight;
            weights = by.map(shard => shard.metrics[weight] ?? NaN);
            if (weights.some(value => !Number.isFinite(value) || value < 0) || weights.every(value => value === 0))
                return {
                    problem: `metric ${metric} is a mean weighted by ${weight}: every shard must report ${weight} as a number ≥ 0, not all 0`
                };
        }
        metrics[metric] = apply(rule, values, weights);
    }
    return { metrics };
}

// EXTERNAL MODULE: ./src/stages/gates.ts
var gates = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/commands/fan-out/fingerprint.ts
var fan_out_fingerprint = __webpack_require__(5765);
// EXTERNAL MODULE: ./src/commands/fan-out/result-file.ts
var result_file = __webpack_require__(8819);
;// CONCATENATED MODULE: ./src/commands/fan-out/gather.ts







/** Every `.json` file below `dir`, as actions/download-artifact lays them out (a folder per artifact). */
async function resultFiles(dir, display) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true }).catch((error) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            throw new errors/* InputError */.dz(`${display(dir)} is not a folder: give the folder the result files were downloaded to (actions/download-artifact's path)`);
        throw error;
    });
    return entries
        .filter(entry => entry.endsWith('.json'))
        .map(entry => external_node_path_default().join(dir, entry))
        .sort();
}
async function readResult(file) {
    const stat = await (0,promises_.lstat)(file);
    if (!stat.isFile())
        return { problem: 'it is not a regular file' };
    if (stat.size > result_file/* RESULT_FILE_LIMIT */.Rj)
        return { problem: `it holds ${stat.size} bytes, over the ${result_file/* RESULT_FILE_LIMIT */.Rj} a result file needs` };
    return (0,result_file/* parseResultFile */.lf)(await (0,promises_.readFile)(file, 'utf8'));
}
/** The shards' validations as one: passed when every shard passed, else the first that did not, with every tail. */
function combinedValidation(results) {
    const failing = results.find(result => result.validation.status !== 'passed');
    const first = failing ?? results[0];
    const sharded = results.length > 1;
    const tail = results
        .filter(result => !failing || result.validation.status !== 'passed')
        .map(result => sharded
        ? `[shard ${result.shard.index}/${result.shard.count}]\n${result.validation.tail}`
        : result.validation.tail)
        .join('\n');
    return {
        ...first.validation,
        durationMs: Math.max(...results.map(result => result.validation.durationMs)),
        tail
    };
}
/** The gathered candidates as evaluate takes them: each version from the stage it is in now. */
function gatheredCandidates(data, gathered) {
    return gathered.candidates.map(candidate => ({
        model: candidate.model,
        version: candidate.version,
        from: data.models[candidate.model]?.versions.get(candidate.version)?.stage ?? '',
        to: candidate.to
    }));
}
/**
 * Reads the result files below `dir` and makes one measurement per candidate. Refused, each naming its files: a file
 * that is not a result, a model or version the manifest does not have, a result planned on another revision of the
 * model's entry, a missing or repeated shard, several candidates of one model, shards whose metrics cannot be
 * combined as the gates declare.
 */
async function gatherResults(dir, data, display = (file) => file) {
    const refused = [];
    const groups = new Map();
    for (const file of await resultFiles(dir, display)) {
        const read = await readResult(file);
        if ('problem' in read) {
            refused.push({ files: [display(file)], reason: `not a validation result: ${read.problem}` });
            continue;
        }
        const key = read.result.model;
        groups.set(key, [...(groups.get(key) ?? []), { file: display(file), result: read.result }]);
    }
    const candidates = [];
    for (const [model, group] of groups) {
        const files = group.map(item => item.file);
        const first = group[0]?.result;
        const refuse = (reason) => refused.push({ model, version: first.version, files, reason });
        const entry = data.models[model];
        if (!entry) {
            refuse(`the manifest has no model ${model}`);
            continue;
        }
        const candidatesOfModel = new Set(group.map(item => `${item.result.version} → ${item.result.to}`));
        if (candidatesOfModel.size > 1) {
            refuse(`results for more than one candidate of ${model} (${[...candidatesOfModel].join(', ')}): plan again`);
            continue;
        }
        if (!entry.versions.has(first.version)) {
            refuse(`${model} has no version ${first.version}`);
            continue;
        }
        const fingerprint = (0,fan_out_fingerprint/* modelFingerprint */.g)(data, model);
        const stale = group.filter(item => item.result.manifest.model !== fingerprint);
        if (stale.length > 0) {
            refuse(`${stale.map(item => item.file).join(', ')} validated ${model} as another revision of the manifest had it ` +
                `(its entry, stages or defaults changed since the plan): plan and validate again`);
            continue;
        }
        const declared = entry.shards ?? 1;
        const problem = shardProblem(group, declared);
        if (problem) {
            refuse(problem);
            continue;
        }
        const results = group.map(item => item.result).sort((a, b) => a.shard.index - b.shard.index);
        const validation = combinedValidation(results);
        const unusable = results.find(result => result.problem !== null);
        const digests = new Set(results.map(result => result.digest));
        if (digests.size > 1) {
            refuse(`the shards of ${model} hashed different artifacts (${[...digests].join(', ')})`);
            continue;
        }
        const digest = results[0]?.digest ?? undefined;
        let measurement = { validation, ...(digest ? { digest } : {}) };
        if (unusable)
            measurement = { ...measurement, error: unusable.problem };
        else if (validation.status === 'passed') {
            const combined = combineShards(results.map(result => ({ shard: result.shard.index, metrics: result.metrics ?? {} })), combineRules((0,gates/* gatesFor */.wQ)(data, model, first.to)));
            if ('problem' in combined) {
                refuse(combined.problem);
                continue;
            }
            if (Object.keys(combined.metrics).length > 0)
                measurement = { ...measurement, metrics: combined.metrics };
        }
        candidates.push({ model, version: first.version, to: first.to, measurement, files });
    }
    return { candidates, refused };
}
/** Every shard of 1..declared exactly once, as the manifest declares now. */
function shardProblem(group, declared) {
    const model = group[0]?.result.model;
    const counts = new Set(group.map(item => item.result.shard.count));
    if (counts.size > 1 || !counts.has(declared))
        return `${model} declares ${declared === 1 ? 'no shards' : `shards: ${declared}`}, and the results are shards of ${[...counts].join(', ')}`;
    const byIndex = new Map();
    for (const item of group)
        byIndex.set(item.result.shard.index, [...(byIndex.get(item.result.shard.index) ?? []), item.file]);
    const repeated = [...byIndex].find(([, files]) => files.length > 1);
    if (repeated)
        return `shard ${repeated[0]}/${declared} of ${model} comes twice: ${repeated[1].join(' and ')}`;
    const missing = Array.from({ length: declared }, (_, index) => index + 1).filter(index => !byIndex.has(index));
    if (missing.length > 0)
        return `${model} is missing shard${missing.length > 1 ? 's' : ''} ${missing.map(index => `${index}/${declared}`).join(', ')}: a shard that did not report fails the candidate`;
    return undefined;
}

// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/manifest/schema.ts + 1 modules
var schema = __webpack_require__(8277);
// EXTERNAL MODULE: ./src/commands/prepare-move.ts + 3 modules
var prepare_move = __webpack_require__(8443);
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
    return { revision: committed || null, blob: (0,fan_out_fingerprint/* gitBlobId */.t)(text), matrix: { include }, held };
}

// EXTERNAL MODULE: ./src/commands/workspace.ts
var commands_workspace = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/reporting/diff.ts
var reporting_diff = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(4871);
// EXTERNAL MODULE: ./src/cli/handlers/move.ts
var move = __webpack_require__(1217);
;// CONCATENATED MODULE: ./src/cli/handlers/evaluate.ts














/** A candidate as `--json` lists it. */
function listed(entry, gatheredCommit) {
    return {
        model: entry.model,
        version: entry.version,
        validation: entry.outcome?.verdict ?? 'skipped',
        exitCode: (0,admission/* validationResult */.Vh)(entry.outcome?.admission)?.exitCode ?? null,
        commit: entry.applied ?? (entry.status === 'promoted' ? gatheredCommit : undefined) ?? null,
        ...(entry.failedGates ? { failedGates: entry.failedGates } : {}),
        ...(entry.reason ? { reason: entry.reason } : {})
    };
}
function line(entry) {
    const { outcome } = entry;
    if (entry.status === 'held')
        return `${entry.model} ${entry.version} stays in ${entry.from}: ${entry.reason}`;
    if (entry.status === 'rejected')
        return `${entry.model} ${entry.version} stays in ${entry.from}. ${(0,describe/* outcomeSentence */.yz)(outcome?.admission)}`;
    if (!outcome)
        return `${entry.model} ${entry.version}`;
    return `${(0,describe/* planTitle */.KS)(outcome.plan)}. ${(0,describe/* validationSentence */.JJ)((0,admission/* validationResult */.Vh)(outcome.admission))}`;
}
/** The validation matrix: one line of JSON for strategy.matrix (or the whole plan with --json). */
async function printPlan(context) {
    const { workspace, request } = context;
    const plan = await planEvaluation(workspace, await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), request.model);
    for (const held of plan.held)
        if (!context.json)
            context.io.err(`${held.model} ${held.version} is not planned: ${held.reason}\n`);
    (0,output/* print */.yy)(context.io, context.json, plan, () => `${JSON.stringify(plan.matrix)}\n`);
    return output/* EXIT_OK */.Ij;
}
/**
 * --jobs N: every candidate validated first, up to N at once, each one's output kept apart and printed whole when it
 * ends; the promotions then reuse those runs (or what stopped them), one after another, as without --jobs: nothing
 * is validated twice.
 */
async function validateAhead(context, text, candidates, jobs) {
    const { workspace, request } = context;
    const outcomes = await inParallel(candidates, jobs, async (candidate) => {
        let output = '';
        const outcome = await (0,prepare_move/* prepareMove */.H)({
            workspace,
            text,
            command: 'promote',
            args: { model: candidate.model, version: candidate.version, to: candidate.to },
            validation: { ...(0,move.validationOptions)(context, request), onOutput: chunk => (output += chunk) },
            uncommitted: true
        }).catch((error) => (error instanceof Error ? error : new Error(String(error))));
        if (!context.json && output)
            context.io.err(`── ${candidate.model} ${candidate.version} ──\n${output}${output.endsWith('\n') ? '' : '\n'}`);
        return outcome;
    });
    return new Map(outcomes.map((outcome, index) => [candidates[index]?.model, outcome]));
}
/**
 * Validates each model's newest candidate and promotes those that pass, one change per model, in the work tree;
 * with --results, takes the validations from the result files instead and writes every promotion as one change.
 */
async function runEvaluateCommand(context) {
    const { workspace, request } = context;
    if (request.plan)
        return printPlan(context);
    const mode = (0,move.writeMode)(context);
    await (0,move.assertCommittable)(workspace, mode);
    const original = await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace);
    let text = original;
    const data = await (0,read/* readManifest */.WI)(text, workspace.manifestName);
    const cwd = context.io.cwd;
    const gathered = request.results === undefined
        ? undefined
        : await gatherResults(external_node_path_default().resolve(cwd, request.results), data, file => external_node_path_default().relative(cwd, file));
    const candidates = gathered ? gatheredCandidates(data, gathered) : (0,queries/* evaluationCandidates */.Fc)(data, request.model);
    const ahead = (request.jobs ?? 1) > 1 ? await validateAhead(context, text, candidates, request.jobs ?? 1) : undefined;
    const admitted = [];
    const result = await evaluate(data, request.model, async (candidate) => {
        const before = ahead?.get(candidate.model);
        if (before instanceof Error)
            throw before;
        const outcome = await (0,prepare_move/* prepareMove */.H)({
            workspace,
            text,
            command: 'promote',
            args: { model: candidate.model, version: candidate.version, to: candidate.to },
            validation: (0,move.validationOptions)(context, request),
            uncommitted: true,
            measured: gathered?.candidates.find(entry => entry.model === candidate.model)?.measurement,
            earlier: before
        });
        // Gathered promotions are written together, once all are judged.
        const applied = gathered ? undefined : await (0,move.writeOutcome)(workspace, outcome, mode);
        if (outcome.verdict !== 'failed')
            text = outcome.newText;
        if (outcome.changed && outcome.verdict !== 'failed')
            admitted.push(outcome);
        return { outcome, applied };
    }, candidates);
    const commit = gathered ? await writeGathered(workspace, original, text, admitted, mode) : undefined;
    const promoted = result.evaluated.filter(entry => entry.status === 'promoted' || entry.status === 'unchanged');
    const rejected = result.evaluated.filter(entry => entry.status === 'rejected' || entry.status === 'held');
    const refusedResults = gathered?.refused ?? [];
    const diff = (0,reporting_diff.unifiedDiff)(workspace.manifestName, original, text);
    (0,output/* print */.yy)(context.io, context.json, {
        changed: promoted.some(entry => entry.status === 'promoted'),
        dryRun: mode.dryRun,
        promoted: promoted.map(entry => listed(entry, commit)),
        rejected: rejected.map(entry => listed(entry, commit)),
        ...(gathered ? { refusedResults } : {}),
        diff
    }, () => {
        const refusedLines = refusedResults.map(refused => `Refused ${refused.files.join(', ')}${refused.model ? ` (${refused.model} stays where it is)` : ''}: ${refused.reason}`);
        if (result.evaluated.length === 0 && refusedLines.length === 0)
            return gathered
                ? `No result files below ${request.results}: nothing to gather.\n`
                : `No model has a version in ${result.from}: nothing to evaluate.\n`;
        const tail = mode.dryRun && diff ? ['', diff, `Dry run: ${workspace.manifestName} not written.`] : [];
        const committed = commit ? [`Committed ${commit.slice(0, 7)}: every promotion in one commit.`] : [];
        return [...result.evaluated.map(line), ...refusedLines, ...committed, ...tail].join('\n') + '\n';
    });
    // A result that could not be taken is a broken pipeline, not a verdict on a model: the run says so.
    return refusedResults.length > 0 ? output/* EXIT_REFUSED */.MY : output/* EXIT_OK */.Ij;
}
/** The gathered promotions as one write, and with --commit one commit; the commit, when one was made. */
async function writeGathered(workspace, original, text, admitted, mode) {
    if (text === original || mode.dryRun)
        return undefined;
    await (0,files/* writeFileAtomic */.Z)(workspace.manifestPath, text);
    if (!mode.commit)
        return undefined;
    return (0,move.commitOrRestore)(workspace, original, (0,describe/* gatheredCommitMessage */.xo)(admitted));
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


/***/ }),

/***/ 8819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ resultFileText),
/* harmony export */   Rj: () => (/* binding */ RESULT_FILE_LIMIT),
/* harmony export */   j_: () => (/* binding */ RESULT_KIND),
/* harmony export */   lf: () => (/* binding */ parseResultFile)
/* harmony export */ });
/* unused harmony export ResultFileSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3759);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6629);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8277);
/* harmony import */ var _manifest_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9880);




/** What a result file says it is: a reader refuses anything else. */
const RESULT_KIND = 'model-stages/validation-result';
/** A result file is small: a tail of at most a few thousand characters and at most MAX_METRICS numbers. */
const RESULT_FILE_LIMIT = 256 * 1024;
const name = (pattern) => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(pattern));
const count = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(1), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SHARDS */ .hH));
const ResultFileSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    kind: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RESULT_KIND),
    format: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    model: name(_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MODEL_NAME_PATTERN */ .lM),
    version: name(_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_PATTERN */ .Q6),
    from: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    to: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    shard: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ index: count, count }),
    manifest: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        path: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        blob: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^[0-9a-f]{40}$/)),
        model: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^sha256:[0-9a-f]{64}$/))
    }),
    validation: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        status: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['passed', 'failed', 'timed-out']),
        command: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        exitCode: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()),
        signal: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        durationMs: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._nonnegative */ .UI()),
        tail: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._maxLength */ .Eb(8192))
    }),
    metrics: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(name(_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .METRIC_NAME_PATTERN */ .Sg), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig())
        .check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .refine */ .YPB(metrics => Object.keys(metrics).length <= _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_METRICS */ .ZF))),
    /** The artifact's digest where it was validated, taken when the manifest records one. */
    digest: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^sha256:[0-9a-f]{64}$/))),
    /** Why the metrics the validation wrote could not be used. */
    problem: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    /** The workflow run and job it came from, when it ran in one. */
    run: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        repository: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        attempt: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        job: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        url: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
    })
})
    .check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .refine */ .YPB(result => result.shard.index <= result.shard.count, { path: ['shard', 'index'] }));
/** A result file's text, or why it cannot be taken: the path is the caller's to name. */
function parseResultFile(text) {
    if (text.length > RESULT_FILE_LIMIT)
        return {
            problem: `it holds ${text.length} characters, over the ${RESULT_FILE_LIMIT} a result file needs`
        };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        return { problem: `it is not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    // JSON.parse keeps the last of a repeated key: the plain-data reader refuses it, as everywhere else.
    const repeated = (0,_manifest_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlainData */ .B)(text).problems.find(problem => problem.message.startsWith('duplicate key'));
    if (repeated)
        return { problem: repeated.message };
    const checked = ResultFileSchema.safeParse(parsed);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : 'the file';
        const kind = typeof parsed === 'object' && parsed !== null && 'kind' in parsed
            ? parsed.kind
            : undefined;
        if (kind !== RESULT_KIND)
            return { problem: `it is not a model-stages validation result (kind ${RESULT_KIND})` };
        return { problem: `${where}: ${issue?.message ?? 'not as a result file has it'}` };
    }
    return { result: checked.data };
}
function resultFileText(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}


/***/ }),

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedLineCount: () => (/* binding */ changedLineCount),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 })
        .split('\n')
        .filter(line => !line.startsWith('====='))
        .map(line => line.replace(/\t$/, ''))
        .join('\n');
}
/** Lines removed plus lines added. */
function changedLineCount(before, after) {
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .structuredPatch */ .YB)('a', 'b', before, after, '', '', { context: 0 })
        .hunks.flatMap(hunk => hunk.lines)
        .filter(line => line.startsWith('-') || line.startsWith('+')).length;
}


/***/ })

};
