export const id = 739;
export const ids = [739,355];
export const modules = {

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listed: () => (/* binding */ listed),
/* harmony export */   reportEvaluation: () => (/* binding */ reportEvaluation),
/* harmony export */   runEvaluate: () => (/* binding */ runEvaluate)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8948);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8770);
/* harmony import */ var _commands_evaluate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7643);
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7112);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8553);
/* harmony import */ var _reporting_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1093);
/* harmony import */ var _reporting_describe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4465);
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3194);
/* harmony import */ var _publish_publish_move_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7517);
/* harmony import */ var _timeline_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9885);
/* harmony import */ var _validation_log_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(352);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2853);
/* harmony import */ var _publish_settings_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8225);














/** A candidate as the `promoted` and `rejected` outputs list it. */
function listed(entry) {
    return {
        model: entry.model,
        version: entry.version,
        validation: entry.outcome?.verdict ?? 'skipped',
        ...(entry.status === 'rejected' ? { exitCode: entry.exitCode ?? null } : {}),
        ...(entry.failedGates ? { failedGates: entry.failedGates } : {}),
        ...(entry.reason ? { reason: entry.reason } : {}),
        ...(entry.applied?.pullRequest ? { pullRequestUrl: entry.applied.pullRequest.url } : {}),
        ...(entry.applied?.commitSha ? { commitSha: entry.applied.commitSha } : {})
    };
}
/** Validates each model's newest candidate and promotes those that pass, one pull request or commit per model. */
async function runEvaluate(inputs, context, workspace, connection) {
    const data = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifest */ .WI)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName);
    const settings = await (0,_publish_settings_js__WEBPACK_IMPORTED_MODULE_12__/* .publishSettings */ .n)(inputs, context, workspace, connection);
    const result = await (0,_commands_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluate */ ._)(data, inputs.request.model, async (candidate) => {
        const published = await (0,_publish_publish_move_js__WEBPACK_IMPORTED_MODULE_9__/* .publishMove */ .x8)(workspace, 'promote', { model: candidate.model, version: candidate.version, to: candidate.to }, (0,_validation_log_js__WEBPACK_IMPORTED_MODULE_11__/* .validationLog */ .e)(`Validate ${candidate.model} ${candidate.version}`, inputs.request), settings);
        return { outcome: published.outcome, applied: published };
    });
    if (result.evaluated.length === 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No model has a version in ${result.from}: nothing to evaluate.`);
    await reportEvaluation(result.evaluated, inputs.mode, context, `No candidates in ${result.from}.`, '', workspace);
}
/** Warnings for the candidates left where they are, the promoted/rejected/changed outputs, and the summary table. */
async function reportEvaluation(evaluated, mode, context, empty, extra = '', workspace) {
    for (const entry of evaluated) {
        if (entry.status === 'held')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${entry.model} ${entry.version} stays in ${entry.from}: ${entry.reason}`);
        if (entry.status === 'rejected')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${entry.model} ${entry.version} stays in ${entry.from}. ${(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .outcomeSentence */ .yz)(entry.outcome?.admission)}\n${(0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_8__/* .validationResult */ .Vh)(entry.outcome?.admission)?.tail ?? ''}`);
    }
    const promoted = evaluated.filter(entry => entry.status === 'promoted');
    const rejected = evaluated.filter(entry => entry.status === 'rejected' || entry.status === 'held');
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .u)('promoted', JSON.stringify(promoted.map(listed)));
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .u)('rejected', JSON.stringify(rejected.map(listed)));
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .u)('changed', String(promoted.length > 0));
    const rows = [
        ...promoted.map(e => [e.model, `\`${e.version}\``, '✅ passed', resultCell(e, mode, context)]),
        ...rejected.map(e => [
            e.model,
            `\`${e.version}\``,
            e.reason
                ? `⏳ ${e.reason}`
                : e.failedGates
                    ? `❌ gates: ${e.failedGates.map(rule => `${rule.metric} ${rule.rule}`).join(', ')}`
                    : `❌ ${e.outcome?.verdict ?? 'failed'}${e.exitCode != null ? ` (exit ${e.exitCode})` : ''}`,
            `stays in ${e.from}`
        ])
    ];
    const table = rows.length > 0 ? (0,_reporting_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['Model', 'Candidate', 'Validation', 'Result'], rows) : empty;
    const moved = promoted.flatMap(entry => entry.outcome ? [{ outcome: entry.outcome, commitSha: entry.applied?.commitSha }] : []);
    const timelines = workspace ? await (0,_timeline_js__WEBPACK_IMPORTED_MODULE_10__/* .movedTimelines */ .W)(workspace, moved, context) : '';
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)(`## model-stages: evaluate\n\n${table}${extra}${timelines ? `\n\n${timelines}` : ''}`);
}
function resultCell(entry, mode, context) {
    if (entry.applied?.pullRequest)
        return `[pull request](${entry.applied.pullRequest.url})`;
    if (entry.applied?.commitSha)
        return `[commit ${entry.applied.commitSha.slice(0, 7)}](${(0,_run_context_js__WEBPACK_IMPORTED_MODULE_13__/* .commitUrl */ .Bg)(context, entry.applied.commitSha)})`;
    return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted';
}


