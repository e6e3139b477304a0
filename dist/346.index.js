export const id = 346;
export const ids = [346];
export const modules = {

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ Backoff)
/* harmony export */ });
/**
 * Waits between attempts at a contended branch: exponential and jittered so that racing runs spread out,
 * within a time budget instead of a fixed count of attempts.
 */
class Backoff {
    budgetMs;
    baseMs;
    capMs;
    attempt = 0;
    deadline;
    constructor(budgetMs, baseMs = 200, capMs = 8000) {
        this.budgetMs = budgetMs;
        this.baseMs = baseMs;
        this.capMs = capMs;
        this.deadline = Date.now() + budgetMs;
    }
    get attempts() {
        return this.attempt;
    }
    /** False when the budget is spent; otherwise waits and returns true. */
    async wait() {
        this.attempt++;
        const ceiling = Math.min(this.capMs, this.baseMs * 2 ** (this.attempt - 1));
        const milliseconds = Math.floor(ceiling / 2 + Math.random() * (ceiling / 2));
        if (Date.now() + milliseconds > this.deadline)
            return false;
        await new Promise(resolve => setTimeout(resolve, milliseconds));
        return true;
    }
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

/***/ 9622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ fetchBase)
/* harmony export */ });
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1905);

/** The base branch as origin has it now, and the manifest in it; `fullHistory` deepens a shallow clone. */
async function fetchBase(git, workspace, base, configs, fullHistory) {
    const tracking = await git.fetchBranch('origin', base, { configs, wholeHistory: fullHistory });
    const commit = await git.resolve(tracking);
    if (!commit)
        throw new Error(`cannot find branch ${base} on origin`);
    const text = await git.show(commit, workspace.manifestName);
    if (text === undefined) {
        throw new _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh([
            {
                file: workspace.manifestName,
                line: 1,
                column: 1,
                message: `the manifest does not exist on branch ${base} (commit ${commit.slice(0, 7)})`
            }
        ]);
    }
    return { commit, text };
}


/***/ }),

/***/ 7517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ pushToBase),
/* harmony export */   K: () => (/* binding */ PUSH_BUDGET_MS),
/* harmony export */   pO: () => (/* binding */ finishEarlierLanding),
/* harmony export */   qq: () => (/* binding */ landDeployments),
/* harmony export */   x8: () => (/* binding */ publishMove)
/* harmony export */ });
/* unused harmony export rerunHint */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _adapters_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3753);
/* harmony import */ var _commands_prepare_move_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(407);
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7112);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8553);
/* harmony import */ var _reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4465);
/* harmony import */ var _commands_move_history_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2564);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2225);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9310);
/* harmony import */ var _fetch_base_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9622);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9871);
/* harmony import */ var _publish_error_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4718);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5158);













/** How long a run keeps trying to land a change on a branch that other runs keep moving. */
const PUSH_BUDGET_MS = 180_000;
/** The move planned on `text` (the manifest at `revision`), validated as the plan requires. */
async function planOn(workspace, text, revision, command, args, validation, settings, earlier) {
    return validation(options => (0,_commands_prepare_move_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareMove */ .H)({
        workspace,
        text,
        command,
        args,
        validation: options,
        revision,
        force: settings.force,
        earlier
    }));
}
/**
 * Carries out a move as the mode says: nothing written (dry-run), a commit pushed to the base branch
 * (commit), or a commit on `model-stages/<model>` proposed as a pull request (pull-request). Every plan is
 * made on the base branch's current manifest; when a push loses a race, the move is planned again on the
 * new manifest, never merged as text. Each step is a log group of its own.
 */
