import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   o: () => (/* binding */ readManifestFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1905);



async function readManifestFile(absolutePath, displayName) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(absolutePath, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT'
            ? 'there is no such file. Start one with `model-stages init`, or give the path of yours (--manifest, or the manifest input of the action)'
            : String(error);
        throw new _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh([
            { file: displayName, line: 1, column: 1, message: `cannot read the manifest: ${why}` }
        ]);
    }
}
/** Writes through a temporary file in the same folder and a rename: readers see the old or the new file, never half. */
async function writeFileAtomic(absolutePath, text) {
    // node:crypto is loaded here, not at start: most commands never write.
    const { randomBytes } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolutePath);
    const temporary = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absolutePath)}.${randomBytes(6).toString('hex')}.tmp`);
    const mode = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises
        .stat(absolutePath)
        .then(stat => stat.mode & 0o777)
        .catch(() => 0o644);
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(temporary, 'w', mode);
    try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(temporary, absolutePath);
    }
    catch (error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(temporary, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ Git),
/* harmony export */   X: () => (/* binding */ GitError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args[0] ?? ''} failed (exit ${exitCode}): ${stderr.trim()}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** `key=value` settings passed through the environment (GIT_CONFIG_COUNT…), so that no secret shows in a process list. */
function configEnvironment(configs) {
    if (configs.length === 0)
        return {};
    const env = { GIT_CONFIG_COUNT: String(configs.length) };
    configs.forEach((config, index) => {
        const equals = config.indexOf('=');
        env[`GIT_CONFIG_KEY_${index}`] = config.slice(0, equals);
        env[`GIT_CONFIG_VALUE_${index}`] = config.slice(equals + 1);
    });
    return env;
}
/** What git says when someone else updated the branch first (or at the same moment). */
const STALE_PUSH = /non-fast-forward|fetch first|stale info|cannot lock ref|failed to update ref|incorrect old value|reference already exists/;
/** The lines of a refused push that say why: the server's `remote:` lines and git's rejection line. */
function serverWords(said) {
    const lines = said
        .split('\n')
        .map(line => line.trim())
        .filter(line => /^(remote:|!|error:|\[|hint:)|rejected/.test(line) && !/^hint:\s*$/.test(line))
        .map(line => line.replace(/^remote:\s*/, '').replace(/^!\s+/, ''))
        .filter(line => line.length > 0 && !/^(Done|To\s)/.test(line));
    return [...new Set(lines)].join('\n') || said.trim();
}
/** child_process is loaded on the first git command: commands that never run git (lint, show) start without it. */
async function spawner() {
    return (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23))).spawn;
}
const FIELD = '\x1f';
const RECORD = '\x1e';
/** Every git invocation the project makes, behind named methods. Arguments go to execFile: never a shell string. */
class Git {
    cwd;
    /** How many git processes this instance started (the history benchmark reports it). */
    processCount = 0;
    constructor(cwd) {
        this.cwd = cwd;
    }
    async run(args, options = {}) {
        this.processCount++;
        const spawn = await spawner();
        return new Promise((resolve, reject) => {
            const child = spawn('git', args, {
                cwd: this.cwd,
                env: {
                    ...process.env,
                    GIT_TERMINAL_PROMPT: '0',
                    ...configEnvironment(options.configs ?? []),
                    ...options.env
                },
                stdio: ['pipe', 'pipe', 'pipe']
            });
            const stdout = [];
            const stderr = [];
            child.stdout.on('data', (chunk) => stdout.push(chunk));
            child.stderr.on('data', (chunk) => stderr.push(chunk));
            child.on('error', reject);
            child.on('close', code => {
                if (code === 0)
                    resolve(Buffer.concat(stdout));
                else
                    reject(new GitError(args, code, Buffer.concat(stderr).toString('utf8')));
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input ?? '');
        });
    }
    async text(args, options = {}) {
        return (await this.run(args, options)).toString('utf8').trimEnd();
    }
    async resolve(revision) {
        return this.text(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).catch(() => undefined);
    }
    /** The last commit on the first-parent line of `revision` made at or before `date`. */
    async lastCommitBefore(date, revision = 'HEAD') {
        const commit = await this.text(['rev-list', '-1', '--first-parent', `--before=${date}`, revision]).catch(() => '');
        return commit || undefined;
    }
    /** Whether git reads `text` as a date: it reads anything, and what it cannot read becomes "now". */
    async understandsDate(text) {
        if (/^\s*(now|today)\s*$/i.test(text))
            return true;
        const before = Math.floor(Date.now() / 1000);
        const output = await this.text(['rev-parse', `--before=${text}`]);
        const after = Math.floor(Date.now() / 1000);
        const seconds = Number(/--min-age=(\d+)/.exec(output)?.[1]);
        return Number.isFinite(seconds) && (seconds < before - 1 || seconds > after + 1);
    }
    /** The values of one trailer in the messages of the commits in `from..to`, oldest first. */
    async trailerValues(from, to, key) {
        const output = await this.text([
            'log',
            '--reverse',
            `--format=%H%x1f%(trailers:key=${key},valueonly,separator=%x1f)%x1e`,
            `${from}..${to}`
        ]).catch(() => '');
        return output
            .split(RECORD)
            .map(record => record.replace(/^\n/, '').split(FIELD))
            .flatMap(([commit = '', ...values]) => values
            .map(value => value.trim())
            .filter(Boolean)
            .map(value => ({ commit, value })));
    }
    async isShallow() {
        return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /** The file at a revision, or undefined when it does not exist there. */
    async show(revision, repoPath) {
        return this.run(['show', `${revision}:${repoPath}`])
            .then(buffer => buffer.toString('utf8'))
            .catch(() => undefined);
    }
    /** The commits that changed a file along the first-parent line of `revision`, newest first. */
    async fileLog(repoPath, revision = 'HEAD') {
        const format = ['%H', '%an', '%ae', '%aI', '%cI', '%s'].join('%x1f') + '%x1e';
        const output = await this.text([
            'log',
            '--first-parent',
            `--format=${format}`,
            revision,
            '--',
            repoPath
        ]).catch(() => '');
        return output
            .split(RECORD)
            .map(record => record.replace(/^\n/, ''))
            .filter(record => record.length > 0)
            .map(record => {
            const [commit = '', author = '', email = '', date = '', committedAt = '', subject = ''] = record.split(FIELD);
            return { commit, author, email, date, committedAt, subject };
        });
    }
    /**
     * Streams many `revision:path` objects through one `git cat-file --batch` process, in order, to `onObject`
     * (undefined for a missing one). Only the object being read is held: memory stays bounded whatever the count.
     */
    async streamObjects(specs, onObject) {
        if (specs.length === 0)
            return;
        this.processCount++;
        const spawn = await spawner();
        const child = spawn('git', ['cat-file', '--batch'], {
            cwd: this.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const stderr = [];
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        let header = [];
        let body;
        let filled = 0;
        const spare = [Buffer.alloc(0), Buffer.alloc(0)];
        let turn = 0;
        const nextBuffer = (size) => {
            turn = 1 - turn;
            if ((spare[turn]?.length ?? 0) < size)
                spare[turn] = Buffer.allocUnsafe(Math.ceil(size * 1.25));
            return (spare[turn] ?? Buffer.allocUnsafe(size)).subarray(0, size);
        };
        /** Bytes still to skip: the newline after an object. */
        let skip = 0;
        child.stdout.on('data', (chunk) => {
            let offset = 0;
            while (offset < chunk.length) {
                if (skip > 0) {
                    const skipped = Math.min(skip, chunk.length - offset);
                    skip -= skipped;
                    offset += skipped;
                    continue;
                }
                if (body) {
                    const copied = chunk.copy(body, filled, offset, Math.min(chunk.length, offset + body.length - filled));
                    filled += copied;
                    offset += copied;
                    if (filled === body.length) {
                        onObject(body);
                        body = undefined;
                        skip = 1;
                    }
                    continue;
                }
                const newline = chunk.indexOf(0x0a, offset);
                if (newline === -1) {
                    header.push(chunk.subarray(offset));
                    break;
                }
                header.push(chunk.subarray(offset, newline));
                offset = newline + 1;
                const line = Buffer.concat(header).toString('utf8');
                header = [];
                const match = /^[0-9a-f]+ \w+ (\d+)$/.exec(line);
                if (!match) {
                    onObject(undefined);
                    continue;
                }
                body = nextBuffer(Number(match[1]));
                filled = 0;
                if (body.length === 0) {
                    onObject(body);
                    body = undefined;
                    skip = 1;
                }
            }
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(specs.join('\n') + '\n');
        await new Promise((resolve, reject) => {
            child.on('error', reject);
            child.on('close', code => code === 0
                ? resolve()
                : reject(new GitError(['cat-file', '--batch'], code, Buffer.concat(stderr).toString('utf8'))));
        });
    }
    /**
     * Fetches a branch into its remote-tracking ref (`refs/remotes/<remote>/<branch>`), which it returns.
     * `wholeHistory` unshallows a shallow clone on the way.
     */
    async fetchBranch(remote, branch, options = {}) {
        const tracking = `refs/remotes/${remote}/${branch}`;
        await this.fetch(remote, [`+refs/heads/${branch}:${tracking}`], {
            unshallow: options.wholeHistory === true && (await this.isShallow()),
            configs: options.configs
        });
        return tracking;
    }
    /** Fetches a pull request's head (`refs/pull/<number>/head`) into a ref of its own, which it returns. */
    async fetchPullRequestHead(remote, number, configs) {
        const tracking = `refs/remotes/${remote}/pull/${number}/head`;
        await this.fetch(remote, [`+refs/pull/${number}/head:${tracking}`], { configs });
        return tracking;
    }
    /** Fetches one commit alone (no history behind it): what a shallow checkout needs to read a file there. */
    async fetchCommit(remote, commit, configs) {
        await this.fetch(remote, [commit], { depth: 1, configs });
    }
    /** Fetches the whole history of a shallow clone (git refuses this on a complete one: ask isShallow first). */
    async deepen(remote, configs) {
        await this.fetch(remote, [], { unshallow: true, configs });
    }
    async fetch(remote, refspecs, options) {
        const depth = options.unshallow ? ['--unshallow'] : options.depth ? [`--depth=${options.depth}`] : [];
        await this.run(['fetch', '--no-tags', '--quiet', ...depth, remote, ...refspecs], {
            configs: options.configs
        });
    }
    /** Moves the checked-out branch and work tree forward to `commit`; false when git cannot (local changes). */
    async fastForward(commit) {
        return this.run(['merge', '--ff-only', '--quiet', commit]).then(() => true, () => false);
    }
    async hashObject(text) {
        return this.text(['hash-object', '-w', '--stdin'], { input: text });
    }
    /** A commit whose tree is `parent`'s with one file replaced, made without touching the work tree or the index. */
    async commitFile(options) {
        const blob = await this.hashObject(options.content);
        const mode = (await this.text(['ls-tree', options.parent, '--', options.repoPath])).split(' ')[0] || '100644';
        const indexFile = `${await this.text(['rev-parse', '--absolute-git-dir'])}/model-stages-index-${process.pid}-${Date.now()}`;
        const env = { GIT_INDEX_FILE: indexFile };
        try {
            await this.run(['read-tree', options.parent], { env });
            await this.run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${options.repoPath}`], { env });
            const tree = await this.text(['write-tree'], { env });
            return await this.text(['commit-tree', tree, '-p', options.parent, '-F', '-'], {
                input: options.message,
                env: {
                    GIT_AUTHOR_NAME: options.author.name,
                    GIT_AUTHOR_EMAIL: options.author.email,
                    GIT_COMMITTER_NAME: options.committer.name,
                    GIT_COMMITTER_EMAIL: options.committer.email
                }
            });
        }
        finally {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(indexFile, { force: true });
        }
    }
    /**
     * Pushes a commit to a branch. A refusal is returned, not thrown: `stale` when git says the branch moved
     * under the push (someone else pushed first or at the same moment), with the server's own words.
     */
    async push(remote, commit, branch, options = {}) {
        const args = ['push', ...(options.force ? ['--force'] : []), remote, `${commit}:refs/heads/${branch}`];
        try {
            await this.run(args, { configs: options.configs });
            return { pushed: true };
        }
        catch (error) {
            if (!(error instanceof GitError))
                throw error;
            const said = `${error.stderr}\n${error.message}`;
            if (!/\[rejected\]|\[remote rejected\]|^!\s/m.test(said) && !STALE_PUSH.test(said))
                throw error;
            return { pushed: false, stale: STALE_PUSH.test(said), message: serverWords(said) };
        }
    }
    async deleteRemoteBranch(remote, branch, configs) {
        await this.run(['push', '--quiet', remote, `:refs/heads/${branch}`], { configs });
    }
    /** The commit a branch points at on the remote, or undefined when it has no such branch. */
    async remoteTip(remote, branch, configs) {
        const output = await this.text(['ls-remote', remote, `refs/heads/${branch}`], { configs });
        return output.split(/\s/)[0] || undefined;
    }
    /** Whether a file differs from HEAD in the index or the work tree. */
    async hasChanges(repoPath) {
        const status = await this.text(['status', '--porcelain', '--', repoPath]);
        return status.length > 0;
    }
    /** Commits the given paths as they are in the work tree, and nothing else that is staged. */
    async commitPaths(paths, message) {
        await this.run(['commit', '--quiet', '-F', '-', '--only', '--', ...paths], { input: message });
        return this.text(['rev-parse', 'HEAD']);
    }
    async remoteUrl(remote) {
        return this.text(['remote', 'get-url', remote]).catch(() => undefined);
    }
    async isAncestor(ancestor, descendant) {
        return this.run(['merge-base', '--is-ancestor', ancestor, descendant])
            .then(() => true)
            .catch(() => false);
    }
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2528);

