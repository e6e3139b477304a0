export const id = 274;
export const ids = [274];
export const modules = {

/***/ 2781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ canDigest),
  G: () => (/* binding */ takeDigest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/adapters/digest.ts






const hex = (hash) => `sha256:${hash.digest('hex')}`;
/** The sha256 of a file, read once as a stream: memory stays constant whatever the size. */
async function fileDigest(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }), hash);
    return hex(hash);
}
/** Every file below `root`, as sorted relative paths with `/` separators; a symbolic link is refused. */
async function filesBelow(root) {
    const found = [];
    const walk = async (relative) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(root, relative), { withFileTypes: true });
        for (const entry of entries) {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isSymbolicLink())
                throw new Error(`${child} is a symbolic link: a directory's digest is taken over regular files only`);
            if (entry.isDirectory())
                await walk(child);
            else if (entry.isFile())
                found.push(child);
            else
                throw new Error(`${child} is not a regular file`);
        }
    };
    await walk('');
    // Byte order of the UTF-8 paths, so that the digest does not depend on the platform's collation.
    return found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/**
 * A directory's digest: the sha256 of the lines `<sha256 hex of the file>  <relative path>\n`, one per regular
 * file, sorted by path (what `sha256sum` prints for the sorted files, so it can be checked by hand:
 * `find . -type f | LC_ALL=C sort | sed 's|^./||' | xargs sha256sum | sha256sum`). Symbolic links are refused.
 */
async function directoryDigest(root) {
    const listing = (0,external_node_crypto_.createHash)('sha256');
    for (const file of await filesBelow(root)) {
        const digest = await fileDigest(external_node_path_default().join(root, file));
        listing.update(`${digest.slice('sha256:'.length)}  ${file}\n`);
    }
    return hex(listing);
}
/** A local path's digest: a file's or a directory's. */
async function pathDigest(target) {
    const stat = await (0,promises_.lstat)(target);
    if (stat.isSymbolicLink())
        throw new Error(`${target} is a symbolic link: give the path it points to`);
    if (stat.isDirectory())
        return directoryDigest(target);
    if (stat.isFile())
        return fileDigest(target);
    throw new Error(`${target} is not a file or a directory`);
}
/** The sha256 of what an http(s) URL serves, hashed as it streams in. */
async function urlDigest(url, timeoutMs = 10 * 60 * 1000) {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok || !response.body)
        throw new Error(`${url} answered ${response.status} ${response.statusText}: nothing to hash`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), hash);
    return hex(hash);
}
/** What a digest command printed: its last line, `sha256:<hex>` or the bare hex as sha256sum prints it. */
function digestFromOutput(output) {
    const last = output.trim().split('\n').at(-1)?.trim() ?? '';
    const match = /^(?:sha256:)?([0-9a-f]{64})(?:\s.*)?$/.exec(last);
    return match ? `sha256:${match[1]}` : undefined;
}

// EXTERNAL MODULE: ./src/adapters/validation.ts
var validation = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/digest.ts







/** The local path a uri names: a path (relative to the repository root) or a file: URL; undefined for any other scheme. */
function localPath(workspace, uri) {
    if (uri.startsWith('file:'))
        return (0,external_node_url_.fileURLToPath)(uri);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri))
        return undefined;
    return external_node_path_default().resolve(workspace.root, uri);
}
function digestCommandOf(data, model) {
    const command = data.models[model]?.digest ?? data.defaults?.digest;
    return command?.trim() ? command : undefined;
}
/** Whether model-stages can take the digest of `uri` at all: a local path that exists, http(s), or a digest command. */
function canDigest(workspace, data, model, uri) {
    const local = localPath(workspace, uri);
    if (local !== undefined)
        return (0,external_node_fs_.existsSync)(local);
    return /^https?:\/\//i.test(uri) || digestCommandOf(data, model) !== undefined;
}
/**
 * The digest of a version's artifact, taken now: a local file or directory is hashed here, an http(s) URL is
 * fetched and hashed as it streams, anything else (s3://, gs://, hf://) by the manifest's digest command, run like
 * the validation (same environment, no secrets), whose last line of output is the digest.
 */
