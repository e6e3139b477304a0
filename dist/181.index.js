export const id = 181;
export const ids = [181];
export const modules = {

/***/ 420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ publishMove)
});

// UNUSED EXPORTS: PUSH_BUDGET_MS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
// EXTERNAL MODULE: ./src/commands/execute-move.ts + 3 modules
var execute_move = __webpack_require__(5527);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/commands/rollback-history.ts


/** Which versions were in production before, from git history plus any uncommitted edit; undefined outside git. */
async function loadRollbackHistory(workspace, model, currentText, revision = 'HEAD') {
    if (!workspace.git)
        return undefined;
    const history = await (0,manifest_history/* readManifestHistory */.S)(workspace.git, workspace.manifestName, revision, currentText);
    if (history.revisions === 0)
        return undefined;
    const entries = history.entries;
    return { formerProduction: (0,stages_history/* formerProductionVersions */.e)(entries, model) };
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 3 modules
var commands_workspace = __webpack_require__(5192);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
;// CONCATENATED MODULE: ./src/action/publish/backoff.ts
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

// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
;// CONCATENATED MODULE: ./src/action/publish/fetch-base.ts

/** The base branch as origin has it now, and the manifest in it; `fullHistory` deepens a shallow clone. */
async function fetchBase(git, workspace, base, configs, fullHistory) {
    const tracking = `refs/remotes/origin/${base}`;
    const deepen = fullHistory && (await git.isShallow());
    await git.fetch('origin', [`+refs/heads/${base}:${tracking}`], { configs, deepen });
    const commit = await git.resolve(tracking);
    if (!commit)
        throw new Error(`cannot find branch ${base} on origin`);
    const text = await git.show(commit, workspace.manifestName);
    if (text === undefined) {
        throw new problems/* ManifestError */.Sh([
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

// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
;// CONCATENATED MODULE: ./src/reporting/pull-request.ts


function pullRequestBranch(model) {
    return `model-stages/${model}`;
}
function pullRequestTitle(outcome) {
    return (0,describe/* planTitle */.KS)(outcome.plan);
}
function pullRequestBody(outcome, manifestName, runUrl) {
    const parts = [
        `This pull request changes \`${manifestName}\`:`,
        (0,markdown/* markdownTable */.Qj)(['Model', 'Version', 'Transition', 'Why'], (0,markdown/* transitionRows */.Zt)(outcome.plan.transitions)),
        (0,describe/* validationSentence */.JJ)(outcome.validation),
        (0,markdown/* outputTailBlock */.vw)(outcome.validation),
        runUrl
            ? `Proposed by [this workflow run](${runUrl}). Merging it makes the change; closing it drops it.`
            : '',
        '<sub>Opened by model-stages. A new run for this model updates this pull request in place.</sub>'
    ];
    return parts.filter(Boolean).join('\n\n');
}

// EXTERNAL MODULE: ./src/action/publish/publish-error.ts
var publish_error = __webpack_require__(4718);
;// CONCATENATED MODULE: ./src/action/publish/pull-request.ts




const FORCE_PUSH_BUDGET_MS = 60_000;
/**
 * Pushes the commit to `model-stages/<model>` and opens (or updates) its pull request. The open pull request
 * is looked up first, so that a token or API that cannot do it fails before anything is pushed; a branch this
 * run created is removed again when the pull request still cannot be opened.
 */
async function proposePullRequest(git, outcome, commitSha, workspace, settings) {
    const api = settings.api;
    if (!api)
        throw new Error('mode pull-request needs the GitHub API (GITHUB_REPOSITORY and a token)');
    const branch = pullRequestBranch(outcome.plan.model);
    const open = await api.findOpenPullRequest(branch, settings.base);
    const existed = (await git.remoteTip('origin', branch, settings.gitConfigs)) !== undefined;
    await forcePush(git, commitSha, branch, settings);
    try {
        const { pullRequest, created } = await api.createOrUpdatePullRequest({
            branch,
            base: settings.base,
            title: pullRequestTitle(outcome),
            body: pullRequestBody(outcome, workspace.manifestName, settings.runUrl)
        }, open);
        return { pullRequest, pullRequestCreated: created };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (existed || open) {
            throw new publish_error/* PublishError */.S(message, `The branch ${branch} on origin now holds this change (commit ${commitSha.slice(0, 7)}); ` +
                `its pull request was not ${open ? 'updated' : 'opened'}.`);
        }
        const removed = await git.deleteRemoteBranch('origin', branch, settings.gitConfigs).then(() => true, () => false);
        if (removed)
            throw new publish_error/* PublishError */.S(`${message}\nThe branch ${branch} this run pushed was removed again.`);
        throw new publish_error/* PublishError */.S(message, `The branch ${branch} was pushed to origin (commit ${commitSha.slice(0, 7)}) and could not be removed: ` +
            `delete it, or re-run the job once the pull request can be opened.`);
    }
}
/** Another run for the same model may force-push the branch at the same moment: that race is tried again. */
async function forcePush(git, commitSha, branch, settings) {
    const backoff = new Backoff(FORCE_PUSH_BUDGET_MS);
    for (;;) {
        const push = await git.push('origin', commitSha, branch, { force: true, configs: settings.gitConfigs });
        if (push.pushed)
            return;
        if (!push.stale) {
            throw new publish_error/* PublishError */.S(`origin refused the branch ${branch}:\n${push.message}\n` +
                `No pull request was opened. Let the token push branches named model-stages/* ` +
                `(a branch rule or pre-receive hook refuses them).`);
        }
        core/* info */.pq(`another run pushed ${branch} at the same moment; pushing again`);
        if (!(await backoff.wait()))
            throw new publish_error/* PublishError */.S(`could not push ${branch}: other runs kept pushing it`);
    }
}

;// CONCATENATED MODULE: ./src/action/publish/publish-move.ts










/** How long a run keeps trying to land a change on a branch that other runs keep moving. */
const PUSH_BUDGET_MS = 180_000;
async function planOn(workspace, text, revision, command, args, validation, earlier) {
    const history = command === 'rollback' ? await loadRollbackHistory(workspace, args.model, text, revision) : undefined;
    return (0,execute_move/* prepareMove */.HN)({ workspace, text, command, args, validation, history, earlier });
}
/**
 * Carries out a move as the mode says: nothing written (dry-run), a commit pushed to the base branch
 * (commit), or a commit on `model-stages/<model>` proposed as a pull request (pull-request). Every plan is
 * made on the base branch's current manifest; when a push loses a race, the move is planned again on the
 * new manifest, never merged as text.
 */
async function publishMove(workspace, command, args, validation, settings) {
    const git = workspace.git;
    if (settings.mode === 'dry-run' || !git) {
        if (settings.mode !== 'dry-run')
            throw new Error(`mode ${settings.mode} needs a git checkout; ${workspace.root} is not one`);
        const text = await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace);
        return { outcome: await planOn(workspace, text, 'HEAD', command, args, validation), attempts: 0 };
    }
    const backoff = new Backoff(PUSH_BUDGET_MS);
    let earlier;
    for (;;) {
        const tip = await fetchBase(git, workspace, settings.base, settings.gitConfigs, command === 'rollback');
        const outcome = await planOn(workspace, tip.text, tip.commit, command, args, validation, earlier);
        const attempts = backoff.attempts + 1;
        if (!outcome.changed)
            return { outcome, attempts };
        const commitSha = await git.commitFile({
            parent: tip.commit,
            repoPath: workspace.manifestName,
            content: outcome.newText,
            message: (0,secrets/* redact */.E$)((0,describe/* commitMessage */.df)(outcome.plan, outcome.validation, {
                requestedBy: settings.requestedBy,
                reason: settings.runUrl
            })),
            author: settings.author,
            committer: settings.committer
        });
        if (settings.mode === 'pull-request') {
            const published = await proposePullRequest(git, outcome, commitSha, workspace, settings);
            return { outcome, commitSha, ...published, attempts };
        }
        const push = await git.push('origin', commitSha, settings.base, { configs: settings.gitConfigs });
        if (push.pushed) {
            await fastForwardCheckout(git, tip.commit, commitSha);
            return { outcome, commitSha, attempts };
        }
        if (!push.stale && (await git.remoteTip('origin', settings.base, settings.gitConfigs)) === tip.commit) {
            throw new publish_error/* PublishError */.S(`origin refused the push to ${settings.base}:\n${push.message}\n` +
                'The branch is protected (a rule or a pre-receive hook). Use mode: pull-request, or give token a ' +
                'token that the rule lets push (a GitHub App or user on the bypass list).');
        }
        core/* info */.pq(`${settings.base} moved on while this run worked (attempt ${attempts}); planning again on the new manifest`);
        earlier = outcome;
        // The version chosen first stays the subject: a candidate registered meanwhile is not promoted in its place.
        args = { ...args, version: outcome.plan.version };
        if (!(await backoff.wait())) {
            throw new publish_error/* PublishError */.S(`could not push to ${settings.base}: other pushes kept moving it for ${backoff.budgetMs / 1000} s ` +
                `(${attempts} attempts). Re-run the job, or use a concurrency group per model.`);
        }
    }
}
/** Later steps of the job see the new manifest when the checkout was at the commit the change was made on. */
async function fastForwardCheckout(git, parent, commit) {
    const head = await git.resolve('HEAD');
    if (head !== parent)
        return;
    await git.run(['merge', '--ff-only', '--quiet', commit]).catch(() => {
        core/* info */.pq('the checkout was not fast-forwarded to the new commit (local changes are in the way)');
    });
}


/***/ }),

/***/ 8225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ publishSettings)
/* harmony export */ });
/* unused harmony export actorIdentity */
/* harmony import */ var _adapters_github_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2401);
/* harmony import */ var _git_auth_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8945);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2853);



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
async function publishSettings(inputs, context, workspace) {
    const needsRemote = inputs.mode !== 'dry-run';
    if (needsRemote)
        (0,_run_context_js__WEBPACK_IMPORTED_MODULE_1__/* .requireRepository */ .Cc)(context);
    return {
        mode: inputs.mode,
        base: needsRemote ? (0,_run_context_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveBase */ .gU)(inputs.base, context) : (inputs.base ?? ''),
        gitConfigs: workspace.git ? await (0,_git_auth_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenConfigs */ .f)(workspace.git, context.serverUrl, inputs.token) : [],
        author: actorIdentity(context),
        committer: BOT,
        requestedBy: context.actor ? `@${context.actor}` : undefined,
        runUrl: context.runUrl,
        api: inputs.mode === 'pull-request'
            ? await _adapters_github_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApi */ .yN.connect(inputs.token, context.owner, context.repo)
            : undefined
    };
}