async function publishMove(workspace, command, args, validation, settings) {
    const git = workspace.git;
    if (settings.mode === 'dry-run' || !git) {
        if (settings.mode !== 'dry-run')
            throw new Error(`mode ${settings.mode} needs a git checkout; ${workspace.root} is not one`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz('dry run: the move is planned on the checkout, and nothing is written');
        const text = await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_3__/* .readWorkspaceManifest */ .P_)(workspace);
        return {
            outcome: await planOn(workspace, text, 'HEAD', command, args, validation, settings),
            attempts: 0
        };
    }
    const named = args.version !== undefined;
    const backoff = new _backoff_js__WEBPACK_IMPORTED_MODULE_12__/* .Backoff */ .n(PUSH_BUDGET_MS);
    let earlier;
    for (;;) {
        // Rollback and soak read the history: a shallow clone is deepened for them.
        let tip = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Fetch ${settings.base} from origin`, () => (0,_fetch_base_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchBase */ .c)(git, workspace, settings.base, settings.gitConfigs, command === 'rollback' || (command === 'block' && args.rollback === true)));
        if (command === 'promote' && (await hasSoak(tip.text)) && (await git.isShallow()))
            tip = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Fetch the history of ${settings.base} (a soak is judged on it)`, () => (0,_fetch_base_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchBase */ .c)(git, workspace, settings.base, settings.gitConfigs, true));
        const outcome = await planOn(workspace, tip.text, tip.commit, command, args, validation, settings, earlier);
        const attempts = backoff.attempts + 1;
        if (!outcome.changed) {
            const earlier = settings.mode === 'commit' && outcome.plan.transitions.length === 0
                ? await finishEarlierLanding(git, workspace, outcome, tip.commit, settings)
                : {};
            return { outcome, attempts, ...earlier };
        }
        const commitSha = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Commit the change to ${workspace.manifestName}`, () => commitChange(git, workspace, outcome, tip.commit, settings));
        if (settings.mode === 'pull-request') {
            const proposal = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_9__/* .moveProposal */ .C)(outcome, workspace, settings);
            const published = await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_9__/* .proposePullRequest */ .R)(git, proposal, commitSha, settings);
            return { outcome, commitSha, ...published, attempts };
        }
        const push = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Push to ${settings.base}`, () => pushToBase(git, tip.commit, commitSha, settings));
        if (push.pushed) {
            const { plan } = outcome;
            const request = { model: plan.model, version: plan.version, named };
            const landed = await landDeployments(plan.result, plan.transitions, commitSha, settings, rerunHint(request));
            return { outcome, commitSha, attempts, ...landed };
        }
        if (!push.stale && (await git.remoteTip('origin', settings.base, settings.gitConfigs)) === tip.commit) {
            throw new _publish_error_js__WEBPACK_IMPORTED_MODULE_10__/* .PublishError */ .S(`origin refused the push to ${settings.base}:\n${push.message}\n` +
                'The branch is protected (a rule or a pre-receive hook). Use mode: pull-request, or give token a ' +
                'token that the rule lets push (a GitHub App or user on the bypass list).');
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${settings.base} moved on while this run worked (attempt ${attempts}); planning again on the new manifest`);
        earlier = outcome;
        // The version chosen first stays the subject: a candidate registered meanwhile is not promoted in its place.
        args = { ...args, version: outcome.plan.version };
        if (!(await backoff.wait())) {
            throw new _publish_error_js__WEBPACK_IMPORTED_MODULE_10__/* .PublishError */ .S(`could not push to ${settings.base}: other pushes kept moving it for ${backoff.budgetMs / 1000} s ` +
                `(${attempts} attempts). Re-run the job, or use a concurrency group per model.`);
        }
    }
}
/** The new manifest committed on `parent`, with the message that says what moved and why. */
async function commitChange(git, workspace, outcome, parent, settings) {
    const commitSha = await git.commitFile({
        parent,
        repoPath: workspace.manifestName,
        content: outcome.newText,
        message: (0,_adapters_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)((0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .commitMessage */ .df)(outcome.plan, outcome.admission, {
            requestedBy: settings.requestedBy,
            reason: settings.runUrl
        })),
        author: settings.author,
        committer: settings.committer
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Commit ${commitSha} on ${parent.slice(0, 7)}: ${outcome.plan.model} ${outcome.plan.version}`);
    return commitSha;
}
/** Pushes the commit to the base branch; once it is there, the checkout follows it (see fastForwardCheckout). */
async function pushToBase(git, parent, commitSha, settings) {
    const push = await git.push('origin', commitSha, settings.base, { configs: settings.gitConfigs });
    if (!push.pushed) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`origin did not take the push${push.stale ? ` (${settings.base} moved on)` : ''}`);
        return push;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pushed ${commitSha.slice(0, 7)} to ${settings.base}`);
    await fastForwardCheckout(git, parent, commitSha);
    return push;
}
/**
 * Deployments for what `commitSha` landed. The commit is on the base branch whatever happens here, so a failure
 * is returned, not thrown: the outputs still say what landed, and a re-run of the job finishes the record.
 */
async function landDeployments(data, transitions, commitSha, settings, again) {
    try {
        return {
            deployments: await (0,_deployments_js__WEBPACK_IMPORTED_MODULE_11__/* .recordDeployments */ .G)(settings.connect, data, transitions, commitSha, settings.runUrl)
        };
    }
    catch (error) {
        const failure = new _publish_error_js__WEBPACK_IMPORTED_MODULE_10__/* .PublishError */ .S(`the deployment could not be recorded: ${error instanceof Error ? error.message : String(error)}`, `The change itself landed: commit ${commitSha} is on ${settings.base}. ${again}`);
        return { deployments: [], deploymentFailure: failure };
    }
}
/** How a re-run finishes a record: a request without a version chooses one again (the next candidate), so it is named. */
function rerunHint(request) {
    return request.named
        ? `Re-run the job once the cause is fixed: ${request.version} is already in its stage, so the re-run ` +
            'moves nothing and records the deployment.'
        : `Run the job again with version ${request.version} once the cause is fixed (a run without a version ` +
            `would choose the next candidate of ${request.model}): it moves nothing and records the deployment.`;
}
/**
 * A move asked again after it landed (a re-run of its job): the version already holds an exclusive stage with an
 * environment, so its deployment at the commit that moved it there is recorded, or marked successful, when an
 * earlier run could not finish it. A deployment already complete costs two reads and changes nothing.
 */
async function finishEarlierLanding(git, workspace, outcome, tip, settings) {
    const { plan } = outcome;
    const stage = plan.result.models[plan.model]?.versions.get(plan.version)?.stage;
    const pipeline = (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_7__/* .pipelineOf */ .gQ)(plan.result);
    const landing = { model: plan.model, version: plan.version, to: stage ?? null };
    if (!stage || !(0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_7__/* .isExclusive */ .Bj)(pipeline, stage) || (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_7__/* .landingsOf */ .Qr)(pipeline, [landing]).length === 0)
        return {};
    if (await git.isShallow())
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Fetch the history of ${settings.base} (to find where ${plan.version} landed)`, () => (0,_fetch_base_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchBase */ .c)(git, workspace, settings.base, settings.gitConfigs, true));
    const history = await (0,_commands_move_history_js__WEBPACK_IMPORTED_MODULE_6__/* .loadMoveHistory */ .M)(workspace, tip);
    const entered = history?.enteredStage(plan.model, plan.version, stage);
    if (!entered?.commit)
        return {};
    const request = { model: plan.model, version: plan.version, named: true };
    return landDeployments(plan.result, [landing], entered.commit, settings, rerunHint(request));
}
/** Whether a stage of the manifest asks for a soak (an unreadable manifest is reported by the plan). */
async function hasSoak(text) {
    const data = (await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_4__/* .checkManifest */ .K7)(text, '')).manifest;
    return data !== undefined && (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_7__/* .pipelineOf */ .gQ)(data).stages.some(stage => stage.soak !== undefined);
}
/** Later steps of the job see the new manifest when the checkout was at the commit the change was made on. */
async function fastForwardCheckout(git, parent, commit) {
    const head = await git.resolve('HEAD');
    if (head !== parent)
        return;
    if (!(await git.fastForward(commit)))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('the checkout was not fast-forwarded to the new commit (local changes are in the way)');
}