async function takeDigest(workspace, data, subject, timeoutSeconds) {
    const uri = subject.uri;
    if (!uri)
        throw new errors/* InputError */.dz(`${subject.model} ${subject.version} has no uri: there is nothing to take a digest of`);
    const local = localPath(workspace, uri);
    if (local !== undefined)
        return { digest: await pathDigest(local), source: 'path' };
    if (/^https?:\/\//i.test(uri))
        return { digest: await urlDigest(uri), source: 'url' };
    const command = digestCommandOf(data, subject.model);
    if (!command)
        throw new errors/* InputError */.dz(`model-stages cannot read ${uri} itself: declare a digest command (models.${subject.model}.digest or ` +
            'defaults.digest) that prints its sha256, or give the digest (--digest, or the digest input)');
    const run = await (0,validation/* runValidation */.Lb)({
        command,
        cwd: workspace.root,
        env: (0,validate/* validationEnvironment */.vq)(workspace, subject),
        timeoutSeconds
    });
    const digest = run.status === 'passed' ? digestFromOutput(run.tail) : undefined;
    if (!digest)
        throw new errors/* RefusedError */.fk(`the digest command of ${subject.model} ${run.status === 'passed' ? 'printed no sha256 on its last line' : `${run.status} (exit ${run.exitCode ?? run.signal})`}: ${run.tail.split('\n').slice(-3).join(' ').slice(0, 200)}`);
    return { digest, source: 'command' };
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RI: () => (/* binding */ isEnter),
  Ju: () => (/* binding */ moveArgs),
  Xk: () => (/* binding */ planMove)
});

// UNUSED EXPORTS: MOVE_COMMANDS, overrideOf

// EXTERNAL MODULE: ./src/manifest/closest-word.ts
var closest_word = __webpack_require__(1755);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
;// CONCATENATED MODULE: ./src/stages/plan.ts







function stageOf(data, model, version) {
    (0,names/* assertVersionString */.mk)(version);
    const entry = (0,queries/* versionsOf */.x4)(data, model).get(version);
    if (!entry) {
        const known = [...(0,queries/* versionsOf */.x4)(data, model).keys()];
        throw new errors/* InputError */.dz(`unknown version ${version} of ${model}; it has: ${known.length > 0 ? known.join(', ') : 'no versions'}`);
    }
    return entry.stage;
}
/** The data after the transitions: copies along the changed paths only, never the whole manifest. */
function applyTransitions(data, transitions, added) {
    const models = { ...data.models };
    for (const { model, version, to } of transitions) {
        const current = models[model] ?? { versions: new Map() };
        const versions = new Map(current.versions);
        const existing = versions.get(version);
        if (to === null)
            versions.delete(version);
        else if (existing)
            versions.set(version, { ...existing, stage: to });
        else
            versions.set(version, { ...added, stage: to });
        models[model] = { ...current, versions };
    }
    return { ...data, models };
}
function build(operation, data, model, version, transitions) {
    const changes = transitions.map(({ model, version, to }) => ({
        kind: 'set-stage',
        model,
        version,
        stage: to
    }));
    return {
        operation,
        model,
        version,
        transitions,
        needsValidation: (0,admission/* needsValidation */.xo)(operation),
        changes,
        result: applyTransitions(data, transitions)
    };
}
function noop(operation, data, model, version, note) {
    return {
        operation,
        model,
        version,
        transitions: [],
        needsValidation: false,
        changes: [],
        result: data,
        note
    };
}
function refuse(pipeline, model, version, from, to, advice = '') {
    throw new errors/* RefusedError */.fk(`${model} ${version}: ${(0,rules/* illegalMoveMessage */.$e)(from, to, pipeline)}${advice ? `. ${advice}` : ''}`);
}
/** The requested move plus, when it enters an exclusive stage, the archiving of the version it replaces. */
function intoStage(operation, data, model, version, from, to) {
    const transitions = [{ model, version, from, to, cause: 'requested' }];
    const current = (0,stages_pipeline/* isExclusive */.Bj)((0,stages_pipeline/* pipelineOf */.gQ)(data), to) ? (0,queries/* versionIn */.It)(data, model, to) : undefined;
    if (current !== undefined)
        transitions.push({ model, version: current, from: to, to: names/* ARCHIVED */.Ts, cause: 'replaced' });
    return build(operation, data, model, version, transitions);
}
function planRegister(data, model, version, details) {
    (0,names/* assertModelName */.fY)(model);
    (0,names/* assertVersionString */.mk)(version);
    const first = (0,stages_pipeline/* firstStage */.d8)((0,stages_pipeline/* pipelineOf */.gQ)(data)).name;
    const existing = data.models[model]?.versions.get(version);
    if (existing) {
        const sameUri = details.uri === undefined || details.uri === existing.uri;
        const sameDigest = details.digest === undefined || existing.digest === undefined || details.digest === existing.digest;
        if (existing.stage === first && sameUri && sameDigest) {
            return noop('register', data, model, version, `${model} ${version} is already registered in ${first}`);
        }
        throw new errors/* RefusedError */.fk(`${model} ${version} is already registered (stage ${existing.stage}${existing.uri ? `, uri ${existing.uri}` : ''}): ` +
            'a version is registered once; register a new version string instead');
    }
    const entry = { stage: first };
    if (details.uri !== undefined)
        entry.uri = details.uri;
    if (details.digest !== undefined)
        entry.digest = details.digest;
    if (details.description !== undefined)
        entry.description = details.description;
    if (details.metrics !== undefined && Object.keys(details.metrics).length > 0)
        entry.metrics = details.metrics;
    if (details.metadata !== undefined && Object.keys(details.metadata).length > 0)
        entry.metadata = details.metadata;
    const transitions = [{ model, version, from: null, to: first, cause: 'requested' }];
    return {
        operation: 'register',
        model,
        version,
        transitions,
        needsValidation: false,
        changes: [{ kind: 'add-version', model, version, entry }],
        result: applyTransitions(data, transitions, entry)
    };
}
/** Where a promote goes when no stage is named: the version's next stage, else the last one. */
function defaultTarget(pipeline, data, model, version) {
    const from = version === undefined ? undefined : stageOf(data, model, version);
    return (from === undefined ? undefined : (0,stages_pipeline/* nextStage */.mz)(pipeline, from)?.name) ?? (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
}
/** Why a forward move is refused: it would pass over a stage that guards the way. */
function skippedGuard(pipeline, from, to) {
    const start = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, from);
    const end = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, to);
    if (start === -1 || end <= start)
        return undefined;
    const guard = pipeline.stages.slice(start + 1, end).find(stages_pipeline/* isGuard */.Mw);
    return (guard && `promote it to ${guard.name} first: a version does not pass over a stage with its own guards`);
}
/**
 * promote: the version (default: the newest in the stage before the target) to the target stage (default: its
 * next stage, or the last one), archiving the version it replaces in an exclusive stage.
 */