// Output into a closed pipe (`model-stages status | head -1`) ends quietly: the reader has all it wanted.
for (const stream of [process.stdout, process.stderr])
    stream.on('error', error => {
        if (error.code === 'EPIPE')
            process.exit(0);
        throw error;
    });
process.exitCode = await (0,_cli_run_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ parseArguments),
/* harmony export */   cz: () => (/* binding */ optionsOf),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fH: () => (/* binding */ COMMAND_SPECS)
/* harmony export */ });
/* unused harmony exports COMMON_OPTIONS, knownCommand */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1755);
/* harmony import */ var _commands_request_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9843);



/** A wrong command line: exit 2, with the fix. */
class UsageError extends Error {
    name = 'UsageError';
}
const MANIFEST = {
    type: 'string',
    placeholder: 'FILE',
    help: 'the stage manifest (default: model-stages.yaml at the repository root)'
};
const JSON_OUTPUT = { type: 'boolean', help: 'print the result, or the error, as JSON on stdout' };
const HELP = { type: 'boolean', help: 'show this help' };
const VALIDATE = {
    type: 'string',
    placeholder: 'CMD',
    help: "validation command (overrides the manifest's)"
};
const TIMEOUT = {
    type: 'string',
    placeholder: 'SECONDS',
    help: 'stop the validation after this long (and fail)'
};
const DRY_RUN = { type: 'boolean', help: 'print the plan and the diff; write nothing' };
const COMMIT = {
    type: 'boolean',
    help: 'commit the manifest change, with the message and Model-Stage trailers the action writes'
};
/** Options every command takes. */
const COMMON_OPTIONS = {
    manifest: MANIFEST,
    json: JSON_OUTPUT,
    help: HELP
};
const WRITE_OPTIONS = { 'dry-run': DRY_RUN, commit: COMMIT };
const OVERRIDE_OPTIONS = {
    force: { type: 'boolean', help: 'override the soak and the metric gates (never the validation command)' },
    reason: {
        type: 'string',
        placeholder: 'TEXT',
        help: 'why --force: recorded as a Model-Stage-Override trailer (required with --force)'
    }
};
const VALIDATION_OPTIONS = { validate: VALIDATE, 'validation-timeout': TIMEOUT };
const COMMAND_SPECS = {
    init: {
        summary: 'write a new, commented manifest',
        details: 'Writes model-stages.yaml (or --manifest) with version: 1, and refuses to overwrite one.',
        options: {
            model: { type: 'string', placeholder: 'NAME', help: 'declare a first model (no versions yet)' },
            validate: {
                type: 'string',
                placeholder: 'CMD',
                help: 'defaults.validate: the command a version must pass to enter production'
            }
        }
    },
    register: {
        summary: 'add a version in staging',
        details: 'Adds VERSION of MODEL in staging (MODEL is declared if it is new).',
        options: {
            uri: { type: 'string', placeholder: 'URI', help: 'where the model artifact lives' },
            description: { type: 'string', placeholder: 'TEXT', help: 'free text about the version' },
            metric: { type: 'string', multiple: true, placeholder: 'NAME=NUMBER', help: 'a metric (repeatable)' },
            meta: {
                type: 'string',
                multiple: true,
                placeholder: 'KEY=VALUE',
                help: 'a metadata entry (repeatable)'
            },
            ...WRITE_OPTIONS
        }
    },
    promote: {
        summary: 'validate a version and move it to the next stage (archives the one it replaces)',
        details: 'Validates VERSION and moves it to its next stage (production, without a stages: list), archiving\n' +
            'the version it replaces in an exclusive stage. Without VERSION: the newest in the stage before\n' +
            '--to (default: the last stage). --to archived|staging archives or restores instead. A stage with\n' +
            'a soak takes a version only after that long in its current stage; --force --reason overrides the\n' +
            'soak and the metric gates, and the commit records it.',
        options: {
            to: {
                type: 'string',
                placeholder: 'STAGE',
                help: "target stage (default: the version's next stage, else the last)"
            },
            ...OVERRIDE_OPTIONS,
            ...VALIDATION_OPTIONS,
            ...WRITE_OPTIONS
        }
    },
    evaluate: {
        summary: "validate every model's newest staging version and promote those that pass",
        details: 'For each model (or MODEL), validates its newest staging version and promotes it when it passes;\n' +
            'a candidate that fails stays in staging and is reported (exit 0: evaluation is not a gate).',
        options: {
            plan: {
                type: 'boolean',
                help: 'validate nothing: print the validation matrix (JSON for strategy.matrix), one entry per candidate or shard'
            },
            results: {
                type: 'string',
                placeholder: 'DIR',
                help: 'validate nothing: gather the result files below DIR (from validate --result) and promote as usual'
            },
            jobs: { type: 'string', placeholder: 'N', help: 'run up to N validations at once (default 1)' },
            ...VALIDATION_OPTIONS,
            ...WRITE_OPTIONS
        }
    },
    validate: {
        summary: 'validate one candidate (or one shard) and write its result file; nothing else',
        details: 'Runs the validation of VERSION (default: the newest in the stage before --to) as a promotion would,\n' +
            'with MODEL_SHARD_INDEX and MODEL_SHARD_COUNT for --shard I/N, and writes what it found to --result:\n' +
            'the candidate, the shard, the manifest it validated against, the outcome, the tail and the metrics.\n' +
            'It writes nothing else and needs no token; evaluate --results gathers the files.',
        options: {
            to: { type: 'string', placeholder: 'STAGE', help: "target stage (default: the version's next stage)" },
            shard: {
                type: 'string',
                placeholder: 'I/N',
                help: 'the shard to validate (when the model declares shards)'
            },
            result: { type: 'string', placeholder: 'FILE', help: 'where the result is written (required)' },
            ...VALIDATION_OPTIONS
        }
    },
    archive: {
        summary: 'move a version to archived',
        details: 'Moves a staging or production version to archived.',
        options: { ...WRITE_OPTIONS }
    },
    restore: {
        summary: 'move an archived version back to staging',
        details: 'Moves an archived version back to staging for re-testing.',
        options: { ...WRITE_OPTIONS }
    },
    rollback: {
        summary: 'bring a former production version back',
        details: 'Puts a version that was in production (or --to, an exclusive stage) before back into it, validated\n' +
            'again, archiving the current one. Without VERSION: the one that left that stage most recently.',
        options: {
            to: { type: 'string', placeholder: 'STAGE', help: 'exclusive stage (default: the last stage)' },
            ...OVERRIDE_OPTIONS,
            ...VALIDATION_OPTIONS,
            ...WRITE_OPTIONS
        }
    },
    check: {
        summary: 'review the stage changes since REV (default HEAD)',
        details: 'Reviews the stage changes between REV and the work tree as a pull request check would: every\n' +
            'transition judged by the lifecycle rules, every version entering production validated.',
        options: {
            base: { type: 'string', placeholder: 'REV', help: 'what to compare with (a commit, branch or tag)' },
            ...VALIDATION_OPTIONS
        }
    },
    show: {
        summary: "a model's versions, what is in production, and each version's details",
        details: "Prints the model's versions and what is in production (or everything about VERSION).",
        options: {
            at: {
                type: 'string',
                placeholder: 'COMMIT|DATE',
                help: 'as the manifest was at a commit or a date git understands (2026-03-01, yesterday)'
            }
        }
    },
    status: {
        summary: 'every model: production version, newest candidate, versions per stage',
        details: 'One row per model: its production version, newest staging candidate and counts per stage.',
        options: {}
    },
    lint: {
        summary: 'check the manifest',
        details: 'Checks the manifest and prints every problem as FILE:LINE:COL: message.',
        options: {}
    },
    history: {
        summary: 'every transition, read back from git',
        details: "Rebuilds every stage transition from the manifest's git history: version, from -> to, commit,\n" +
            'author, date and pull request.',
        options: {}
    },
    changes: {
        summary: 'the stage transitions between two revisions (for deploy jobs)',
        details: 'Lists the stage transitions between --from (default HEAD~1) and --to (default HEAD). With MODEL,\n' +
            'also says whether its production version changed, and what is in production at --to.',
        options: {
            from: { type: 'string', placeholder: 'REV', help: 'the older revision (default HEAD~1)' },
            to: { type: 'string', placeholder: 'REV', help: 'the newer revision (default HEAD)' }
        }
    }
};
function optionsOf(command) {
    return { ...COMMAND_SPECS[command].options, ...COMMON_OPTIONS };
}
function didYouMean(word, candidates) {
    const guess = (0,_manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__/* .closestWord */ .E)(word, candidates);
    return guess ? ` (did you mean ${guess}?)` : '';
}
function knownCommand(name) {
    if (_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.includes(name))
        return name;
    throw new UsageError(`unknown command ${JSON.stringify(name)}${didYouMean(name, [..._commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo, 'help'])}; ` +
        `the commands are ${_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.join(', ')}, help`);
}
function optionList(command) {
    return Object.keys(optionsOf(command))
        .map(name => `--${name}`)
        .join(', ');
}
/** A command's options as node:util's parseArgs takes them; -h is help, as for every command. */
function parseArgsOptions(options) {
    return Object.fromEntries(Object.entries(options).map(([name, spec]) => [
        name,
        { type: spec.type, multiple: spec.multiple === true, ...(name === 'help' ? { short: 'h' } : {}) }
    ]));
}
function unknownOption(command, raw, name) {
    const options = optionsOf(command);
    if (!raw.startsWith('--'))
        return new UsageError(`unknown option ${raw} for ${command}; ${command} takes ${optionList(command)}`);
    // A subject given as an option (`history --model churn`) is an argument of this command: say how to write it.
    const subject = (0,_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .positionalsOf */ .Dx)(command).find(usage => usage.replace(/[[\]]/g, '') === name.toUpperCase());
    if (subject)
        return new UsageError(`${command} takes ${name.toUpperCase()} as an argument, not as --${name}: model-stages ${command} ${(0,_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .positionalsOf */ .Dx)(command).join(' ')}`);
    const elsewhere = _commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.filter(other => other !== command && COMMAND_SPECS[other].options[name]);
    const where = elsewhere.length > 0 ? ` (it is an option of ${elsewhere.join(', ')})` : '';
    const guess = (0,_manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__/* .closestWord */ .E)(name, Object.keys(options));
    const meant = guess ? ` (did you mean --${guess}?)` : where;
    return new UsageError(`unknown option --${name} for ${command}${meant}; ${command} takes ${optionList(command)}`);
}
/**
 * Reads argv strictly: each command takes its own options, and anything else says what it takes instead.
 * node:util's parseArgs reads the command line (`--name value`, `--name=value`, `-h`, `--`); it runs without its
 * own strict mode, whose errors cannot name the fix (the option meant, the command that has it), and the rules
 * are checked here on its tokens, in order: a known option, a value for a string option (not the next option), none
 * for a flag, and a single-valued option given once.
 */