/***/ }),

/***/ 9871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ moveProposal),
/* harmony export */   R: () => (/* binding */ proposePullRequest)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _reporting_pull_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8415);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9310);
/* harmony import */ var _publish_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4718);




const FORCE_PUSH_BUDGET_MS = 60_000;
/** The pull request of one move: the model's own branch. */
function moveProposal(outcome, workspace, settings) {
    return {
        branch: (0,_reporting_pull_request_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestBranch */ .Vl)(outcome.plan.model),
        title: (0,_reporting_pull_request_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestTitle */ .Zr)(outcome),
        body: (0,_reporting_pull_request_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestBody */ .NF)(outcome, workspace.manifestName, settings.runUrl)
    };
}
async function proposePullRequest(git, proposal, commitSha, settings) {
    const api = settings.api;
    if (!api)
        throw new Error('mode pull-request needs the GitHub API (GITHUB_REPOSITORY and a token)');
    const { branch } = proposal;
    const open = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Find an open pull request from ${branch}`, async () => {
        const found = await api.findOpenPullRequest(branch, settings.base);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(found ? `#${found.number} is open: it is updated` : 'none is open: one is opened');
        return found;
    });
    const existed = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Push ${branch}`, async () => {
        const tip = await git.remoteTip('origin', branch, settings.gitConfigs);
        await forcePush(git, commitSha, branch, settings);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pushed ${commitSha.slice(0, 7)} to ${branch}${tip ? ` (it was at ${tip.slice(0, 7)})` : ''}`);
        return tip !== undefined;
    });
    try {
        const { pullRequest, created } = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`${open ? 'Update' : 'Open'} the pull request into ${settings.base}`, () => api.createOrUpdatePullRequest({ branch, base: settings.base, title: proposal.title, body: proposal.body }, open));
        return { pullRequest, pullRequestCreated: created };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (existed || open) {
            throw new _publish_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S(message, `The branch ${branch} on origin now holds this change (commit ${commitSha.slice(0, 7)}); ` +
                `its pull request was not ${open ? 'updated' : 'opened'}.`);
        }
        const removed = await git.deleteRemoteBranch('origin', branch, settings.gitConfigs).then(() => true, () => false);
        if (removed)
            throw new _publish_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S(`${message}\nThe branch ${branch} this run pushed was removed again.`);
        throw new _publish_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S(message, `The branch ${branch} was pushed to origin (commit ${commitSha.slice(0, 7)}) and could not be removed: ` +
            `delete it, or re-run the job once the pull request can be opened.`);
    }
}
/** Another run for the same model may force-push the branch at the same moment: that race is tried again. */
async function forcePush(git, commitSha, branch, settings) {
    const backoff = new _backoff_js__WEBPACK_IMPORTED_MODULE_3__/* .Backoff */ .n(FORCE_PUSH_BUDGET_MS);
    for (;;) {
        const push = await git.push('origin', commitSha, branch, { force: true, configs: settings.gitConfigs });
        if (push.pushed)
            return;
        if (!push.stale) {
            throw new _publish_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S(`origin refused the branch ${branch}:\n${push.message}\n` +
                `No pull request was opened. Let the token push branches named model-stages/* ` +
                `(a branch rule or pre-receive hook refuses them).`);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`another run pushed ${branch} at the same moment; pushing again`);
        if (!(await backoff.wait()))
            throw new _publish_error_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S(`could not push ${branch}: other runs kept pushing it`);
    }
}


