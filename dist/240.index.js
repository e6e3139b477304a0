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

/***/ 5158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ recordDeployments)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5242);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2225);


/**
 * A GitHub deployment for every version that landed in a stage with an `environment`, at the commit that landed
 * it (`data` is the manifest at that commit). Nothing is called when no stage has an environment.
 */
async function recordDeployments(connect, data, transitions, sha, runUrl) {
    const landings = (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .landingsOf */ .Qr)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineOf */ .gQ)(data), transitions);
    if (landings.length === 0)
        return [];
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
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Deployment ${deployment.id} to ${landing.environment}: ${description}${deployment.created ? '' : ' (recorded before)'}`);
        recorded.push({ ...deployment, model: landing.model, version: landing.version, stage: landing.stage });
    }
    return recorded;
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

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(5242);
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
// EXTERNAL MODULE: ./src/action/git-auth.ts
var git_auth = __webpack_require__(8945);
// EXTERNAL MODULE: ./src/adapters/github.ts
var github = __webpack_require__(2401);
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
async function ensureCommit(workspace, commit, configs) {
    const git = workspace.git;
    if (!git || /^0+$/.test(commit) || (await git.resolve(commit)))
        return;
    await git.fetch('origin', [commit], { configs, depth: 1 }).catch(() => undefined);
}
/** What moved between two revisions, for a deploy job that acts only when production changed. */
async function runChanges(inputs, context, workspace) {
    if (!workspace.git)
        throw new errors/* InputError */.dz(`changes needs a git checkout: ${workspace.root} is not one`);
    const { from, to } = revisionsOf(context);
    const configs = await (0,git_auth/* tokenConfigs */.f)(workspace.git, context.serverUrl, inputs.token);
    await ensureCommit(workspace, from, configs);
    await ensureCommit(workspace, to, configs);
    const result = await stageChanges(workspace, { from, to, fromName: 'from', toName: 'to' }, inputs.model);
    const transitions = result.transitions.map(({ model, version, from, to }) => ({ model, version, from, to }));
    runner/* setOutput */.uH('changed', 'false');
    runner/* setOutput */.uH('transitions', JSON.stringify(transitions));
    if (result.production) {
        runner/* setOutput */.uH('production-changed', String(result.production.changed));
        runner/* setOutput */.uH('production-version', result.production.version ?? '');
        runner/* setOutput */.uH('production-uri', result.production.uri ?? '');
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
    runner/* info */.pq(`Stage changes in ${range}: ${transitions.length}`);
    const deployments = context.push
        ? await deploymentsOfPush(inputs, context, workspace, result.to, transitions)
        : [];
    if (deployments.length > 0)
        runner/* setOutput */.uH('deployments', JSON.stringify(deployments));
    const recorded = deployments.length > 0
        ? `\n\nDeployments recorded: ${deployments.map(d => `${d.model} ${d.version} → ${d.environment}`).join(', ')}.`
        : '';
    await (0,summary/* writeSummary */.S)(`## model-stages: changes ${range}\n\n${table}${production}${recorded}`);
}
/**
 * A push that landed versions in stages with an `environment` (a merged promotion pull request) records a
 * GitHub deployment for each, at the pushed commit.
 */
async function deploymentsOfPush(inputs, context, workspace, commit, transitions) {
    if (transitions.length === 0)
        return [];
    const text = await workspace.git?.show(commit, workspace.manifestName);
    const data = text === undefined ? undefined : (await (0,read/* checkManifest */.K7)(text, workspace.manifestName)).manifest;
    if (!data)
        return [];
    return (0,deployments/* recordDeployments */.G)(() => {
        (0,run_context/* requireRepository */.Cc)(context);
        return github/* GitHubApi */.yN.connect(inputs.token, context.owner, context.repo);
    }, data, transitions, commit, context.runUrl);
}


/***/ }),

/***/ 2401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   yN: () => (/* binding */ GitHubApi)
/* harmony export */ });
/* unused harmony exports apiSettingsFromEnvironment, UnexpectedAnswerError */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3759);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3753);