/***/ }),

/***/ 6739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGather: () => (/* binding */ runGather)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
// EXTERNAL MODULE: ./src/commands/evaluate.ts
var evaluate = __webpack_require__(7643);
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
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
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

// EXTERNAL MODULE: ./src/commands/prepare-move.ts + 2 modules
var prepare_move = __webpack_require__(407);
// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/reporting/pull-request.ts
var pull_request = __webpack_require__(8415);
// EXTERNAL MODULE: ./src/action/publish/backoff.ts
var publish_backoff = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/action/publish/fetch-base.ts
var fetch_base = __webpack_require__(9622);
// EXTERNAL MODULE: ./src/action/publish/publish-error.ts
var publish_error = __webpack_require__(4718);
// EXTERNAL MODULE: ./src/action/publish/publish-move.ts
var publish_move = __webpack_require__(7517);
// EXTERNAL MODULE: ./src/action/publish/pull-request.ts
var publish_pull_request = __webpack_require__(9871);
;// CONCATENATED MODULE: ./src/action/publish/publish-gathered.ts














/** The branch of the one pull request an evaluation's gathered promotions are proposed in. */
const GATHERED_BRANCH = 'model-stages/evaluate';
/** The gathered results judged on `text` (the base branch's manifest): every admitted promotion, on one text. */
async function judgeOn(workspace, text, dir) {
    const data = await (0,read/* readManifest */.WI)(text, workspace.manifestName);
    // Judged against the manifest being changed: a model whose entry changed since the plan is stale here.
    const gathered = await gatherResults(dir, data, file => file.slice(dir.length + 1) || file);
    let newText = text;
    const admitted = [];
    const candidates = gatheredCandidates(data, gathered);
    const result = await (0,evaluate/* evaluate */._)(data, undefined, async (candidate) => {
        const outcome = await (0,prepare_move/* prepareMove */.H)({
            workspace,
            text: newText,
            command: 'promote',
            args: { model: candidate.model, version: candidate.version, to: candidate.to },
            validation: {},
            measured: gathered.candidates.find(entry => entry.model === candidate.model)?.measurement
        });
        if (outcome.verdict !== 'failed')
            newText = outcome.newText;
        if (outcome.changed && outcome.verdict !== 'failed')
            admitted.push(outcome);
        return { outcome };
    }, candidates);
    return { gathered, result, admitted, newText };
}
/**
 * Every promotion the gathered results admit, written as one change: one commit on the base branch, or one pull
 * request from model-stages/evaluate. Nothing is validated here. When the base moves on meanwhile, the results are
 * judged again on the new manifest, never merged as text.
 */