/***/ }),

/***/ 8225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ publishSettings)
/* harmony export */ });
/* unused harmony export actorIdentity */
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2853);

const BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com'
};
function actorIdentity(context) {
    if (!context.actor)
        return BOT;
    const id = context.actorId ? `${context.actorId}+` : '';
    return { name: context.actor, email: `${id}${context.actor}@users.noreply.github.com` };
}
async function publishSettings(inputs, context, workspace, connection) {
    const needsRemote = inputs.mode !== 'dry-run';
    if (needsRemote)
        (0,_run_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .Cc)(context);
    const connect = () => connection.api();
    return {
        mode: inputs.mode,
        base: needsRemote ? (0,_run_context_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveBase */ .gU)(inputs.base, context) : (inputs.base ?? ''),
        gitConfigs: workspace.git && needsRemote ? await connection.gitConfigs() : [],
        author: actorIdentity(context),
        committer: BOT,
        requestedBy: context.actor ? `@${context.actor}` : undefined,
        runUrl: context.runUrl,
        api: inputs.mode === 'pull-request' ? await connect() : undefined,
        connect,
        force: 'force' in inputs.request ? inputs.request.force : undefined
    };
}


/***/ }),

/***/ 9885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ movedTimelines)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
;// CONCATENATED MODULE: ./src/reporting/timeline.ts