function parseArguments(argv) {
    const [first, ...rest] = argv;
    if (first === undefined)
        return { kind: 'help' };
    if (first === '--version' || first === '-V')
        return { kind: 'version' };
    if (first === '--help' || first === '-h')
        return { kind: 'help' };
    if (first === 'help') {
        if (rest.length > 1)
            throw new UsageError('help takes at most one command');
        return { kind: 'help', command: rest[0] === undefined ? undefined : knownCommand(rest[0]) };
    }
    if (first.startsWith('-'))
        throw new UsageError(`expected a command before ${first}; the commands are ${_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.join(', ')}`);
    const command = knownCommand(first);
    const options = optionsOf(command);
    const { values, positionals, tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...rest],
        options: parseArgsOptions(options),
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    const seen = new Set();
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const { name, rawName } = token;
        const spec = options[name];
        // A short option is named as written: -abc, not the -a parseArgs reads first in it.
        if (!spec)
            throw unknownOption(command, rawName.startsWith('--') ? rawName : (rest[token.index] ?? rawName), name);
        if (spec.type === 'boolean') {
            if (token.value !== undefined)
                throw new UsageError(`--${name} takes no value`);
            continue;
        }
        if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
            throw new UsageError(`--${name} needs a value: --${name} ${spec.placeholder ?? 'VALUE'}`);
        if (!spec.multiple && seen.has(name))
            throw new UsageError(`--${name} is given twice`);
        seen.add(name);
    }
    if (values.help === true)
        return { kind: 'help', command };
    const expected = (0,_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .positionalsOf */ .Dx)(command);
    const required = expected.filter(name => !name.startsWith('[')).length;
    if (positionals.length < required || positionals.length > expected.length) {
        const usage = `model-stages ${command} ${expected.join(' ')}`.trimEnd();
        throw new UsageError(`wrong number of arguments for ${command}: expected ${usage}, got ${positionals.length === 0 ? 'none' : positionals.map(p => JSON.stringify(p)).join(' ')}`);
    }
    return { kind: 'run', command, positionals, values: { ...values } };
}


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ CLI_NAMES),
/* harmony export */   eT: () => (/* binding */ rawRequest)
/* harmony export */ });
/* unused harmony exports stringOption, listOption */
/* harmony import */ var _commands_request_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9843);