async function publishGathered(workspace, dir, settings) {
    const git = workspace.git;
    if (settings.mode === 'dry-run' || !git) {
        if (settings.mode !== 'dry-run')
            throw new Error(`mode ${settings.mode} needs a git checkout; ${workspace.root} is not one`);
        const judged = await judgeOn(workspace, await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), dir);
        return { ...judged, admitted: judged.admitted };
    }
    const backoff = new publish_backoff/* Backoff */.n(publish_move/* PUSH_BUDGET_MS */.K);
    for (;;) {
        const tip = await core/* group */.Os(`Fetch ${settings.base} from origin`, () => (0,fetch_base/* fetchBase */.c)(git, workspace, settings.base, settings.gitConfigs, false));
        const judged = await judgeOn(workspace, tip.text, dir);
        if (judged.newText === tip.text) {
            // A re-run after the change landed: what an earlier run could not record is recorded now.
            if (settings.mode !== 'commit')
                return judged;
            const deployments = [];
            for (const entry of judged.result.evaluated) {
                if (entry.status !== 'unchanged' || !entry.outcome)
                    continue;
                const landed = await (0,publish_move/* finishEarlierLanding */.pO)(git, workspace, entry.outcome, tip.commit, settings);
                if (landed.deploymentFailure)
                    return { ...judged, deployments, deploymentFailure: landed.deploymentFailure };
                deployments.push(...(landed.deployments ?? []));
            }
            return { ...judged, deployments };
        }
        const message = (0,describe/* gatheredCommitMessage */.xo)(judged.admitted, {
            requestedBy: settings.requestedBy,
            reason: settings.runUrl
        });
        const commitSha = await core/* group */.Os(`Commit the change to ${workspace.manifestName}`, () => git.commitFile({
            parent: tip.commit,
            repoPath: workspace.manifestName,
            content: judged.newText,
            message: (0,secrets/* redact */.E$)(message),
            author: settings.author,
            committer: settings.committer
        }));
        if (settings.mode === 'pull-request') {
            const proposal = {
                branch: GATHERED_BRANCH,
                title: message.split('\n')[0] ?? 'evaluate',
                body: (0,pull_request/* gatheredPullRequestBody */.xO)(judged.admitted, judged.gathered.refused, workspace.manifestName, settings.runUrl)
            };
            return { ...judged, commitSha, ...(await (0,publish_pull_request/* proposePullRequest */.R)(git, proposal, commitSha, settings)) };
        }
        const push = await core/* group */.Os(`Push to ${settings.base}`, () => (0,publish_move/* pushToBase */.HF)(git, tip.commit, commitSha, settings));
        if (push.pushed) {
            const transitions = judged.admitted.flatMap(outcome => outcome.plan.transitions);
            const data = judged.admitted.at(-1)?.plan.result;
            const again = 'Re-run the job once the cause is fixed: the versions are already in their stages, so the re-run moves ' +
                'nothing and records the deployments.';
            const landed = data ? await (0,publish_move/* landDeployments */.qq)(data, transitions, commitSha, settings, again) : {};
            return { ...judged, commitSha, ...landed };
        }
        if (!push.stale)
            throw new publish_error/* PublishError */.S(`origin refused the push to ${settings.base}:\n${push.message}\n` +
                'The branch is protected: use mode: pull-request, or a token the rule lets push.');
        core/* info */.pq(`${settings.base} moved on while this run worked; judging the results again on the new manifest`);
        if (!(await backoff.wait()))
            throw new publish_error/* PublishError */.S(`could not push to ${settings.base}: other pushes kept moving it for ${backoff.budgetMs / 1000} s`);
    }
}

// EXTERNAL MODULE: ./src/action/publish/settings.ts
var publish_settings = __webpack_require__(8225);
// EXTERNAL MODULE: ./src/action/run-evaluate.ts
var run_evaluate = __webpack_require__(1355);
;// CONCATENATED MODULE: ./src/action/run-gather.ts






