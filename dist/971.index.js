export const id = 971;
export const ids = [971];
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

/***/ 7971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMove: () => (/* binding */ runMove)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/reporting/diff.ts

function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    return (0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 })
        .split('\n')
        .filter(line => !line.startsWith('====='))
        .map(line => line.replace(/\t$/, ''))
        .join('\n');
}
/** Lines removed plus lines added. */
function changedLineCount(before, after) {
    return structuredPatch('a', 'b', before, after, '', '', { context: 0 })
        .hunks.flatMap(hunk => hunk.lines)
        .filter(line => line.startsWith('-') || line.startsWith('+')).length;
}

// EXTERNAL MODULE: ./src/reporting/summary.ts
var reporting_summary = __webpack_require__(6994);
// EXTERNAL MODULE: ./src/stages/plan.ts
var stages_plan = __webpack_require__(692);
;// CONCATENATED MODULE: ./src/action/outputs.ts



function setMoveOutputs(published, mode) {
    const { outcome } = published;
    const { plan } = outcome;
    const requested = plan.transitions.find(t => t.cause === 'requested');
    const data = outcome.verdict === 'failed' ? outcome.manifest.data : plan.result;
    const entry = data.models[plan.model]?.versions[plan.version];
    const production = data.models[plan.model] ? (0,stages_plan/* productionVersion */.ix)(data, plan.model) : undefined;
    const written = outcome.changed && (mode === 'dry-run' || published.commitSha !== undefined);
    core/* setOutput */.uH('changed', String(written));
    core/* setOutput */.uH('model', plan.model);
    core/* setOutput */.uH('version', plan.version);
    core/* setOutput */.uH('stage', entry?.stage ?? '');
    core/* setOutput */.uH('previous-stage', requested?.from ?? outcome.manifest.data.models[plan.model]?.versions[plan.version]?.stage ?? '');
    core/* setOutput */.uH('archived', JSON.stringify(outcome.verdict === 'failed' ? [] : (0,describe/* archivedBy */.uP)(plan)));
    core/* setOutput */.uH('production-version', production ?? '');
    core/* setOutput */.uH('production-uri', (production && data.models[plan.model]?.versions[production]?.uri) || '');
    core/* setOutput */.uH('validation', outcome.verdict);
    core/* setOutput */.uH('pull-request-number', published.pullRequest ? String(published.pullRequest.number) : '');
    core/* setOutput */.uH('pull-request-url', published.pullRequest?.url ?? '');
    core/* setOutput */.uH('commit-sha', published.commitSha ?? '');
}

// EXTERNAL MODULE: ./src/action/publish/publish-move.ts + 5 modules
var publish_move = __webpack_require__(420);
// EXTERNAL MODULE: ./src/action/publish/settings.ts
var publish_settings = __webpack_require__(8225);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
;// CONCATENATED MODULE: ./src/action/run-move.ts










/** register, promote, archive, restore and rollback: plan, validate, write as the mode says, report. */
async function runMove(command, inputs, context, workspace) {
    const settings = await (0,publish_settings/* publishSettings */.n)(inputs, context, workspace);
    const published = await (0,validation_log/* withValidationLog */.g)('Validation output', inputs, validation => (0,publish_move/* publishMove */.x)(workspace, command, {
        model: inputs.model ?? '',
        version: inputs.version,
        to: inputs.to,
        uri: inputs.uri,
        metrics: inputs.metrics,
        metadata: inputs.metadata
    }, validation, settings));
    const { outcome } = published;
    setMoveOutputs(published, inputs.mode);
    // A diff is built only when it is shown: in a dry run.
    const diff = inputs.mode === 'dry-run'
        ? unifiedDiff(workspace.manifestName, outcome.manifest.text, outcome.newText)
        : '';
    const links = { commitUrl: published.commitSha ? (0,run_context/* commitUrl */.Bg)(context, published.commitSha) : undefined };
    await (0,summary/* writeSummary */.S)((0,reporting_summary/* moveSummary */.wv)(published, inputs.mode, diff, links));
    if (outcome.plan.note)
        core/* notice */.lm(`Nothing to do: ${outcome.plan.note}`);
    if (inputs.mode === 'dry-run' && diff)
        core/* info */.pq(`Planned change (dry run, nothing written):\n${diff}`);
    if (published.pullRequest) {
        const how = published.pullRequestCreated ? 'opened' : 'updated';
        core/* info */.pq(`Pull request #${published.pullRequest.number} ${how}: ${published.pullRequest.url}`);
    }
    if (published.commitSha)
        core/* info */.pq(`Commit: ${published.commitSha}`);
    if (outcome.verdict === 'failed') {
        core/* setFailed */.C1(`${(0,describe/* validationSentence */.JJ)(outcome.validation)}\n${outcome.validation?.tail ?? ''}`);
    }
}


/***/ })

};