function planPromote(data, model, version, to) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const first = (0,stages_pipeline/* firstStage */.d8)(pipeline).name;
    if (to === names/* ARCHIVED */.Ts)
        return planArchive(data, model, requireVersion(model, version, 'archive'));
    if (to === first)
        return planRestore(data, model, requireVersion(model, version, 'restore'));
    const target = to ?? defaultTarget(pipeline, data, model, version);
    const index = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, target);
    if (index === -1)
        throw new errors/* InputError */.dz(`unknown stage ${target}: the stages are ${(0,stages_pipeline/* stageNames */.hL)(pipeline).join(', ')}`);
    const before = pipeline.stages[index - 1]?.name ?? first;
    const chosen = version ?? (0,queries/* newestInStage */.Wl)(data, model, before);
    if (chosen === undefined)
        throw new errors/* RefusedError */.fk(`${model} has no version in ${before} to promote`);
    const from = stageOf(data, model, chosen);
    if (from === target)
        return noop('promote', data, model, chosen, `${model} ${chosen} is already in ${target}`);
    if (from === names/* ARCHIVED */.Ts) {
        const back = (0,stages_pipeline/* isExclusive */.Bj)(pipeline, target)
            ? `use rollback (if it was in ${target} before) or restore`
            : 'restore';
        refuse(pipeline, model, chosen, from, target, `To bring an archived version back, ${back} it to ${first} and promote it`);
    }
    if ((0,rules/* legalOperation */.dN)(from, target, pipeline) !== 'promote')
        refuse(pipeline, model, chosen, from, target, skippedGuard(pipeline, from, target) ?? 'Archive it instead, or promote another version');
    return intoStage('promote', data, model, chosen, from, target);
}
function planArchive(data, model, version) {
    const from = stageOf(data, model, version);
    if (from === names/* ARCHIVED */.Ts)
        return noop('archive', data, model, version, `${model} ${version} is already archived`);
    return build('archive', data, model, version, [{ model, version, from, to: names/* ARCHIVED */.Ts, cause: 'requested' }]);
}
function planRestore(data, model, version) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const first = (0,stages_pipeline/* firstStage */.d8)(pipeline).name;
    const from = stageOf(data, model, version);
    if (from === first)
        return noop('restore', data, model, version, `${model} ${version} is already in ${first}`);
    if (from !== names/* ARCHIVED */.Ts)
        refuse(pipeline, model, version, from, first, 'Archive it instead, or promote another version');
    return build('restore', data, model, version, [{ model, version, from, to: first, cause: 'requested' }]);
}
/**
 * Rollback puts an archived version back into an exclusive stage (default: the last stage). Without a version it
 * picks the one that left that stage most recently. Whether the version may return there (it was in it before) is
 * the admission's verdict.
 */