/** How the CLI names a request's fields in messages. */
const CLI_NAMES = {
    model: 'MODEL',
    version: 'VERSION',
    to: '--to',
    validationTimeout: '--validation-timeout',
    metrics: '--metric',
    metadata: '--meta',
    force: '--force',
    reason: '--reason',
    from: '--from',
    at: '--at',
    base: '--base',
    uri: '--uri',
    description: '--description',
    validate: '--validate',
    declare: '--model',
    plan: '--plan',
    results: '--results',
    jobs: '--jobs',
    shard: '--shard',
    result: '--result'
};
/** The request as the command line gives it: MODEL and VERSION where the command takes them, and its options. */
function rawRequest(command, positionals, values) {
    const subjects = _commands_request_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMAND_SUBJECTS */ .wO[command];
    const text = (name) => stringOption(values, name);
    const raw = {
        command,
        model: subjects.model === 'none' ? undefined : positionals[0],
        version: subjects.version === 'none' ? undefined : positionals[1],
        to: text('to'),
        from: text('from'),
        at: text('at'),
        base: text('base'),
        uri: text('uri'),
        description: text('description'),
        validate: text('validate'),
        validationTimeout: text('validation-timeout'),
        metrics: listOption(values, 'metric'),
        metadata: listOption(values, 'meta'),
        force: values.force === true,
        reason: text('reason'),
        declare: command === 'init' ? text('model') : undefined,
        plan: values.plan === true,
        results: text('results'),
        jobs: text('jobs'),
        shard: text('shard'),
        result: text('result')
    };
    return raw;
}
function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
function listOption(values, name) {
    const value = values[name];
    return Array.isArray(value) ? value : undefined;
}


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   MY: () => (/* binding */ EXIT_REFUSED),
/* harmony export */   N7: () => (/* binding */ reportError),
/* harmony export */   yt: () => (/* binding */ EXIT_BAD_INPUT),
/* harmony export */   yy: () => (/* binding */ print)
/* harmony export */ });
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1905);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(480);
/* harmony import */ var _arguments_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1506);