/***/ }),

/***/ 2562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvaluate: () => (/* binding */ runEvaluate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/commands/workspace.ts + 3 modules
var commands_workspace = __webpack_require__(5192);
// EXTERNAL MODULE: ./src/manifest/load.ts
var load = __webpack_require__(521);
// EXTERNAL MODULE: ./src/stages/plan.ts
var plan = __webpack_require__(692);
;// CONCATENATED MODULE: ./src/stages/queries.ts

/** The newest staging version of every model (or of `model`): the candidates evaluate validates. */
function evaluationCandidates(data, model) {
    const models = model === undefined ? Object.keys(data.models) : [model];
    return models.flatMap(name => {
        const version = (0,plan/* newestInStage */.Wl)(data, name, 'staging');
        return version === undefined ? [] : [{ model: name, version }];
    });
}
/** Where every model stands: one record per model, in the order written. */
function manifestStatus(data) {
    return Object.entries(data.models).map(([model, entry]) => {
        const inStage = (stage) => Object.entries(entry.versions)
            .filter(([, version]) => version.stage === stage)
            .map(([version]) => version);
        return {
            model,
            production: inStage('production')[0] ?? null,
            staging: inStage('staging'),
            archived: inStage('archived')
        };
    });
}

// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/action/publish/publish-move.ts + 5 modules
var publish_move = __webpack_require__(420);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/action/publish/settings.ts
var publish_settings = __webpack_require__(8225);
;// CONCATENATED MODULE: ./src/action/run-evaluate.ts











/** Validates each model's newest candidate and promotes those that pass, one pull request or commit per model. */
async function runEvaluate(inputs, context, workspace) {
    const manifest = (0,load/* loadManifestText */.VH)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName);
    const settings = await (0,publish_settings/* publishSettings */.n)(inputs, context, workspace);
    const promoted = [];
    const rejected = [];
    const list = evaluationCandidates(manifest.data, inputs.model);
    if (list.length === 0)
        core/* info */.pq('No model has a version in staging: nothing to evaluate.');
    for (const candidate of list) {
        const published = await (0,validation_log/* withValidationLog */.g)(`Validate ${candidate.model} ${candidate.version}`, inputs, validation => (0,publish_move/* publishMove */.x)(workspace, 'promote', candidate, validation, settings));
        const { outcome } = published;
        const entry = { ...candidate, version: outcome.plan.version, validation: outcome.verdict };
        if (outcome.verdict === 'failed') {
            rejected.push({ ...entry, exitCode: outcome.validation?.exitCode ?? null });
            core/* warning */.$e(`${candidate.model} ${outcome.plan.version} stays in staging. ${(0,describe/* validationSentence */.JJ)(outcome.validation)}\n${outcome.validation?.tail ?? ''}`);
            continue;
        }
        if (outcome.plan.transitions.length === 0)
            continue;
        if (published.pullRequest)
            entry.pullRequestUrl = published.pullRequest.url;
        if (published.commitSha)
            entry.commitSha = published.commitSha;
        promoted.push(entry);
    }
    core/* setOutput */.uH('promoted', JSON.stringify(promoted));
    core/* setOutput */.uH('rejected', JSON.stringify(rejected));
    core/* setOutput */.uH('changed', String(promoted.length > 0));
    const rows = [
        ...promoted.map(e => [e.model, `\`${e.version}\``, '✅ passed', resultCell(e, inputs.mode, context)]),
        ...rejected.map(e => [
            e.model,
            `\`${e.version}\``,
            `❌ ${e.validation}${e.exitCode != null ? ` (exit ${e.exitCode})` : ''}`,
            'stays in staging'
        ])
    ];
    const table = rows.length > 0
        ? (0,markdown/* markdownTable */.Qj)(['Model', 'Candidate', 'Validation', 'Result'], rows)
        : 'No candidates in staging.';
    await (0,summary/* writeSummary */.S)(`## model-stages: evaluate\n\n${table}`);
}
function resultCell(entry, mode, context) {
    if (entry.pullRequestUrl)
        return `[pull request](${entry.pullRequestUrl})`;
    if (entry.commitSha)
        return `[commit ${entry.commitSha.slice(0, 7)}](${(0,run_context/* commitUrl */.Bg)(context, entry.commitSha)})`;
    return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted';
}


/***/ })

};