/** A job summary shows at most this many holdings of a model (the newest): the site has them all. */
const SUMMARY_HOLDINGS = 8;
function pointCell(point, commitLink) {
    const date = point.date?.slice(0, 16).replace('T', ' ') ?? 'this change';
    const commit = point.commit ? ` [${point.commit.slice(0, 7)}](${commitLink(point.commit)})` : '';
    const pull = point.pullRequest === null ? '' : ` #${point.pullRequest}`;
    return `${date}${commit}${pull}`;
}
/**
 * Which version held each exclusive stage of a model, newest first, as a compact table GitHub renders: the
 * summary of a move shows where it leaves the model.
 */
function timelineMarkdown(model, holdings, commitLink, note = '') {
    if (holdings.length === 0)
        return '';
    const shown = holdings.slice(-SUMMARY_HOLDINGS).reverse();
    const older = holdings.length - shown.length;
    const table = (0,markdown/* markdownTable */.Qj)(['Stage', 'Version', 'From', 'Until'], shown.map(holding => [
        holding.stage,
        `\`${holding.version}\``,
        pointCell(holding.since, commitLink),
        holding.until ? pointCell(holding.until, commitLink) : '**now**'
    ]));
    const tail = older > 0 ? `\n\n${older} older holding${older === 1 ? '' : 's'} not shown.` : '';
    return `### Stage timeline of ${model}${note}\n\n${table}${tail}`;
}

// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/timeline.ts
var timeline = __webpack_require__(7492);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/action/timeline.ts






/** A summary shows the timelines of at most this many moved models. */
const SUMMARY_TIMELINES = 3;
/**
 * The stage timeline of each model a run moved, for its job summary, read from the history this checkout has (a
 * shallow clone's is short, and the table says so). Nothing when no model moved or the history cannot be read:
 * a summary never fails a move that already landed.
 */
async function movedTimelines(workspace, moved, context) {
    const git = workspace.git;
    const changed = moved.filter(entry => entry.outcome.changed && entry.outcome.verdict !== 'failed');
    if (!git || changed.length === 0)
        return '';
    try {
        const shallow = await git.isShallow();
        const note = shallow ? ' (from the commits this shallow checkout has)' : '';
        const parts = [];
        for (const { outcome, commitSha } of changed.slice(0, SUMMARY_TIMELINES)) {
            const { entries } = await (0,manifest_history/* readManifestHistory */.S)(git, workspace.manifestName, commitSha ?? 'HEAD', commitSha ? undefined : outcome.newText);
            const exclusive = (0,pipeline/* pipelineOf */.gQ)(outcome.plan.result)
                .stages.filter(stage => stage.exclusive)
                .map(stage => stage.name);
            const holdings = (0,timeline/* stageHoldings */.P)(entries, outcome.plan.model, exclusive);
            parts.push(timelineMarkdown(outcome.plan.model, holdings, sha => (0,run_context/* commitUrl */.Bg)(context, sha), note));
        }
        const more = changed.length - SUMMARY_TIMELINES;
        if (more > 0)
            parts.push(`${more} more model${more === 1 ? '' : 's'} moved: \`model-stages site\` shows every model's timeline.`);
        return parts.filter(Boolean).join('\n\n');
    }
    catch (error) {
        core/* debug */.Yz(`no stage timeline in the summary: ${error instanceof Error ? error.message : String(error)}`);
        return '';
    }
}


/***/ }),

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ validationLog),
/* harmony export */   g: () => (/* binding */ withValidationLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _fence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6391);


/**
 * Runs `work` with the validation's output streamed into a collapsed log group, fenced: a line such as
 * `::add-mask::` or `::error::` in a model's output is printed, not obeyed.
 */
async function withValidationLog(title, request, work) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, () => (0,_fence_js__WEBPACK_IMPORTED_MODULE_1__/* .fenced */ .O)(write => work({ validate: request.validate, timeoutSeconds: request.validationTimeout, onOutput: write })));
}
/** Each validation a run makes, in a log group of its own named `title`. */
function validationLog(title, request) {
    return work => withValidationLog(title, request, work);
}


