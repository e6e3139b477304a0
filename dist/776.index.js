export const id = 776;
export const ids = [776];
export const modules = {

/***/ 8776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubApi: () => (/* binding */ GitHubApi),
  OS: () => (/* binding */ GitHubApiError)
});

// UNUSED EXPORTS: UnexpectedAnswerError, apiSettingsFromEnvironment

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 2 modules
var schemas = __webpack_require__(5395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./src/adapters/body-limit.ts
/** GitHub's most characters in the body of an issue, a pull request or a comment: longer ones are refused (422). */
const BODY_LIMIT = 65_536;
/** GitHub's most characters in the title of an issue or a pull request. */
const TITLE_LIMIT = 256;
/** GitHub's most characters in the description of a deployment status. */
const DESCRIPTION_LIMIT = 140;
/** Characters as GitHub counts them (code points, not UTF-16 units). */
function characters(text) {
    return Array.from(text);
}
/**
 * What closes the Markdown blocks `text` leaves open: a fenced code block (its fence, as long as the opener)
 * and any `<details>` outside one, so that what follows a cut renders as text.
 */
function closers(text) {
    let fence;
    let details = 0;
    for (const line of text.split('\n')) {
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence) {
            const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
            if (closing?.startsWith(fence.char) && closing.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (marker) {
            fence = { char: marker.charAt(0), length: marker.length };
            continue;
        }
        details += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
    }
    const closeFence = fence ? `\n${fence.char.repeat(fence.length)}` : '';
    return `${closeFence}${'\n</details>'.repeat(Math.max(0, details))}`;
}
/**
 * A body that GitHub takes: as it is when it fits, else cut at a line break before the limit, its open code
 * block and `<details>` closed, and a last line saying how much was cut.
 */
function fitBody(text, limit = BODY_LIMIT) {
    const all = characters(text);
    if (all.length <= limit)
        return text;
    let keep = limit;
    for (;;) {
        let kept = all.slice(0, keep).join('');
        const lineEnd = kept.lastIndexOf('\n');
        if (lineEnd > 0)
            kept = kept.slice(0, lineEnd);
        const cut = all.length - characters(kept).length;
        const fitted = `${kept}${closers(kept)}\n\n` +
            `**… ${cut.toLocaleString('en-US')} more characters cut: GitHub takes at most ` +
            `${limit.toLocaleString('en-US')} here.**`;
        const over = characters(fitted).length - limit;
        if (over <= 0)
            return fitted;
        keep = Math.max(0, Math.min(keep - over, characters(kept).length - 1));
    }
}
/** A one-line text that GitHub takes: cut with an ellipsis past `limit` characters. */
function fitLine(text, limit) {
    const all = characters(text);
    return all.length <= limit ? text : `${all.slice(0, limit - 1).join('')}…`;
}
const fitTitle = (text) => fitLine(text, TITLE_LIMIT);

// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
;// CONCATENATED MODULE: ./src/adapters/github.ts



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
const ID = schemas/* int */.Whr().check(api/* _positive */.NC());
const NON_EMPTY = schemas/* string */.YjP().check(api/* _minLength */.m9(1));
const PULL_REQUEST = schemas/* object */.Ikc({ number: ID, html_url: NON_EMPTY });
const COMMENT = schemas/* object */.Ikc({
    id: ID,
    html_url: NON_EMPTY,
    body: schemas/* nullish */.cl6(schemas/* string */.YjP()),
    user: schemas/* nullish */.cl6(schemas/* object */.Ikc({ login: NON_EMPTY, type: schemas/* optional */.lqM(schemas/* string */.YjP()) }))
});
const USER = schemas/* object */.Ikc({ login: NON_EMPTY });
const ISSUE = schemas/* object */.Ikc({
    number: ID,
    html_url: NON_EMPTY,
    body: schemas/* nullish */.cl6(schemas/* string */.YjP()),
    user: schemas/* nullish */.cl6(schemas/* object */.Ikc({ login: NON_EMPTY, type: schemas/* optional */.lqM(schemas/* string */.YjP()) })),
    pull_request: schemas/* optional */.lqM(schemas/* unknown */.L5J())
});
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
const DEPLOYMENT = schemas/* object */.Ikc({ id: ID, environment: schemas/* string */.YjP(), payload: schemas/* unknown */.L5J() });
const DEPLOYMENT_STATUS = schemas/* object */.Ikc({ id: ID, state: schemas/* string */.YjP() });
const DEPLOYMENT_PERMISSIONS = '`deployments: write`';
const INCIDENT_PERMISSIONS = '`issues: write`';
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
        const pull = checked(schemas/* array */.YOg(PULL_REQUEST), what, data)[0];
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
            title: fitTitle((0,secrets/* redact */.E$)(request.title)),
            body: fitBody((0,secrets/* redact */.E$)(request.body))
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
            title: fitTitle((0,secrets/* redact */.E$)(request.title)),
            body: fitBody((0,secrets/* redact */.E$)(request.body))
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
        // Every page: one commit can land more versions in an environment than one page holds (a gathered evaluation).
        const existing = await call(listing, () => this.octokit.paginate(this.octokit.rest.repos.listDeployments, {
            owner: this.owner,
            repo: this.repo,
            sha: request.sha,
            environment: request.environment,
            per_page: 100
        }), DEPLOYMENT_PERMISSIONS);
        const same = checked(schemas/* array */.YOg(DEPLOYMENT), listing, existing).find(deployment => {
            const payload = deployment.payload;
            return payload?.model === request.payload.model && payload.version === request.payload.version;
        });
        if (same) {
            // A run that failed between the two calls left a deployment with no status: it is completed now.
            const completed = !(await this.hasStatus(same.id, request.environment));
            if (completed)
                await this.markSuccessful(same.id, request);
            return { id: same.id, environment: same.environment, created: false, completed };
        }
        const what = `record a deployment to ${request.environment}`;
        const { data } = await call(what, () => this.octokit.rest.repos.createDeployment({
            owner: this.owner,
            repo: this.repo,
            ref: request.sha,
            environment: request.environment,
            payload: request.payload,
            description: fitLine((0,secrets/* redact */.E$)(request.description), DESCRIPTION_LIMIT),
            auto_merge: false,
            required_contexts: [],
            production_environment: request.production,
            transient_environment: false
        }), DEPLOYMENT_PERMISSIONS);
        const deployment = checked(DEPLOYMENT, what, data);
        await this.markSuccessful(deployment.id, request);
        return { id: deployment.id, environment: deployment.environment, created: true, completed: true };
    }
    /** Whether a deployment has any status (the newest comes first: one is enough to know). */
    async hasStatus(id, environment) {
        const what = `read the status of the deployment to ${environment}`;
        const { data } = await call(what, () => this.octokit.rest.repos.listDeploymentStatuses({
            owner: this.owner,
            repo: this.repo,
            deployment_id: id,
            per_page: 1
        }), DEPLOYMENT_PERMISSIONS);
        return checked(schemas/* array */.YOg(DEPLOYMENT_STATUS), what, data).length > 0;
    }
    async markSuccessful(id, request) {
        const what = `mark the deployment to ${request.environment} successful`;
        const { data } = await call(what, () => this.octokit.rest.repos.createDeploymentStatus({
            owner: this.owner,
            repo: this.repo,
            deployment_id: id,
            state: 'success',
            description: fitLine((0,secrets/* redact */.E$)(request.description), DESCRIPTION_LIMIT),
            ...(request.logUrl ? { log_url: request.logUrl } : {}),
            auto_inactive: true
        }), DEPLOYMENT_PERMISSIONS);
        checked(DEPLOYMENT_STATUS, what, data);
    }
    /**
     * The login the token writes as: its user (a personal access token); undefined for a token GET /user refuses
     * (the workflow's GITHUB_TOKEN, a GitHub App's installation token), which writes as a bot account.
     */
    async identity() {
        const what = 'read who the token is';
        try {
            const { data } = await call(what, () => this.octokit.rest.users.getAuthenticated());
            return checked(USER, what, data).login;
        }
        catch (error) {
            if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401))
                return undefined;
            throw error;
        }
    }
    /**
     * The comment of this token's own on an issue or pull request whose body contains `marker` is updated, or one
     * is created: a comment by anyone else is never edited, whatever it contains.
     */
    async upsertComment(issueNumber, marker, body) {
        const listing = 'list the pull request comments';
        const comments = await call(listing, () => this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner: this.owner,
            repo: this.repo,
            issue_number: issueNumber,
            per_page: 100
        }));
        const marked = checked(schemas/* array */.YOg(COMMENT), listing, comments).filter(comment => comment.body?.includes(marker));
        // A token with a user is that user; one without writes as a bot account (github-actions[bot], or the App's
        // own): a bot's comment with the marker is taken as this action's, and a person's is never edited.
        const own = await this.ownedBy(marked.map(comment => comment.user));
        const found = marked.find(comment => own(comment.user));
        const text = fitBody((0,secrets/* redact */.E$)(body));
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
    /** Whether a comment or issue is this token's own: its user's, or (a token without one) a bot account's. */
    async ownedBy(users) {
        const self = users.length > 0 ? await this.identity() : undefined;
        return (user) => self === undefined ? user?.type === 'Bot' : user?.login === self;
    }
    /** The open issue this token opened whose body holds `marker`; another user's issue is never taken for it. */
    async findIncident(marker) {
        const what = 'list the open issues';
        const issues = await call(what, () => this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
            owner: this.owner,
            repo: this.repo,
            state: 'open',
            per_page: 100
        }), INCIDENT_PERMISSIONS);
        const marked = checked(schemas/* array */.YOg(ISSUE), what, issues).filter(issue => issue.pull_request === undefined && issue.body?.includes(marker));
        const own = await this.ownedBy(marked.map(issue => issue.user));
        const found = marked.find(issue => own(issue.user));
        return found ? { number: found.number, url: found.html_url, body: found.body ?? '' } : undefined;
    }
    async openIncident(title, body) {
        const what = 'open an incident issue';
        const { data } = await call(what, () => this.octokit.rest.issues.create({
            owner: this.owner,
            repo: this.repo,
            title: fitTitle((0,secrets/* redact */.E$)(title)),
            body: fitBody((0,secrets/* redact */.E$)(body))
        }), INCIDENT_PERMISSIONS);
        const issue = checked(ISSUE, what, data);
        return { number: issue.number, url: issue.html_url, body: issue.body ?? '' };
    }
    async updateIncident(number, body, state) {
        const what = `update incident issue #${number}`;
        const { data } = await call(what, () => this.octokit.rest.issues.update({
            owner: this.owner,
            repo: this.repo,
            issue_number: number,
            body: fitBody((0,secrets/* redact */.E$)(body)),
            ...(state ? { state } : {})
        }), INCIDENT_PERMISSIONS);
        checked(ISSUE, what, data);
    }
    async commentOnIssue(number, body) {
        const what = `comment on issue #${number}`;
        const { data } = await call(what, () => this.octokit.rest.issues.createComment({
            owner: this.owner,
            repo: this.repo,
            issue_number: number,
            body: fitBody((0,secrets/* redact */.E$)(body))
        }), INCIDENT_PERMISSIONS);
        checked(COMMENT, what, data);
    }
}


/***/ })

};