const EXIT_OK = 0;
const EXIT_REFUSED = 1;
const EXIT_BAD_INPUT = 2;
/** Prints a result: JSON when asked for, else the text. */
function print(io, json, value, text) {
    if (json)
        io.out(JSON.stringify(value, null, 2) + '\n');
    else
        io.out(text());
}
function exitCodeOf(error) {
    if (error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh || error instanceof _stages_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz || error instanceof _arguments_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
        return EXIT_BAD_INPUT;
    return EXIT_REFUSED;
}
/** Any failure: its message on stderr (or `{ "error": … }` on stdout with --json), and its exit code. */
function reportError(error, io, json) {
    const exitCode = exitCodeOf(error);
    const problems = error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh ? error.problems : [];
    const message = error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestError */ .Sh
        ? `${problems.length} problem(s) in the manifest; nothing was changed`
        : error instanceof Error
            ? error.message
            : String(error);
    if (json) {
        io.out(JSON.stringify({ error: { exitCode, message, problems } }, null, 2) + '\n');
        return exitCode;
    }
    if (problems.length > 0)
        io.err(problems.map(_manifest_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw).join('\n') + '\n');
    else if (error instanceof _stages_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusedError */ .fk)
        io.err(`model-stages: refused: ${message}\n`);
    else if (error instanceof _arguments_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
        io.err(`model-stages: ${message}\nRun 'model-stages help' for usage.\n`);
    else
        io.err(`model-stages: ${message}\n`);
    return exitCode;
}


/***/ }),

/***/ 2528:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/commands/request.ts
var commands_request = __nccwpck_require__(9843);
// EXTERNAL MODULE: ./src/commands/workspace.ts
var commands_workspace = __nccwpck_require__(2743);
// EXTERNAL MODULE: ./src/cli/arguments.ts
var cli_arguments = __nccwpck_require__(1506);
// EXTERNAL MODULE: ./src/cli/handlers/context.ts
var context = __nccwpck_require__(8681);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __nccwpck_require__(6657);
;// CONCATENATED MODULE: ./src/cli/usage.ts