function planRollback(data, model, version, history, to) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const target = to ?? (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
    if (!(0,stages_pipeline/* isExclusive */.Bj)(pipeline, target)) {
        const exclusive = pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name);
        throw new errors/* InputError */.dz(`rollback returns a version to an exclusive stage (${exclusive.join(', ')}), not to ${target}`);
    }
    const current = (0,queries/* versionIn */.It)(data, model, target);
    const former = history?.formerIn(target);
    let chosen = version;
    if (chosen === undefined) {
        if (!former)
            throw new errors/* InputError */.dz(`name the version of ${model} to roll back to: the manifest's git history is not available`);
        const versions = data.models[model]?.versions;
        chosen = former
            .filter(candidate => {
            const entry = versions?.get(candidate);
            return candidate !== current && entry?.stage === names/* ARCHIVED */.Ts && entry.blocked === undefined;
        })
            .pop();
        if (chosen === undefined)
            throw new errors/* RefusedError */.fk(`${model} has no archived version that was in ${target} before and is not blocked: nothing to roll back to`);
    }
    const from = stageOf(data, model, chosen);
    if (from === target)
        return noop('rollback', data, model, chosen, `${model} ${chosen} is already in ${target}`);
    if (from !== names/* ARCHIVED */.Ts)
        refuse(pipeline, model, chosen, from, target, `Rollback is for archived versions; use promote for a version in ${from}`);
    return intoStage('rollback', data, model, chosen, from, target);
}
/** The data with a version's `blocked` reason set (or, null, removed). */
function withBlocked(data, model, version, reason) {
    const current = data.models[model];
    const entry = current?.versions.get(version);
    if (!current || !entry)
        return data;
    const rest = { ...entry };
    delete rest.blocked;
    const versions = new Map(current.versions).set(version, reason === null ? rest : { ...rest, blocked: reason });
    return { ...data, models: { ...data.models, [model]: { ...current, versions } } };
}
/**
 * block: the version may enter no stage but archived from now on. A version that serves an exclusive stage is
 * taken out of it only with `rollback`: archived, and the newest earlier version that is not blocked brought back
 * in the same change (validated first, as every rollback is).
 */
