export const id = 713;
export const ids = [713,521];
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
        const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(758), __webpack_require__.e(214), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 145));
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