/**
 * evaluate with results: the validations the matrix jobs ran, gathered and judged as usual, every promotion written
 * as one pull request or commit. No validation runs here: this is the job that holds the write token.
 */
async function runGather(inputs, context, workspace, connection) {
    const settings = await (0,publish_settings/* publishSettings */.n)(inputs, context, workspace, connection);
    const dir = external_node_path_default().resolve(workspace.root, inputs.request.results ?? '');
    const published = await publishGathered(workspace, dir, settings);
    const applied = { pullRequest: published.pullRequest, commitSha: published.commitSha };
    const evaluated = published.result.evaluated.map(entry => entry.status === 'promoted' ? { ...entry, applied } : entry);
    const refused = published.gathered.refused;
    (0,outputs/* setOutput */.u)('refused-results', JSON.stringify(refused));
    (0,outputs/* setOutput */.u)('commit-sha', published.commitSha ?? '');
    (0,outputs/* setOutput */.u)('pull-request-number', published.pullRequest ? String(published.pullRequest.number) : '');
    (0,outputs/* setOutput */.u)('pull-request-url', published.pullRequest?.url ?? '');
    if (published.deployments?.length)
        (0,outputs/* setOutput */.u)('deployments', JSON.stringify(published.deployments));
    for (const entry of refused)
        core/* warning */.$e(`Result not taken: ${entry.files.join(', ')}${entry.model ? ` (${entry.model} stays where it is)` : ''}: ${entry.reason}`);
    const refusedList = refused.length > 0
        ? `\n\nResults not taken:\n\n${refused.map(entry => `- ${entry.files.map(file => `\`${file}\``).join(', ')}: ${entry.reason}`).join('\n')}`
        : '';
    await (0,run_evaluate.reportEvaluation)(evaluated, inputs.mode, context, `No result files below \`${inputs.request.results}\`.`, refusedList, workspace);
    if (published.deploymentFailure)
        core/* setFailed */.C1(`${published.deploymentFailure.message}\n${published.deploymentFailure.leftBehind}`);
    else if (refused.length > 0)
        core/* setFailed */.C1(`${refused.length} result file(s) could not be taken; the candidates they name stay where they are`);
}


/***/ }),

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ evaluate)
/* harmony export */ });
/* unused harmony export inParallel */
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3194);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(480);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2225);
/* harmony import */ var _stages_queries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7331);




/**
 * The one evaluate loop: each model's newest candidate (or MODEL's; or the `candidates` whose results were
 * gathered) is validated and promoted by the door's `promote`. A candidate the pipeline holds back, or whose validation fails, stays where it is; the others go on.
 */
async function evaluate(data, model, promote, candidates = (0,_stages_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluationCandidates */ .Fc)(data, model)) {
    const evaluated = [];
    for (const candidate of candidates) {
        let done;
        try {
            done = await promote(candidate);
        }
        catch (error) {
            if (!(error instanceof _stages_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RefusedError */ .fk))
                throw error;
            evaluated.push({ ...candidate, status: 'held', reason: error.message });
            continue;
        }
        const { outcome, applied } = done;
        const version = outcome.plan.version;
        if (outcome.verdict === 'failed') {
            const failed = (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .failedGates */ .qq)(outcome.admission);
            evaluated.push({
                ...candidate,
                version,
                status: 'rejected',
                outcome,
                exitCode: (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .validationResult */ .Vh)(outcome.admission)?.exitCode ?? null,
                ...(failed.length > 0 ? { failedGates: failed } : {})
            });
            continue;
        }
        const status = outcome.plan.transitions.length === 0 ? 'unchanged' : 'promoted';
        evaluated.push({ ...candidate, version, status, outcome, ...(applied === undefined ? {} : { applied }) });
    }
    return { from: (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .firstStage */ .d8)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineOf */ .gQ)(data)).name, evaluated };
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


/***/ })

};