/***/ }),

/***/ 8415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ pullRequestBody),
/* harmony export */   Vl: () => (/* binding */ pullRequestBranch),
/* harmony export */   Zr: () => (/* binding */ pullRequestTitle),
/* harmony export */   xO: () => (/* binding */ gatheredPullRequestBody)
/* harmony export */ });
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3194);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4465);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5618);
/* harmony import */ var _override_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2828);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1093);





function pullRequestBranch(model) {
    return `model-stages/${model}`;
}
function pullRequestTitle(outcome) {
    return (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .planTitle */ .KS)(outcome.plan);
}
function pullRequestBody(outcome, manifestName, runUrl) {
    const parts = [
        `This pull request changes \`${manifestName}\`:`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTable */ .Qj)(['Model', 'Version', 'Transition', 'Why'], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .transitionRows */ .Zt)(outcome.plan.transitions)),
        (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeSentence */ .yz)(outcome.admission),
        (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .gatesMarkdown */ .u)(outcome.admission?.gates ?? []),
        (0,_override_js__WEBPACK_IMPORTED_MODULE_3__/* .overrideMarkdown */ .y)(outcome.admission?.override),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .outputTailBlock */ .vw)((0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .validationResult */ .Vh)(outcome.admission)),
        runUrl
            ? `Proposed by [this workflow run](${runUrl}). Merging it makes the change; closing it drops it.`
            : '',
        '<sub>Opened by model-stages. A new run for this model updates this pull request in place.</sub>'
    ];
    return parts.filter(Boolean).join('\n\n');
}
/** The one pull request of an evaluation's gathered results: every promotion, and the results that were refused. */
function gatheredPullRequestBody(admitted, refused, manifestName, runUrl) {
    const parts = [
        `This pull request changes \`${manifestName}\` with every promotion of one evaluation, validated by its matrix jobs:`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownTable */ .Qj)(['Model', 'Version', 'Transition', 'Why'], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .transitionRows */ .Zt)(admitted.flatMap(outcome => outcome.plan.transitions))),
        ...admitted.flatMap(outcome => [
            `**${outcome.plan.model} \`${outcome.plan.version}\`**: ${(0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeSentence */ .yz)(outcome.admission)}`,
            (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .gatesMarkdown */ .u)(outcome.admission?.gates ?? [])
        ]),
        refused.length > 0
            ? `Results not taken (those models stay where they are):\n\n${refused
                .map(entry => `- ${entry.files.map(file => `\`${file}\``).join(', ')}: ${entry.reason}`)
                .join('\n')}`
            : '',
        runUrl
            ? `Proposed by [this workflow run](${runUrl}). Merging it makes the change; closing it drops it.`
            : '',
        '<sub>Opened by model-stages. The next gathered evaluation updates this pull request in place.</sub>'
    ];
    return parts.filter(Boolean).join('\n\n');
}


/***/ }),

/***/ 7492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ stageHoldings)
/* harmony export */ });
function pointOf(entry) {
    return { commit: entry.commit, date: entry.date, author: entry.author, pullRequest: entry.pullRequest };
}
/**
 * Which version held each of `stages` (the exclusive ones) over time, oldest first, folded from a model's history.
 * A version entering a stage ends the holding of the one it replaces, whichever of the two moves a commit lists
 * first.
 */
function stageHoldings(entries, model, stages) {
    const holdings = [];
    const open = new Map();
    const watched = new Set(stages);
    for (const entry of entries) {
        if (entry.model !== model)
            continue;
        if (entry.from !== null && watched.has(entry.from)) {
            const holding = open.get(entry.from);
            if (holding?.version === entry.version) {
                holding.until = pointOf(entry);
                open.delete(entry.from);
            }
        }
        if (entry.to !== null && watched.has(entry.to)) {
            const replaced = open.get(entry.to);
            if (replaced)
                replaced.until = pointOf(entry);
            const holding = { stage: entry.to, version: entry.version, since: pointOf(entry), until: null };
            open.set(entry.to, holding);
            holdings.push(holding);
        }
    }
    return holdings;
}


/***/ })

};