function synopsis(command) {
    return `model-stages ${command} ${(0,commands_request/* positionalsOf */.Dx)(command).join(' ')}`.trimEnd();
}
function optionLines(options) {
    return Object.entries(options).map(([name, spec]) => {
        const flag = `${name === 'help' ? '-h, ' : ''}--${name}${spec.placeholder ? ` ${spec.placeholder}` : ''}`;
        return `  ${flag.padEnd(30)} ${spec.help}`;
    });
}
function commandHelp(command) {
    const spec = cli_arguments/* COMMAND_SPECS */.fH[command];
    return [
        synopsis(command),
        ...spec.details.split('\n').map(line => `  ${line}`),
        '',
        'Options:',
        ...optionLines((0,cli_arguments/* optionsOf */.cz)(command))
    ].join('\n');
}
function generalHelp() {
    const rows = commands_request/* COMMANDS */.Lo.map(command => {
        const spec = cli_arguments/* COMMAND_SPECS */.fH[command];
        return `  ${`${command} ${(0,commands_request/* positionalsOf */.Dx)(command).join(' ')}`.trimEnd().padEnd(28)} ${spec.summary}`;
    });
    return [
        'model-stages: manage ML model lifecycle stages (staging -> production -> archived)',
        'from a YAML manifest in your repository.',
        '',
        'Usage: model-stages <command> [arguments] [options]',
        '',
        'Commands:',
        ...rows,
        `  ${'help [COMMAND]'.padEnd(28)} this help, or a command's`,
        '',
        'Every command takes --manifest FILE, --json and --help; `model-stages --version` prints the version.',
        'Exit codes: 0 done (a no-op included), 1 refused move or failed validation, 2 bad input.'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts









const move = async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(815), __nccwpck_require__.e(553), __nccwpck_require__.e(953), __nccwpck_require__.e(217)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1217))).runMoveCommand(context);
/** Each command is loaded when it runs: `--version` or `show` do not load what `check` needs. */
const HANDLERS = {
    register: move,
    promote: move,
    archive: move,
    restore: move,
    rollback: move,
    init: async (context) => (await __nccwpck_require__.e(/* import() */ 550).then(__nccwpck_require__.bind(__nccwpck_require__, 550))).runInitCommand(context),
    evaluate: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(815), __nccwpck_require__.e(291), __nccwpck_require__.e(553), __nccwpck_require__.e(953), __nccwpck_require__.e(217), __nccwpck_require__.e(587)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1587))).runEvaluateCommand(context),
    validate: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(815), __nccwpck_require__.e(553), __nccwpck_require__.e(953), __nccwpck_require__.e(217), __nccwpck_require__.e(163)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9163))).runValidateCommand(context),
    check: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(815), __nccwpck_require__.e(553), __nccwpck_require__.e(953), __nccwpck_require__.e(217), __nccwpck_require__.e(74)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8074))).runCheckCommand(context),
    show: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(486)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4486))).runShowCommand(context),
    status: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(170)]).then(__nccwpck_require__.bind(__nccwpck_require__, 170))).runStatusCommand(context),
    lint: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(25)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8025))).runLintCommand(context),
    history: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(953), __nccwpck_require__.e(69)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5450))).runHistoryCommand(context),
    changes: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(439), __nccwpck_require__.e(553), __nccwpck_require__.e(953), __nccwpck_require__.e(649)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2649))).runChangesCommand(context)
};
/** The handler of the request's command, given the request as its own type. */
function handle(context) {
    const handler = HANDLERS[context.request.command];
    return handler(context);
}
/** The package's version: from the package.json of model-stages above the running code. */
function packageVersion() {
    for (let folder = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));; folder = external_node_path_default().dirname(folder)) {
        const file = external_node_path_default().join(folder, 'package.json');
        const manifest = (0,external_node_fs_.existsSync)(file)
            ? JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'))
            : {};
        if (manifest.name === 'model-stages' && manifest.version)
            return manifest.version;
        if (folder === external_node_path_default().dirname(folder))
            return 'unknown';
    }
}
/** The CLI: argv → the same commands as the action → text or JSON, and an exit code. */
async function runCli(argv, io) {
    const json = argv.includes('--json');
    try {
        const parsed = (0,cli_arguments/* parseArguments */.We)(argv);
        if (parsed.kind === 'version') {
            io.out(`${packageVersion()}\n`);
            return output/* EXIT_OK */.Ij;
        }
        if (parsed.kind === 'help') {
            io.out((parsed.command ? commandHelp(parsed.command) : generalHelp()) + '\n');
            return output/* EXIT_OK */.Ij;
        }
        const { command, positionals, values } = parsed;
        const manifest = typeof values.manifest === 'string' ? values.manifest : undefined;
        // The default manifest is at the repository's root, as in the action; a path given is read from here.
        const workspace = await (0,commands_workspace/* openWorkspace */.OH)(io.cwd, manifest, manifest === undefined);
        const request = (0,commands_request/* checkRequest */.yG)((0,context/* rawRequest */.eT)(command, positionals, values), context/* CLI_NAMES */.Q4);
        return await handle({ request, values, json, io, workspace });
    }
    catch (error) {
        return (0,output/* reportError */.N7)(error, io, json);
    }
}


/***/ }),

/***/ 9843:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ positionalsOf),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   wO: () => (/* binding */ COMMAND_SUBJECTS),
/* harmony export */   yG: () => (/* binding */ checkRequest)
/* harmony export */ });
/* unused harmony exports COMMAND_FIELDS, fieldsNotTaken, parseShard, parseStage, parseSeconds, parseMetrics, parseMetadata */
/* harmony import */ var _manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1755);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6629);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(480);
/* harmony import */ var _reporting_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4454);




/** Every command of both front doors (init and status are the CLI's alone). */
const COMMANDS = [
    'init',
    'register',
    'promote',
    'evaluate',
    'validate',
    'archive',
    'restore',
    'rollback',
    'check',
    'show',
    'status',
    'lint',
    'history',
    'changes'
];
/** Which commands take a model and a version: the rule both doors check, written once. */
const COMMAND_SUBJECTS = {
    init: { model: 'none', version: 'none' },
    register: { model: 'required', version: 'required' },
    promote: { model: 'required', version: 'optional' },
    evaluate: { model: 'optional', version: 'none' },
    validate: { model: 'required', version: 'optional' },
    archive: { model: 'required', version: 'required' },
    restore: { model: 'required', version: 'required' },
    rollback: { model: 'required', version: 'optional' },
    check: { model: 'none', version: 'none' },
    show: { model: 'required', version: 'optional' },
    status: { model: 'none', version: 'none' },
    lint: { model: 'none', version: 'none' },
    history: { model: 'optional', version: 'none' },
    changes: { model: 'optional', version: 'none' }
};
/** The usage of a command's positionals, from COMMAND_SUBJECTS: `MODEL [VERSION]`. */
function positionalsOf(command) {
    const subjects = COMMAND_SUBJECTS[command];
    return ['model', 'version'].flatMap(field => subjects[field] === 'none'
        ? []
        : [subjects[field] === 'required' ? field.toUpperCase() : `[${field.toUpperCase()}]`]);
}
/** What each command takes besides its model and version: a field given to another command is ignored or refused. */
const COMMAND_FIELDS = {
    init: ['declare', 'validate'],
    register: ['uri', 'description', 'metrics', 'metadata'],
    promote: ['to', 'force', 'reason', 'validate', 'validationTimeout'],
    evaluate: ['validate', 'validationTimeout', 'plan', 'results', 'jobs'],
    validate: ['to', 'shard', 'result', 'validate', 'validationTimeout'],
    archive: [],
    restore: [],
    rollback: ['to', 'force', 'reason', 'validate', 'validationTimeout'],
    check: ['base', 'validate', 'validationTimeout'],
    show: ['at'],
    status: [],
    lint: [],
    history: [],
    changes: ['from', 'to']
};
/** The fields given that `command` does not take: the action warns about them, the CLI cannot be given them. */
function fieldsNotTaken(raw) {
    const taken = COMMAND_FIELDS[raw.command];
    return Object.keys(raw).filter((field) => field !== 'command' &&
        field !== 'model' &&
        field !== 'version' &&
        raw[field] !== undefined &&
        raw[field] !== false &&
        !taken.includes(field));
}
function subject(raw, field, names) {
    const need = COMMAND_SUBJECTS[raw.command][field];
    const value = raw[field];
    if (need === 'required' && value === undefined)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${raw.command} needs ${names[field]}`);
    if (need === 'none' && value !== undefined)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${raw.command} takes no ${names[field]}`);
    if (value !== undefined)
        (field === 'model' ? _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY : _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertVersionString */ .mk)(value);
    return value;
}
function validationOf(raw, names) {
    return {
        ...(raw.validate === undefined ? {} : { validate: raw.validate }),
        ...(raw.validationTimeout === undefined
            ? {}
            : { validationTimeout: parseSeconds(raw.validationTimeout, names.validationTimeout) })
    };
}
/** Leaves out the fields a request does not have: `{ a: undefined }` is `{}`. */
function present(request) {
    return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
}
/**
 * The one check of what a front door read: the model and version each command needs (and no other), names, the
 * target stage, the timeout, metrics and metadata, and force with its reason. A field the command does not take is
 * not carried over.
 */