function planBlock(data, model, version, reason, options = {}) {
    const stage = stageOf(data, model, version);
    const entry = (0,queries/* versionsOf */.x4)(data, model).get(version);
    if (entry?.blocked === reason)
        return noop('block', data, model, version, `${model} ${version} is already blocked: ${reason}`);
    const change = { kind: 'set-blocked', model, version, reason };
    const block = { version, reason };
    const blocked = withBlocked(data, model, version, reason);
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    if (stage === names/* ARCHIVED */.Ts || !(0,stages_pipeline/* isExclusive */.Bj)(pipeline, stage)) {
        if (options.rollback)
            throw new errors/* InputError */.dz(`${model} ${version} is in ${stage}, which it does not serve: rollback is for blocking the version a stage serves; leave it out`);
        return {
            operation: 'block',
            model,
            version,
            transitions: [],
            needsValidation: false,
            changes: [change],
            result: blocked,
            block
        };
    }
    if (!options.rollback)
        throw new errors/* RefusedError */.fk(`${model} ${version} serves ${stage}: blocking it takes it out of service. Block it with --rollback (the ` +
            "action's rollback: true) to archive it and bring back the newest earlier version that is not blocked, in " +
            'the same change');
    let back;
    try {
        back = planRollback(blocked, model, undefined, options.history, stage);
    }
    catch (error) {
        if (!(error instanceof errors/* RefusedError */.fk))
            throw error;
        throw new errors/* RefusedError */.fk(`cannot block ${model} ${version} with a rollback: ${error.message}. To stop the line with nothing to bring ` +
            'back, archive it first, then block it');
    }
    return { ...back, operation: 'block', version, changes: [...back.changes, change], block };
}
/** unblock: the version may enter stages again (it stays where it is). */
function planUnblock(data, model, version) {
    stageOf(data, model, version);
    if ((0,queries/* versionsOf */.x4)(data, model).get(version)?.blocked === undefined)
        return noop('unblock', data, model, version, `${model} ${version} is not blocked`);
    return {
        operation: 'unblock',
        model,
        version,
        transitions: [],
        needsValidation: false,
        changes: [{ kind: 'set-blocked', model, version, reason: null }],
        result: withBlocked(data, model, version, null),
        block: { version, reason: null }
    };
}
function requireVersion(model, version, operation) {
    if (version === undefined)
        throw new errors/* InputError */.dz(`${operation} needs a version of ${model}`);
    return version;
}

;// CONCATENATED MODULE: ./src/commands/moves.ts




const MOVE_COMMANDS = (/* unused pure expression or super */ null && ([
    'register',
    'promote',
    'archive',
    'restore',
    'rollback',
    'block',
    'unblock'
]));
/** A version entering a stage on its validation: promote and rollback, which validate and may be forced. */
function isEnter(request) {
    return request.command === 'promote' || request.command === 'rollback';
}
/** The requests whose guards (a freeze, soak, metric gates) force with a reason may override. */
function overrideOf(request) {
    return isEnter(request) || request.command === 'block' ? request.force : undefined;
}
/** What a move request asks the plan for. */
function moveArgs(request) {
    switch (request.command) {
        case 'register':
            return {
                model: request.model,
                version: request.version,
                uri: request.uri,
                digest: request.digest,
                description: request.description,
                metrics: request.metrics,
                metadata: request.metadata
            };
        case 'promote':
        case 'rollback':
            return { model: request.model, version: request.version, to: request.to };
        case 'archive':
        case 'restore':
        case 'unblock':
            return { model: request.model, version: request.version };
        case 'block':
            return {
                model: request.model,
                version: request.version,
                reason: request.reason,
                ...(request.rollback ? { rollback: true } : {})
            };
    }
}
function required(command, args) {
    if (!args.version)
        throw new errors/* InputError */.dz(`${command} needs a version`);
    return args.version;
}
/** The target stage, when one was named: one of the manifest's stages, or a clear error with the closest one. */
function targetStage(data, args) {
    if (args.to === undefined)
        return undefined;
    const names = (0,stages_pipeline/* stageNames */.hL)((0,stages_pipeline/* pipelineOf */.gQ)(data));
    if (names.includes(args.to))
        return args.to;
    const guess = (0,closest_word/* closestWord */.E)(args.to, names);
    throw new errors/* InputError */.dz(`${args.toName ?? 'to'} takes one of ${names.join(', ')}, not ${JSON.stringify(args.to)}${guess ? `: did you mean ${guess}?` : ''}`);
}
function planMove(command, data, args, history) {
    const to = command === 'promote' || command === 'rollback' ? targetStage(data, args) : undefined;
    switch (command) {
        case 'register':
            return planRegister(data, args.model, required(command, args), {
                uri: args.uri,
                digest: args.digest,
                description: args.description,
                metrics: args.metrics,
                metadata: args.metadata
            });
        case 'promote':
            return planPromote(data, args.model, args.version, to);
        case 'archive':
            return planArchive(data, args.model, required(command, args));
        case 'restore':
            return planRestore(data, args.model, required(command, args));
        case 'rollback':
            return planRollback(data, args.model, args.version, history, to);
        case 'block':
            if (!args.reason)
                throw new errors/* InputError */.dz('block needs a reason: say why this version must not serve again');
            return planBlock(data, args.model, required(command, args), args.reason, {
                rollback: args.rollback,
                history
            });
        case 'unblock':
            return planUnblock(data, args.model, required(command, args));
    }
}


/***/ })

};