function secondsFromEnvironment(name, fallback) {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value >= 0 && process.env[name]?.trim() ? value : fallback;
}
/** Defaults suit github.com; MODEL_STAGES_API_TIMEOUT / _RETRIES / _RETRY_DELAY tune them (seconds, count). */
function apiSettingsFromEnvironment() {
    return {
        timeoutMs: secondsFromEnvironment('MODEL_STAGES_API_TIMEOUT', 30) * 1000,
        retries: Math.floor(secondsFromEnvironment('MODEL_STAGES_API_RETRIES', 3)),
        retryDelayMs: secondsFromEnvironment('MODEL_STAGES_API_RETRY_DELAY', 1) * 1000
    };
}
const NOT_PERMITTED_TO_CREATE = /not permitted to create or approve pull requests/i;
/** The permissions of the workflow token that most calls need; deployments name their own. */
const WRITE_PERMISSIONS = '`contents: write` and `pull-requests: write`';
function refusalHint(status, detail, permissions) {
    if (NOT_PERMITTED_TO_CREATE.test(detail))
        return (': allow it under Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and ' +
            'approve pull requests" (in the repository, or in the organisation when it is greyed out there), or pass ' +
            'a GitHub App token or a fine-grained personal access token as token');
    if (status === 403 || status === 404)
        return `: the token needs ${permissions} (a workflow on a fork gets a read-only token)`;
    if (status === undefined || status >= 500)
        return ': GitHub did not answer in time or failed; re-run the job, or check GITHUB_API_URL and any proxy';
    return '';
}
/** A REST call GitHub refused or did not answer, with what is likely missing. */
class GitHubApiError extends Error {
    status;
    constructor(status, what, detail, permissions = WRITE_PERMISSIONS) {
        const said = status === undefined
            ? `GitHub did not answer a request to ${what}`
            : `GitHub refused to ${what} (${status}`;
        super(`${said}${status === undefined ? ` (${detail})` : `: ${detail})`}${refusalHint(status, detail, permissions)}`);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
/** A 2xx answer that is not what the endpoint returns: never used as if it were. */
class UnexpectedAnswerError extends Error {
    constructor(what, data) {
        const shown = typeof data === 'string' ? data : JSON.stringify(data);
        super(`GitHub's answer to ${what} is not what that call returns (${(shown ?? 'nothing').slice(0, 200)}): ` +
            'check GITHUB_API_URL and any proxy between the runner and GitHub');
        this.name = 'UnexpectedAnswerError';
    }
}
/** A positive whole number: the ids GitHub answers with. */
const ID = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._positive */ .NC());
const NON_EMPTY = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1));
const PULL_REQUEST = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ number: ID, html_url: NON_EMPTY });
const COMMENT = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: ID, html_url: NON_EMPTY, body: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) });
function checked(schema, what, data) {
    const result = schema.safeParse(data);
    if (!result.success)
        throw new UnexpectedAnswerError(what, data);
    return result.data;
}
async function call(what, request, permissions) {
    try {
        return await request();
    }
    catch (error) {
        const { status, response } = error;
        const message = error instanceof Error ? error.message : String(error);
        // Octokit reports a request that got no answer (a timeout, a refused connection) as a 500 without a response.
        throw new GitHubApiError(response === undefined ? undefined : status, what, message, permissions);
    }
}
const DEPLOYMENT = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: ID, environment: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), payload: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J() });
const DEPLOYMENT_STATUS = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: ID, state: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
const DEPLOYMENT_PERMISSIONS = '`deployments: write`';
/** The REST calls the action makes, through @actions/github's Octokit (which honours GITHUB_API_URL). */
class GitHubApi {
    octokit;
    owner;
    repo;
    constructor(octokit, owner, repo) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
    }
    /** The client, loaded only by the commands that call the API: the others never load Octokit. */
    static async connect(token, owner, repo, settings = apiSettingsFromEnvironment()) {
        if (!token)
            throw new Error('the token input is empty: the GitHub API needs a token');
        const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 145));
        return new GitHubApi(createOctokit(token, settings), owner, repo);
    }
    async findOpenPullRequest(branch, base) {
        const what = 'list pull requests';
        const { data } = await call(what, () => this.octokit.rest.pulls.list({
            owner: this.owner,
            repo: this.repo,
            state: 'open',
            head: `${this.owner}:${branch}`,
            base,
            per_page: 1
        }));
        const pull = checked(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(PULL_REQUEST), what, data)[0];
        return pull ? { number: pull.number, url: pull.html_url } : undefined;
    }
    /**
     * Updates `open`, the pull request found open for the branch (findOpenPullRequest), else opens one. When
     * another run opened it meanwhile (422 "already exists"), that one is updated.
     */
    async createOrUpdatePullRequest(request, open) {
        if (open)
            return { pullRequest: await this.updatePullRequest(open.number, request), created: false };
        try {
            return { pullRequest: await this.createPullRequest(request), created: true };
        }
        catch (error) {
            if (!(error instanceof GitHubApiError) || error.status !== 422)
                throw error;
            const opened = await this.findOpenPullRequest(request.branch, request.base);
            if (!opened)
                throw error;
            return { pullRequest: await this.updatePullRequest(opened.number, request), created: false };
        }
    }
    async createPullRequest(request) {
        const what = 'create a pull request';
        const { data } = await call(what, () => this.octokit.rest.pulls.create({
            owner: this.owner,
            repo: this.repo,
            head: request.branch,
            base: request.base,
            title: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.title),
            body: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.body)
        }));
        const pull = checked(PULL_REQUEST, what, data);
        return { number: pull.number, url: pull.html_url };
    }
    async updatePullRequest(number, request) {
        const what = `update pull request #${number}`;
        const { data } = await call(what, () => this.octokit.rest.pulls.update({
            owner: this.owner,
            repo: this.repo,
            pull_number: number,
            title: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.title),
            body: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.body)
        }));
        const pull = checked(PULL_REQUEST, what, data);
        return { number: pull.number, url: pull.html_url };
    }
    /**
     * A deployment of a model version to an environment at a commit, with a success status: the repository's
     * Environments page then shows what is live. A deployment already recorded for the same commit, environment
     * and version (a re-run) is not recorded twice.
     */
    async recordDeployment(request) {
        const listing = `list the deployments to ${request.environment}`;
        const { data: existing } = await call(listing, () => this.octokit.rest.repos.listDeployments({
            owner: this.owner,
            repo: this.repo,
            sha: request.sha,
            environment: request.environment,
            per_page: 100
        }), DEPLOYMENT_PERMISSIONS);
        const same = checked(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DEPLOYMENT), listing, existing).find(deployment => {
            const payload = deployment.payload;
            return payload?.model === request.payload.model && payload.version === request.payload.version;
        });
        if (same)
            return { id: same.id, environment: same.environment, created: false };
        const what = `record a deployment to ${request.environment}`;
        const { data } = await call(what, () => this.octokit.rest.repos.createDeployment({
            owner: this.owner,
            repo: this.repo,
            ref: request.sha,
            environment: request.environment,
            payload: request.payload,
            description: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.description),
            auto_merge: false,
            required_contexts: [],
            production_environment: request.production,
            transient_environment: false
        }), DEPLOYMENT_PERMISSIONS);
        const deployment = checked(DEPLOYMENT, what, data);
        const statusWhat = `mark the deployment to ${request.environment} successful`;
        const { data: status } = await call(statusWhat, () => this.octokit.rest.repos.createDeploymentStatus({
            owner: this.owner,
            repo: this.repo,
            deployment_id: deployment.id,
            state: 'success',
            description: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.description),
            ...(request.logUrl ? { log_url: request.logUrl } : {}),
            auto_inactive: true
        }), DEPLOYMENT_PERMISSIONS);
        checked(DEPLOYMENT_STATUS, statusWhat, status);
        return { id: deployment.id, environment: deployment.environment, created: true };
    }
    /** The comment on an issue or pull request whose body contains `marker` is updated, or one is created. */
    async upsertComment(issueNumber, marker, body) {
        const listing = 'list the pull request comments';
        const comments = await call(listing, () => this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner: this.owner,
            repo: this.repo,
            issue_number: issueNumber,
            per_page: 100
        }));
        const found = checked(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(COMMENT), listing, comments).find(comment => comment.body?.includes(marker));
        const text = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(body);
        if (found) {
            const what = 'update the review comment';
            const { data } = await call(what, () => this.octokit.rest.issues.updateComment({
                owner: this.owner,
                repo: this.repo,
                comment_id: found.id,
                body: text
            }));
            const comment = checked(COMMENT, what, data);
            return { id: comment.id, url: comment.html_url, created: false };
        }
        const what = 'comment on the pull request';
        const { data } = await call(what, () => this.octokit.rest.issues.createComment({
            owner: this.owner,
            repo: this.repo,
            issue_number: issueNumber,
            body: text
        }));
        const comment = checked(COMMENT, what, data);
        return { id: comment.id, url: comment.html_url, created: true };
    }
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