function checkRequest(raw, names) {
    const model = subject(raw, 'model', names);
    const version = subject(raw, 'version', names);
    const force = overrideReason(raw, names);
    const command = raw.command;
    switch (command) {
        case 'init':
            if (raw.declare !== undefined)
                (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY)(raw.declare);
            return present({ command, declare: raw.declare, validate: raw.validate });
        case 'register':
            return present({
                command,
                model: model,
                version: version,
                uri: raw.uri,
                description: raw.description,
                metrics: raw.metrics === undefined ? undefined : parseMetrics(raw.metrics, names.metrics),
                metadata: raw.metadata === undefined ? undefined : parseMetadata(raw.metadata, names.metadata)
            });
        case 'promote':
        case 'rollback':
            return present({
                command,
                model: model,
                version,
                to: raw.to === undefined ? undefined : parseStage(raw.to, names.to),
                force,
                ...validationOf(raw, names)
            });
        case 'archive':
        case 'restore':
            return { command, model: model, version: version };
        case 'evaluate':
            return evaluateRequest(raw, model, names);
        case 'validate':
            if (raw.result === undefined || raw.result.trim() === '')
                throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`validate needs ${names.result}: the file its result is written to`);
            return present({
                command,
                model: model,
                version,
                to: raw.to === undefined ? undefined : parseStage(raw.to, names.to),
                shard: raw.shard === undefined ? undefined : parseShard(raw.shard, names.shard),
                result: raw.result,
                ...validationOf(raw, names)
            });
        case 'check':
            return present({ command, base: raw.base, ...validationOf(raw, names) });
        case 'show':
            return present({ command, model: model, version, at: raw.at });
        case 'status':
        case 'lint':
            return { command };
        case 'history':
            return present({ command, model });
        case 'changes':
            return present({ command, model, from: raw.from, to: raw.to });
    }
}
function evaluateRequest(raw, model, names) {
    if (raw.plan && raw.results !== undefined)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.plan} and ${names.results} exclude each other: plan first, gather later`);
    const jobs = raw.jobs === undefined ? undefined : Number(raw.jobs);
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.jobs} takes a whole number from 1 to 64, not ${JSON.stringify(raw.jobs)}`);
    if (jobs !== undefined && (raw.plan || raw.results !== undefined))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.jobs} is for validations run here: not with ${raw.plan ? names.plan : names.results}`);
    return present({
        command: 'evaluate',
        model,
        plan: raw.plan ? true : undefined,
        results: raw.results,
        jobs,
        ...validationOf(raw, names)
    });
}
/** `I/N`: the shard a matrix entry names, counted from 1. */
function parseShard(value, name) {
    const match = /^(\d+)\/(\d+)$/.exec(value.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || index < 1 || count < 1 || index > count)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} takes I/N, a shard of N counted from 1 (such as 2/3), not ${JSON.stringify(value)}`);
    return { index, count };
}
/** The commands whose guards (soak, metric gates) force may override. */
const OVERRIDABLE = ['promote', 'rollback'];
/** force needs a reason, on one line (it becomes a commit trailer); a reason without force is a mistake too. */
function overrideReason(raw, names) {
    const reason = raw.reason?.trim();
    if (!raw.force) {
        if (raw.reason !== undefined)
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.reason} is recorded only with ${names.force}: add ${names.force}, or leave it out`);
        return undefined;
    }
    if (!OVERRIDABLE.includes(raw.command))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.force} overrides soak and metric gates: it applies to ${OVERRIDABLE.join(' and ')}, not ${raw.command}`);
    if (!reason)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.force} needs ${names.reason}: say why the override is needed; the commit records it for audit`);
    // A line break or a separator would let the reason forge a second trailer, or a second record where they are read.
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (/[\x00-\x1f\x7f]/.test(reason))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${names.reason} must be one line of text, without control characters: it becomes a commit trailer`);
    return reason;
}
/** A stage name as written; whether the manifest has that stage is for the move to say, with the manifest at hand. */
function parseStage(value, name) {
    if (_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_NAME_PATTERN */ .Oc.test(value))
        return value;
    const guess = (0,_manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_2__/* .closestWord */ .E)(value, _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an);
    throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} takes a stage name (${_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.join(', ')} or one the manifest declares), not ${JSON.stringify(value)}${guess ? `: did you mean ${guess}?` : ''}`);
}
function parseSeconds(value, name) {
    const seconds = Number(value);
    if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} takes a number of seconds greater than 0, not ${JSON.stringify(value)}`);
    return seconds;
}
const KEY = /^[A-Za-z0-9_.-]{1,64}$/;
function pairs(value, name, form) {
    if (typeof value === 'string') {
        let parsed;
        try {
            parsed = JSON.parse(value);
        }
        catch {
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} must be a JSON object (${form}); got ${JSON.stringify(value)}`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} must be a JSON object (${form}); got ${JSON.stringify(value)}`);
        return parsed;
    }
    const result = {};
    for (const pair of value) {
        const equals = pair.indexOf('=');
        if (equals <= 0)
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} takes ${form}, not ${JSON.stringify(pair)}`);
        result[pair.slice(0, equals)] = pair.slice(equals + 1);
    }
    return result;
}
function parseMetrics(value, name) {
    const metrics = {};
    for (const [key, raw] of Object.entries(pairs(value, name, 'NAME=NUMBER'))) {
        if (!_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAME_PATTERN */ .Sg.test(key))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: ${(0,_reporting_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .T)(key)} is not a metric name (${_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAME_RULE */ .SS})`);
        const number = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN;
        if (!Number.isFinite(number))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: metric ${key} must be a number, not ${JSON.stringify(raw)}`);
        metrics[key] = number;
    }
    return metrics;
}
function parseMetadata(value, name) {
    const metadata = pairs(value, name, 'KEY=VALUE');
    for (const key of Object.keys(metadata))
        if (!KEY.test(key))
            throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name}: key ${JSON.stringify(key)} is not valid`);
    return metadata;
}


/***/ }),

/***/ 2743:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ openWorkspace),
/* harmony export */   P_: () => (/* binding */ readWorkspaceManifest)
/* harmony export */ });
/* unused harmony export DEFAULT_MANIFEST */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6960);
/* harmony import */ var _adapters_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9771);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(480);





const DEFAULT_MANIFEST = 'model-stages.yaml';
/** The real path of `target`, or of its nearest existing folder joined with the rest when it does not exist yet. */
async function realPath(target) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(target);
    }
    catch {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target);
        if (parent === target)
            return target;
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(await realPath(parent), node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target));
    }
}
/** The nearest folder at or above `folder` with a `.git` (a folder, or a file for worktrees and submodules). */
async function repositoryRoot(folder) {
    for (let current = folder;; current = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current)) {
        if (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, '.git')).then(() => true, () => false))
            return current;
        if (current === node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current))
            return undefined;
    }
}
/**
 * The repository around `cwd` and the manifest in it (`manifest` read from `cwd`, or from the root with
 * `fromRoot`). The manifest's real path must be inside the repository:
 * `..` segments and symlinks that lead out of it are refused, in every command of both front doors.
 */
async function openWorkspace(cwd, manifest = DEFAULT_MANIFEST, fromRoot = false) {
    const here = await realPath(cwd);
    const top = await repositoryRoot(here);
    const root = top ?? here;
    const manifestPath = await realPath(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(fromRoot ? root : cwd, manifest));
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, manifestPath);
    if (relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) ||
        node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)) {
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`the manifest must be a file inside the repository ${root}; ${JSON.stringify(manifest)} ` +
            `leads to ${manifestPath}`);
    }
    return {
        root,
        manifestPath,
        manifestName: relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'),
        git: top ? new _adapters_git_js__WEBPACK_IMPORTED_MODULE_2__/* .Git */ .T(root) : undefined
    };
}
function readWorkspaceManifest(workspace) {
    return (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifestFile */ .o)(workspace.manifestPath, workspace.manifestName);
}


/***/ }),

/***/ 1755:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ closestWord)
/* harmony export */ });
/**
 * The allowed word nearest to a typo (at most two edits away), else the only one it abbreviates
 * (`prod` → `production`), for "did you mean" hints.
 */
function closestWord(word, candidates) {
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= 2 && (!best || distance < best.distance))
            best = { candidate, distance };
    }
    if (best)
        return best.candidate;
    const abbreviated = candidates.filter(candidate => word.length >= 3 && candidate.toLowerCase().startsWith(word.toLowerCase()));
    return abbreviated.length === 1 ? abbreviated[0] : undefined;
}
/** Damerau–Levenshtein (optimal string alignment): a swap of two letters counts as one edit. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? 0;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, at(i - 2, j - 2) + 1);
            const row = d[i];
            if (row)
                row[j] = value;
        }
    }
    return at(a.length, b.length);
}


/***/ }),

/***/ 6629:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oc: () => (/* binding */ STAGE_NAME_PATTERN),
/* harmony export */   Q6: () => (/* binding */ VERSION_PATTERN),
/* harmony export */   SS: () => (/* binding */ METRIC_NAME_RULE),
/* harmony export */   Sg: () => (/* binding */ METRIC_NAME_PATTERN),
/* harmony export */   Ts: () => (/* binding */ ARCHIVED),
/* harmony export */   ZF: () => (/* binding */ MAX_METRICS),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   bA: () => (/* binding */ MODEL_NAME_RULE),
/* harmony export */   fY: () => (/* binding */ assertModelName),
/* harmony export */   lM: () => (/* binding */ MODEL_NAME_PATTERN),
/* harmony export */   mk: () => (/* binding */ assertVersionString),
/* harmony export */   wI: () => (/* binding */ VERSION_RULE)
/* harmony export */ });
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(480);

/**
 * The stages of a manifest without a `stages:` list, and the rules for model names, stage names and version
 * strings: checked by both doors and the schema.
 */
const STAGES = ['staging', 'production', 'archived'];
/** Always there, never declared: where versions go when they leave the pipeline. */
const ARCHIVED = 'archived';
const MODEL_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;
/** Stage names follow the model-name rule. */
const STAGE_NAME_PATTERN = MODEL_NAME_PATTERN;
/** Metric (and so gate) names: a name, never arbitrary text from a validation. Case is kept: `F1`, `auc`. */
const METRIC_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** How many metrics one version may record. */
const MAX_METRICS = 100;
const MODEL_NAME_RULE = "lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters";
const VERSION_RULE = "letters, digits, '.', '_', '+' and '-', starting with a letter or digit, at most 64 characters";
const METRIC_NAME_RULE = "letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters";
function assertModelName(model) {
    if (!MODEL_NAME_PATTERN.test(model))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid model name ${JSON.stringify(model)}: use ${MODEL_NAME_RULE}`);
}
function assertVersionString(version) {
    if (!VERSION_PATTERN.test(version))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid version ${JSON.stringify(version)}: use ${VERSION_RULE}`);
}


/***/ }),

/***/ 1905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
function formatProblem(problem) {
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
function sortProblems(problems) {
    return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
/** The manifest (or an input about it) is wrong: the run stops before anything is written. */
class ManifestError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'));
        this.problems = problems;
        this.name = 'ManifestError';
    }
}
/** The 1-based line and column of an offset in a text. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
        line++;
        lineStart = newline + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ quoted)
/* harmony export */ });
/* unused harmony export QUOTE_LIMIT */
/** How much of a value from a validation or a manifest a message quotes. */
const QUOTE_LIMIT = 80;
/** A value quoted for a message: JSON-escaped, and cut (saying how long it was) past QUOTE_LIMIT characters. */
function quoted(text, limit = QUOTE_LIMIT) {
    if (text.length <= limit)
        return JSON.stringify(text);
    return `${JSON.stringify(text.slice(0, limit))}… (${text.length} characters)`;
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fk: () => (/* binding */ RefusedError),
/* harmony export */   w2: () => (/* binding */ unknownModel)
/* harmony export */ });
/* harmony import */ var _manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1755);

/** A move the lifecycle rules forbid, or a validation that failed: exit code 1. */
class RefusedError extends Error {
    name = 'RefusedError';
}
/** A request that names something that does not exist or is malformed: exit code 2. */
class InputError extends Error {
    name = 'InputError';
}
/** At most this many known names are listed in a message; a long list is cut and counted. */
const LISTED_NAMES = 20;
/**
 * "unknown model m-500; the manifest has 1000 models: model-0, …, model-19 and 980 more. Did you mean model-500?":
 * a list short enough to read, and the closest name.
 */
function unknownModel(model, known, where = 'the manifest') {
    if (known.length === 0)
        return new InputError(`unknown model ${model}; ${where} has: no models`);
    const guess = (0,_manifest_closest_word_js__WEBPACK_IMPORTED_MODULE_0__/* .closestWord */ .E)(model, known);
    const hint = guess ? `. Did you mean ${guess}?` : '';
    const listed = known.length <= LISTED_NAMES
        ? `: ${known.join(', ')}`
        : ` ${known.length} models: ${known.slice(0, LISTED_NAMES).join(', ')} and ${known.length - LISTED_NAMES} more`;
    return new InputError(`unknown model ${model}; ${where} has${listed}${hint}`);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
