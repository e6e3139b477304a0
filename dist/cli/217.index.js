export const id = 217;
export const ids = [217];
export const modules = {

/***/ 9789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ readManifestHistory)
});

// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./src/manifest/profile.ts
var profile = __webpack_require__(9880);
// EXTERNAL MODULE: ./src/manifest/read.ts
var manifest_read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/manifest/blocks.ts
var blocks = __webpack_require__(8579);
;// CONCATENATED MODULE: ./src/manifest/stage-tracker.ts





function commonPrefix(a, b) {
    const limit = Math.min(a.length, b.length);
    let low = 0;
    let high = limit;
    // Binary search on equal prefixes: memcmp-speed comparisons, about twice the length in all.
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (a.subarray(low, middle).equals(b.subarray(low, middle)))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
function commonSuffix(a, b, limit) {
    let low = 0;
    let high = limit;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (a.subarray(a.length - middle, a.length - low).equals(b.subarray(b.length - middle, b.length - low)))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
/** The key lines at `indent`, as written: what names the models (or versions) of a block. */
function keyLines(block, indent) {
    const pattern = new RegExp(`^ {${indent}}([^\\s#][^\\n]*)$`, 'gm');
    return [...block.matchAll(pattern)].map(match => match[1]).join('\n');
}
/**
 * Follows a manifest through its revisions and says what changed in each, reading only the version entries (or,
 * failing that, the model blocks) a change touches; anything it cannot place that way is read whole, with the
 * same reader, so the result is the same as reading every revision whole.
 */
class StageTracker {
    text;
    stages = new Map();
    layout;
    /** The last revision could not be read: the next one is read whole. */
    stale = true;
    /** How many revisions were read whole (the first, and those a change could not be placed in). */
    wholeReads = 0;
    /** How many revisions were read from the version entries around their change alone. */
    entryReads = 0;
    /**
     * The stage changes from the last readable revision to this one (`name` says which, in problems). A revision
     * that breaks the manifest's profile is not read another way: its problems are returned and the state stays.
     */
    next(content, name) {
        const text = content ?? Buffer.alloc(0);
        const changes = this.stale || !this.text || !this.layout ? undefined : this.nearby(this.text, text, this.layout);
        const result = changes ? { changes } : this.whole(text, name);
        this.text = text;
        return result;
    }
    /** The state after the last readable revision. */
    get current() {
        return this.stages;
    }
    whole(text, name) {
        this.wholeReads++;
        let stages;
        try {
            stages = (0,manifest_read/* readStageMap */.rx)(text.toString('utf8'), name);
        }
        catch (error) {
            if (!(error instanceof problems/* ManifestError */.Sh))
                throw error;
            this.layout = undefined;
            this.stale = true;
            return { problems: error.problems };
        }
        this.layout = (0,blocks/* modelsLayout */.dG)(text);
        this.stale = false;
        const changes = (0,states/* diffStages */.b)(this.stages, stages);
        this.stages = stages;
        return { changes };
    }
    /** The changes read from the model blocks around the bytes that differ; undefined: read the file whole. */
    nearby(before, after, layout) {
        const prefix = commonPrefix(before, after);
        if (prefix === before.length && prefix === after.length)
            return [];
        const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
        const start = (0,blocks/* lineStart */.PT)(after, prefix);
        const endAfter = (0,blocks/* lineEnd */.kd)(after, Math.max(start, after.length - suffix));
        const shift = after.length - before.length;
        const endBefore = endAfter - shift;
        if (endBefore <= layout.lineStart) {
            // Above the models map: no stage moves (unless the file no longer reads), and the map moves along.
            if (!(0,profile/* readPlainData */.B)(after.toString('utf8', 0, layout.lineStart + shift)).data)
                return undefined;
            this.layout = {
                ...layout,
                lineStart: layout.lineStart + shift,
                bodyStart: layout.bodyStart + shift,
                bodyEnd: layout.bodyEnd + shift
            };
            return [];
        }
        if (start < layout.bodyStart)
            return undefined;
        const first = (0,blocks/* blockStart */.qL)(after, start, layout);
        if (first === undefined)
            return undefined;
        const blockEndAfter = (0,blocks/* blockEnd */.lt)(after, endAfter, layout);
        const blockEndBefore = blockEndAfter - shift;
        const oldBlock = before.toString('utf8', first, blockEndBefore);
        const newBlock = after.toString('utf8', first, blockEndAfter);
        // The same model keys on both sides (else the file is read whole); only the new block needs reading.
        const keys = keyLines(oldBlock, layout.modelIndent);
        if (keys !== keyLines(newBlock, layout.modelIndent))
            return undefined;
        const model = { start: first, end: (0,blocks/* blockEnd */.lt)(after, (0,blocks/* lineEnd */.kd)(after, first), layout) };
        const inVersions = this.versionsNearby(before, after, model, start, endAfter);
        if (inVersions)
            return inVersions;
        let newModels;
        try {
            newModels = (0,manifest_read/* readStageMap */.rx)(`models:\n${newBlock}`, '');
        }
        catch {
            // Read whole, so that the problem is placed in the file.
            return undefined;
        }
        if (newModels.size !== keys.split('\n').filter(Boolean).length)
            return undefined;
        const changes = [];
        for (const [model, versions] of newModels) {
            const previous = this.stages.get(model);
            if (!previous)
                return undefined;
            changes.push(...(0,states/* diffStages */.b)(new Map([[model, previous]]), new Map([[model, versions]])));
        }
        for (const [model, versions] of newModels)
            this.stages.set(model, versions);
        return changes;
    }
    /**
     * When the bytes that differ lie in the block-style versions map of the model whose block is `model` (from its key
     * line to the next model's) and the entries around them name the same versions on both sides: the changes read
     * from those entries alone, under the model's key and `versions:` lines as written. Undefined: read the block.
     */
    versionsNearby(before, after, model, start, end) {
        const versions = (0,blocks/* versionsLayout */.wG)(after, model);
        const entries = versions && (0,blocks/* versionEntries */.R6)(after, versions, start, end);
        if (!versions || !entries)
            return undefined;
        const shift = after.length - before.length;
        const newEntries = after.toString('utf8', entries.start, entries.end);
        const keys = keyLines(newEntries, versions.versionIndent);
        if (keys !== keyLines(before.toString('utf8', entries.start, entries.end - shift), versions.versionIndent))
            return undefined;
        let read;
        try {
            read = (0,manifest_read/* readStageMap */.rx)('models:\n' +
                after.toString('utf8', model.start, (0,blocks/* lineEnd */.kd)(after, model.start)) +
                after.toString('utf8', versions.lineStart, versions.bodyStart) +
                newEntries, '');
        }
        catch {
            return undefined;
        }
        const [name, stages] = [...read][0] ?? [];
        const previous = name === undefined ? undefined : this.stages.get(name);
        // Every version named there, and only those, read with a stage the last revision also gave them.
        if (read.size !== 1 || !name || !stages || !previous)
            return undefined;
        if (stages.size !== keys.split('\n').filter(Boolean).length)
            return undefined;
        for (const version of stages.keys())
            if (!previous.has(version))
                return undefined;
        const next = new Map(previous);
        for (const [version, stage] of stages)
            next.set(version, stage);
        this.stages.set(name, next);
        this.entryReads++;
        return (0,states/* diffStages */.b)(new Map([[name, previous]]), new Map([[name, next]]));
    }
}

// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/adapters/manifest-history.ts


/**
 * Each commit's committer date, as soak counts it: along the first-parent line a commit dated earlier than the one
 * before it (a rewritten or backdated commit) counts from that one's date, so that a date cannot move a version's
 * entry back in time.
 */
function firstParentDates(oldestFirst) {
    const dates = new Map();
    let latest = Number.NEGATIVE_INFINITY;
    let latestText = '';
    for (const { commit, committedAt } of oldestFirst) {
        const at = Date.parse(committedAt);
        if (!Number.isNaN(at) && at >= latest)
            [latest, latestText] = [at, committedAt];
        dates.set(commit, latestText || committedAt);
    }
    return dates;
}
/**
 * Every transition along the first-parent history of `revision`, oldest first, read with a few git processes
 * whatever the number of commits: one `git log` names each commit's manifest object, which is read from the
 * repository's packs in process, or through one streamed `git cat-file --batch` when not packed. Each revision is
 * folded into the history as it arrives and dropped: memory holds two revisions and a bounded cache of delta bases,
 * not all of them. `uncommitted`, the work tree's manifest, comes last when given.
 */
async function readManifestHistory(git, repoPath, revision = 'HEAD', uncommitted) {
    const commits = (await git.fileLog(repoPath, revision)).reverse();
    const tracker = new StageTracker();
    const entries = [];
    const committedAt = firstParentDates(commits);
    const brokenRevisions = [];
    const changesOf = (reading, commit) => {
        if ('changes' in reading)
            return reading.changes;
        brokenRevisions.push({ commit, problems: reading.problems });
        return [];
    };
    let index = 0;
    await git.readObjects(commits.map(commit => commit.object), content => {
        const commit = commits[index++];
        const name = `${repoPath}@${commit?.commit.slice(0, 7) ?? 'unknown'}`;
        for (const change of changesOf(tracker.next(content, name), commit?.commit ?? null))
            entries.push({
                ...change,
                commit: commit?.commit ?? null,
                author: commit?.author ?? null,
                date: commit?.date ?? null,
                pullRequest: (0,stages_history/* pullRequestNumber */.K)(commit?.subject)
            });
    });
    if (uncommitted !== undefined && commits.length > 0)
        for (const change of changesOf(tracker.next(Buffer.from(uncommitted, 'utf8'), repoPath), null))
            entries.push({ ...change, commit: null, author: null, date: null, pullRequest: null });
    return { entries, revisions: commits.length, committedAt, brokenRevisions };
}


/***/ }),

/***/ 1217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assertCommittable: () => (/* binding */ assertCommittable),
/* harmony export */   commitOrRestore: () => (/* binding */ commitOrRestore),
/* harmony export */   moveJson: () => (/* binding */ moveJson),
/* harmony export */   moveText: () => (/* binding */ moveText),
/* harmony export */   runMoveCommand: () => (/* binding */ runMoveCommand),
/* harmony export */   validationOptions: () => (/* binding */ validationOptions),
/* harmony export */   writeMode: () => (/* binding */ writeMode),
/* harmony export */   writeOutcome: () => (/* binding */ writeOutcome)
/* harmony export */ });
/* harmony import */ var _adapters_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9771);
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6960);
/* harmony import */ var _commands_prepare_move_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8443);
/* harmony import */ var _commands_moves_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(438);
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2743);
/* harmony import */ var _reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4465);
/* harmony import */ var _reporting_gates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5618);
/* harmony import */ var _reporting_override_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2828);
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3194);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(480);
/* harmony import */ var _arguments_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1506);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4871);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8681);













function writeMode(context) {
    const dryRun = context.values['dry-run'] === true;
    const commit = context.values.commit === true;
    if (dryRun && commit)
        throw new _arguments_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb('--dry-run and --commit exclude each other');
    return { dryRun, commit };
}
/** --commit is refused before anything runs when the manifest already has changes of its own. */
async function assertCommittable(workspace, mode) {
    if (!mode.commit)
        return;
    if (!workspace.git)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .InputError */ .dz(`--commit needs a git repository: ${workspace.root} is not one`);
    if (await workspace.git.hasChanges(workspace.manifestName))
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .InputError */ .dz(`${workspace.manifestName} has uncommitted changes: commit or stash them first, or leave out --commit`);
}
function validationOptions(context, request) {
    return {
        validate: request.validate,
        timeoutSeconds: request.validationTimeout,
        onOutput: context.json ? undefined : chunk => context.io.err(chunk)
    };
}
/** Writes (and with --commit commits) a passed move; returns the commit, if one was made. */
async function writeOutcome(workspace, outcome, mode) {
    if (!outcome.changed || mode.dryRun || outcome.verdict === 'failed')
        return undefined;
    await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Z)(workspace.manifestPath, outcome.newText);
    if (!mode.commit)
        return undefined;
    return commitOrRestore(workspace, outcome.manifest.text, (0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .commitMessage */ .df)(outcome.plan, outcome.admission));
}
/** Commits the manifest as written; when git cannot, `original` is written back and the message says what to fix. */
async function commitOrRestore(workspace, original, message) {
    if (!workspace.git)
        return undefined;
    try {
        return await workspace.git.commitPaths([workspace.manifestName], message);
    }
    catch (error) {
        // Nothing is left half done: the file goes back as it was, so that the same command works once git can commit.
        await (0,_adapters_files_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Z)(workspace.manifestPath, original);
        const said = error instanceof _adapters_git_js__WEBPACK_IMPORTED_MODULE_1__/* .GitError */ .X ? error.stderr.trim() : String(error);
        const fix = /user\.email|user\.name|who you are|ident/i.test(said)
            ? 'Tell git who you are (git config user.name "…" and git config user.email "…"), then run the command again'
            : 'Fix what git says, then run the command again (or leave out --commit to only write the file)';
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .InputError */ .dz(`git could not commit ${workspace.manifestName}, so it was put back as it was. git said: ${said}\n${fix}`);
    }
}
function moveJson(outcome, mode, diff, commit) {
    const { plan, admission } = outcome;
    const validation = (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_8__/* .validationResult */ .Vh)(admission);
    return {
        command: outcome.command,
        model: plan.model,
        version: plan.version,
        changed: outcome.changed && outcome.verdict !== 'failed',
        dryRun: mode.dryRun,
        commit: commit ?? null,
        note: plan.note ?? null,
        transitions: plan.transitions.map(({ version, from, to, cause }) => ({ version, from, to, cause })),
        archived: outcome.verdict === 'failed' ? [] : (0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .archivedBy */ .uP)(plan),
        validation: outcome.verdict,
        gates: admission?.gates ?? [],
        soak: admission?.soak ?? null,
        override: admission?.override ?? null,
        validationDetail: validation
            ? {
                command: validation.command,
                status: validation.status,
                exitCode: validation.exitCode,
                tail: validation.tail
            }
            : null,
        diff
    };
}
function moveText(outcome, mode, diff, file, commit) {
    const { plan } = outcome;
    if (plan.transitions.length === 0 && plan.changes.length === 0)
        return `Nothing to do: ${plan.note}\n`;
    const lines = [(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .planTitle */ .KS)(plan), ...plan.transitions.map(t => `  ${(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .transitionText */ .FA)(t)}`)];
    if (outcome.verdict === 'failed')
        return lines.join('\n') + `\nNot written: validation did not pass.\n`;
    lines.push((0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .validationSentence */ .JJ)((0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_8__/* .validationResult */ .Vh)(outcome.admission)), ...(0,_reporting_gates_js__WEBPACK_IMPORTED_MODULE_6__/* .gatesText */ .k)(outcome.admission?.gates ?? []).map(line => `  gate ${line}`), ...(0,_reporting_override_js__WEBPACK_IMPORTED_MODULE_7__/* .overrideLines */ .O)(outcome.admission?.override));
    if (mode.dryRun)
        lines.push('', diff, `Dry run: ${file} not written.`);
    else if (commit)
        lines.push(`Wrote ${file} and committed it as ${commit.slice(0, 7)}.`);
    else
        lines.push(`Wrote ${file}.`);
    return lines.join('\n') + '\n';
}
/** register, promote, archive, restore, rollback on the local manifest. */
async function runMoveCommand(context) {
    const { workspace, request } = context;
    const mode = writeMode(context);
    await assertCommittable(workspace, mode);
    const text = await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkspaceManifest */ .P_)(workspace);
    const outcome = await (0,_commands_prepare_move_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareMove */ .H)({
        workspace,
        text,
        command: request.command,
        args: { ...(0,_commands_moves_js__WEBPACK_IMPORTED_MODULE_3__/* .moveArgs */ .Ju)(request), toName: _context_js__WEBPACK_IMPORTED_MODULE_11__/* .CLI_NAMES */ .Q4.to },
        validation: validationOptions(context, (0,_commands_moves_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnter */ .RI)(request) ? request : {}),
        uncommitted: true,
        force: (0,_commands_moves_js__WEBPACK_IMPORTED_MODULE_3__/* .isEnter */ .RI)(request) ? request.force : undefined
    });
    const commit = await writeOutcome(workspace, outcome, mode);
    // A diff is built (and the diff package loaded) only when it is printed.
    const diff = context.json || mode.dryRun
        ? (await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(299)]).then(__webpack_require__.bind(__webpack_require__, 4299))).unifiedDiff(workspace.manifestName, text, outcome.newText)
        : '';
    const failure = outcome.verdict === 'failed'
        ? {
            error: {
                exitCode: _output_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT_REFUSED */ .MY,
                message: (0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .outcomeSentence */ .yz)(outcome.admission),
                problems: []
            }
        }
        : {};
    (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .print */ .yy)(context.io, context.json, { ...moveJson(outcome, mode, diff, commit), ...failure }, () => moveText(outcome, mode, diff, workspace.manifestName, commit));
    if (outcome.verdict === 'failed') {
        // The output itself was streamed as it came; only the verdict is repeated.
        if (!context.json) {
            context.io.err(`${(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_5__/* .outcomeSentence */ .yz)(outcome.admission)}\n`);
            for (const line of (0,_reporting_gates_js__WEBPACK_IMPORTED_MODULE_6__/* .gatesText */ .k)(outcome.admission?.gates ?? []))
                context.io.err(`  gate ${line}\n`);
        }
        return _output_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT_REFUSED */ .MY;
    }
    return _output_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT_OK */ .Ij;
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


/***/ }),

/***/ 8443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ prepareMove)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/manifest/blocks.ts
var blocks = __webpack_require__(8579);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/nodes.ts
var nodes = __webpack_require__(5328);
;// CONCATENATED MODULE: ./src/manifest/edit.ts



class UneditableLayoutError extends Error {
}
/**
 * Applies changes by splicing the source text at node ranges, so that every line that carries
 * no changed value stays byte-identical (comments, blank lines, quoting, flow maps included).
 */
function editManifestText(manifest, changes) {
    const views = new Map();
    const splices = changes.flatMap(change => {
        const view = views.get(change.model) ?? modelView(manifest, change.model);
        views.set(change.model, view);
        const local = changeSplices(view.manifest, change);
        return local.map(splice => ({
            ...splice,
            start: splice.start + view.offset,
            end: splice.end + view.offset
        }));
    });
    return applySplices(manifest.text, splices);
}
function changeSplices(manifest, change) {
    switch (change.kind) {
        case 'set-stage':
            return [stageSplice(manifest, change.model, change.version, change.stage)];
        case 'set-metrics':
            return [metricsSplice(manifest, change.model, change.version, change.metrics)];
        case 'set-blocked':
            return [blockedSplice(manifest, change.model, change.version, change.reason)];
        case 'add-version':
            return addVersionSplices(manifest, change.model, change.version, change.entry);
    }
}
const BLOCK_PREFIX = 'models:\n';
/**
 * A model's block read on its own (`models:` prepended), so that an edit of one model in a large manifest parses
 * that block, not the file; the whole document when the model has no block of its own (a new model).
 */
function modelView(manifest, model) {
    const layout = (0,blocks/* modelsLayout */.dG)(manifest.text);
    const block = layout && (0,blocks/* modelBlock */.xP)(manifest.text, layout, model);
    if (block) {
        const text = BLOCK_PREFIX + manifest.text.slice(block.start, block.end);
        const doc = (0,dist.parseDocument)(text, { uniqueKeys: true });
        if (doc.errors.length === 0)
            return { manifest: { file: manifest.file, text, doc }, offset: block.start - BLOCK_PREFIX.length };
    }
    return { manifest, offset: 0 };
}
function applySplices(text, splices) {
    const ordered = [...splices].sort((a, b) => b.start - a.start);
    let result = text;
    for (const splice of ordered)
        result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
    return result;
}
function stageSplice(manifest, model, version, stage) {
    const node = (0,nodes/* locate */.x5)(manifest.doc.contents, ['models', model, 'versions', version, 'stage']).value;
    if (!(0,dist/* isScalar */.jn)(node) || !node.range) {
        throw new UneditableLayoutError(`cannot find the stage of ${model} ${version} in ${manifest.file}`);
    }
    const text = quoteLike(node, stage);
    const [start, end] = node.range;
    // Keep a trailing comment in its column: `stage: production   # live` → `stage: archived     # live`.
    const gap = /^( +)#/.exec(manifest.text.slice(end))?.[1];
    if (gap === undefined)
        return { start, end, text };
    const width = Math.max(1, gap.length + (end - start) - text.length);
    return { start, end: end + gap.length, text: text + ' '.repeat(width) };
}
/** A version's metrics, written as one flow map: its `metrics:` value replaced, or a `metrics:` entry added. */
function metricsSplice(manifest, model, version, metrics) {
    const entry = (0,nodes/* locate */.x5)(manifest.doc.contents, ['models', model, 'versions', version]).value;
    if (!(0,dist/* isMap */.jh)(entry))
        throw new UneditableLayoutError(`cannot find ${model} ${version} in ${manifest.file}`);
    const text = flowMap(metrics);
    const pair = (0,nodes/* findPair */.c6)(entry, 'metrics');
    const value = pair?.value;
    if (pair && value?.range) {
        if (!(0,dist/* isMap */.jh)(value) || value.flow)
            return { start: value.range[0], end: value.range[1], text };
        const colon = manifest.text.indexOf(':', pair.key.range?.[1] ?? value.range[0]);
        return { start: colon + 1, end: value.range[1], text: ` ${text}` };
    }
    if (entry.flow)
        return flowInsert(manifest, entry, `metrics: ${text}`);
    const indent = indentOf(manifest, entry.items[0]?.key) ?? 0;
    const { offset, prefix } = afterLastEntry(manifest, entry);
    return blockSplice(manifest, offset, prefix, [`metrics: ${text}`], indent);
}
/** A version's `blocked:` reason: its value replaced, an entry added after the last, or (null) its entry removed. */
function blockedSplice(manifest, model, version, reason) {
    const entry = (0,nodes/* locate */.x5)(manifest.doc.contents, ['models', model, 'versions', version]).value;
    if (!(0,dist/* isMap */.jh)(entry))
        throw new UneditableLayoutError(`cannot find ${model} ${version} in ${manifest.file}`);
    const pair = (0,nodes/* findPair */.c6)(entry, 'blocked');
    const key = pair?.key;
    const value = pair?.value;
    if (pair && key?.range && value?.range) {
        if (reason !== null)
            return {
                start: value.range[0],
                end: value.range[1],
                text: (0,dist/* isScalar */.jn)(value) ? quoteLike(value, reason) : plainOrQuoted(reason)
            };
        return entry.flow ? flowRemove(manifest, key.range[0], value.range[1]) : lineRemove(manifest, key, value);
    }
    if (reason === null)
        throw new UneditableLayoutError(`${model} ${version} is not blocked in ${manifest.file}`);
    const line = `blocked: ${plainOrQuoted(reason)}`;
    if (entry.flow)
        return flowInsert(manifest, entry, line);
    const indent = indentOf(manifest, entry.items[0]?.key) ?? 0;
    const { offset, prefix } = afterLastEntry(manifest, entry);
    return blockSplice(manifest, offset, prefix, [line], indent);
}
/** A block map's entry removed whole: the lines from its key to the end of its value. */
function lineRemove(manifest, key, value) {
    const text = manifest.text;
    const start = lineStart(text, key.range?.[0] ?? 0);
    const newline = text.indexOf('\n', Math.max((value.range?.[1] ?? 0) - 1, 0));
    return { start, end: newline === -1 ? text.length : newline + 1, text: '' };
}
/** A flow map's entry removed with the comma that joins it to its neighbours. */
function flowRemove(manifest, start, end) {
    const text = manifest.text;
    const before = text.slice(0, start).trimEnd();
    if (before.endsWith(','))
        return { start: before.length - 1, end, text: '' };
    const after = /^\s*,\s*/.exec(text.slice(end));
    return { start, end: end + (after?.[0].length ?? 0), text: '' };
}
function quoteLike(node, value) {
    if (node.type === 'QUOTE_DOUBLE')
        return JSON.stringify(value);
    if (node.type === 'QUOTE_SINGLE')
        return `'${value.replaceAll("'", "''")}'`;
    return plainOrQuoted(value);
}
/** A scalar as YAML would write it on one line: plain when it reads back as the same string. */
function plainOrQuoted(value) {
    const written = (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trimEnd();
    return written.includes('\n') ? JSON.stringify(value) : written;
}
/** Writes a new key the way its neighbours are written; quoted when there is no neighbour to follow. */
function keyLike(sibling, key) {
    if ((0,dist/* isScalar */.jn)(sibling) && sibling.type === 'PLAIN')
        return plainOrQuoted(key);
    if ((0,dist/* isScalar */.jn)(sibling) && sibling.type === 'QUOTE_SINGLE')
        return `'${key}'`;
    return JSON.stringify(key);
}
function entryLines(entry) {
    const lines = [`stage: ${entry.stage}`];
    if (entry.uri !== undefined)
        lines.push(`uri: ${plainOrQuoted(entry.uri)}`);
    if (entry.digest !== undefined)
        lines.push(`digest: ${plainOrQuoted(entry.digest)}`);
    if (entry.description !== undefined)
        lines.push(`description: ${plainOrQuoted(entry.description)}`);
    if (entry.blocked !== undefined)
        lines.push(`blocked: ${plainOrQuoted(entry.blocked)}`);
    if (entry.metrics !== undefined)
        lines.push(`metrics: ${flowMap(entry.metrics)}`);
    if (entry.metadata !== undefined)
        lines.push(`metadata: ${flowMap(entry.metadata)}`);
    return lines;
}
/** A map on one line, `{ auc: 0.93, f1: 0.8 }`, as the manifest's examples write metrics. */
function flowMap(map) {
    return (0,dist/* stringify */.As)(map, { collectionStyle: 'flow', lineWidth: 0 }).trimEnd();
}
function entryFlow(entry) {
    return `{ ${entryLines(entry).join(', ')} }`;
}
/** New lines end the way the file's lines do. */
function lineBreak(manifest) {
    return manifest.text.includes('\r\n') ? '\r\n' : '\n';
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
function indentOf(manifest, node) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return undefined;
    return offset - lineStart(manifest.text, offset);
}
/** Where a new block entry goes: at the start of the line after the map's last entry. */
function afterLastEntry(manifest, map) {
    const last = map.items[map.items.length - 1];
    const end = last?.value?.range?.[1] ?? last?.key?.range?.[1] ?? map.range?.[1];
    if (end === undefined)
        throw new UneditableLayoutError(`cannot find where to add an entry in ${manifest.file}`);
    const text = manifest.text;
    const newline = text.indexOf('\n', Math.max(end - 1, 0));
    if (newline === -1)
        return { offset: text.length, prefix: lineBreak(manifest) };
    return { offset: newline + 1, prefix: '' };
}
function addVersionSplices(manifest, model, version, entry) {
    const modelPair = (0,nodes/* findPair */.c6)((0,nodes/* findPair */.c6)(manifest.doc.contents, 'models')?.value, model);
    if (!modelPair)
        return addModelSplices(manifest, model, version, entry);
    const versionBlock = (depth) => versionLines(version, entry, depth);
    const modelNode = modelPair.value;
    const versionsPair = (0,nodes/* findPair */.c6)(modelNode, 'versions');
    if (!versionsPair) {
        // A model declared before its first version: it gets a versions block.
        if ((0,dist/* isMap */.jh)(modelNode) && !modelNode.flow && modelNode.items.length > 0) {
            const indent = indentOf(manifest, modelNode.items[0]?.key) ?? 4;
            const { offset, prefix } = afterLastEntry(manifest, modelNode);
            return [blockSplice(manifest, offset, prefix, ['versions:', ...versionBlock(1)], indent)];
        }
        if ((0,dist/* isMap */.jh)(modelNode) && modelNode.items.length === 0)
            return emptyFlowToBlock(manifest, modelPair, ['versions:', ...versionBlock(1)]);
        throw new UneditableLayoutError(`model ${model} in ${manifest.file} is not a map`);
    }
    const versions = versionsPair.value;
    if (!(0,dist/* isMap */.jh)(versions))
        throw new UneditableLayoutError(`model ${model} has no versions map in ${manifest.file}`);
    if (versions.items.length === 0)
        return emptyFlowToBlock(manifest, versionsPair, versionBlock(0));
    const lastPair = versions.items[versions.items.length - 1];
    if (versions.flow)
        return [flowInsert(manifest, versions, `${keyLike(lastPair?.key, version)}: ${entryFlow(entry)}`)];
    const keyIndent = indentOf(manifest, lastPair?.key) ?? 0;
    const key = `${' '.repeat(keyIndent)}${keyLike(lastPair?.key, version)}:`;
    const lastValue = lastPair?.value;
    // A version written like its predecessor: a one-line flow map after a flow map, else a block.
    const block = (0,dist/* isMap */.jh)(lastValue) && lastValue.flow
        ? [`${key} ${entryFlow(entry)}`]
        : [
            key,
            ...entryLines(entry).map(line => `${' '.repeat(innerIndentOf(manifest, lastValue, keyIndent))}${line}`)
        ];
    const { offset, prefix } = afterLastEntry(manifest, versions);
    return [
        {
            start: offset,
            end: offset,
            text: `${prefix}${block.join(lineBreak(manifest))}${lineBreak(manifest)}`
        }
    ];
}
/** A new version as block lines, `depth` levels (of two spaces) below where they are inserted. */
function versionLines(version, entry, depth) {
    const pad = '  '.repeat(depth);
    return [`${pad}${JSON.stringify(version)}:`, ...entryLines(entry).map(line => `${pad}  ${line}`)];
}
/** Lines inserted at `offset`, each indented by `indent`, ending the way the file's lines end. */
function blockSplice(manifest, offset, prefix, lines, indent) {
    const br = lineBreak(manifest);
    return {
        start: offset,
        end: offset,
        text: `${prefix}${lines.map(line => ' '.repeat(indent) + line).join(br)}${br}`
    };
}
/**
 * `key: {}` becomes `key:` with a block below it, never a flow line: the braces go, the rest of the line
 * (a comment) stays, and the block starts on the next line, two spaces deeper than the key.
 */
function emptyFlowToBlock(manifest, pair, lines) {
    const key = pair.key;
    const value = pair.value;
    const keyEnd = key.range?.[1];
    const valueEnd = value.range?.[1];
    if (keyEnd === undefined || valueEnd === undefined)
        throw new UneditableLayoutError(`cannot edit ${(0,nodes/* keyString */.Ve)(key)} in ${manifest.file}`);
    const colon = manifest.text.indexOf(':', keyEnd);
    const closing = manifest.text.indexOf('}', colon) + 1;
    const lineEnd = manifest.text.indexOf('\n', closing);
    const offset = lineEnd === -1 ? manifest.text.length : lineEnd + 1;
    const prefix = lineEnd === -1 ? lineBreak(manifest) : '';
    return [
        { start: colon + 1, end: closing, text: '' },
        blockSplice(manifest, offset, prefix, lines, (indentOf(manifest, key) ?? 0) + 2)
    ];
}
function innerIndentOf(manifest, lastValue, keyIndent) {
    const firstInner = (0,dist/* isMap */.jh)(lastValue) ? lastValue.items[0]?.key : undefined;
    return indentOf(manifest, firstInner) ?? keyIndent + 2;
}
function addModelSplices(manifest, model, version, entry) {
    const modelsPair = (0,nodes/* findPair */.c6)(manifest.doc.contents, 'models');
    const models = modelsPair?.value;
    if (!modelsPair || !(0,dist/* isMap */.jh)(models))
        throw new UneditableLayoutError(`${manifest.file} has no models map`);
    const block = (step) => [
        `${plainOrQuoted(model)}:`,
        `${' '.repeat(step)}versions:`,
        ...versionLines(version, entry, 0).map(line => ' '.repeat(step * 2) + line)
    ];
    if (models.items.length === 0)
        return emptyFlowToBlock(manifest, modelsPair, block(2));
    const versionKey = JSON.stringify(version);
    if (models.flow) {
        return [
            flowInsert(manifest, models, `${plainOrQuoted(model)}: { versions: { ${versionKey}: ${entryFlow(entry)} } }`)
        ];
    }
    const lastPair = models.items[models.items.length - 1];
    const modelIndent = indentOf(manifest, lastPair?.key) ?? 2;
    const lastVersions = (0,nodes/* findPair */.c6)(lastPair?.value, 'versions');
    const step = (indentOf(manifest, lastVersions?.key) ?? modelIndent + 2) - modelIndent;
    const { offset, prefix } = afterLastEntry(manifest, models);
    return [blockSplice(manifest, offset, prefix, block(step), modelIndent)];
}
/** Adds `entry` to a flow map `{ … }` just before its closing brace. */
function flowInsert(manifest, map, entry) {
    const open = map.range?.[0];
    const end = map.range?.[1];
    if (open === undefined || end === undefined)
        throw new UneditableLayoutError(`cannot edit a flow map in ${manifest.file}`);
    const close = manifest.text.lastIndexOf('}', end);
    if (map.items.length === 0)
        return { start: open, end: close + 1, text: `{ ${entry} }` };
    const contentEnd = manifest.text.slice(0, close).trimEnd().length;
    const separator = manifest.text[contentEnd - 1] === ',' ? ' ' : ', ';
    return { start: contentEnd, end: close, text: `${separator}${entry} ` };
}

;// CONCATENATED MODULE: ./src/manifest/rewrite.ts




/** The data as plain JSON values (versions as ordered pairs), so that the comparison looks at content only. */
function plain(data) {
    return JSON.parse(JSON.stringify(data, (_key, value) => (value instanceof Map ? [...value] : value)));
}
/**
 * The edit of one model checked by its block alone: every byte outside the model's block is unchanged, and the
 * block reads back as exactly the model the plan expects. False when that cannot be shown so.
 */
function verifiedByBlock(before, after, model, expected) {
    const oldLayout = (0,blocks/* modelsLayout */.dG)(before);
    const newLayout = (0,blocks/* modelsLayout */.dG)(after);
    const oldBlock = oldLayout && (0,blocks/* modelBlock */.xP)(before, oldLayout, model);
    const newBlock = newLayout && (0,blocks/* modelBlock */.xP)(after, newLayout, model);
    if (!oldBlock || !newBlock || oldBlock.start !== newBlock.start)
        return false;
    if (before.slice(0, oldBlock.start) !== after.slice(0, newBlock.start))
        return false;
    if (before.slice(oldBlock.end) !== after.slice(newBlock.end))
        return false;
    const models = (0,read/* readModelsBlock */.CW)(after.slice(newBlock.start, newBlock.end), expected.stages);
    if (!models || Object.keys(models).length !== 1 || !models[model])
        return false;
    return (0,external_node_util_.isDeepStrictEqual)(plain(models[model]), plain(expected.models[model]));
}
/**
 * The manifest text after `changes`, checked against the data the plan expects: a text edit that
 * would read back as anything else is never written.
 */
async function rewriteManifest(manifest, changes, expected) {
    if (changes.length === 0)
        return manifest.text;
    const text = editManifestText(manifest, changes);
    const models = new Set(changes.map(change => change.model));
    const [model] = models;
    if (models.size === 1 && model !== undefined && verifiedByBlock(manifest.text, text, model, expected))
        return text;
    const reread = await (0,read/* readManifest */.WI)(text, manifest.file);
    // Read for one model, the plan holds that model alone: the others must read back as they were.
    const planned = manifest.model === undefined
        ? expected
        : {
            ...expected,
            models: { ...(await (0,read/* readManifest */.WI)(manifest.text, manifest.file)).models, ...expected.models }
        };
    if (!(0,external_node_util_.isDeepStrictEqual)(plain(reread), plain(planned))) {
        throw new Error(`the edit of ${manifest.file} did not read back as planned; nothing was written`);
    }
    return text;
}

// EXTERNAL MODULE: ./src/stages/admission.ts
var stages_admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/stages/freezes.ts
var freezes = __webpack_require__(7427);
// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
// EXTERNAL MODULE: ./src/stages/soak.ts
var soak = __webpack_require__(2633);
;// CONCATENATED MODULE: ./src/commands/move-history.ts



/**
 * The history of the manifest up to `revision`, plus `uncommitted` (the work tree's text) when given;
 * undefined outside git or before the manifest's first commit.
 */
async function loadMoveHistory(workspace, revision = 'HEAD', uncommitted) {
    if (!workspace.git)
        return undefined;
    const history = await (0,manifest_history/* readManifestHistory */.S)(workspace.git, workspace.manifestName, revision, uncommitted);
    if (history.revisions === 0)
        return undefined;
    const { entries, committedAt } = history;
    return {
        rollback: model => ({ formerIn: stage => (0,stages_history/* formerVersionsIn */.w)(entries, model, stage) }),
        enteredStage: (model, version, stage) => (0,soak/* stageEntry */.RX)(entries, committedAt, model, version, stage)
    };
}

// EXTERNAL MODULE: ./src/commands/digest.ts + 1 modules
var digest = __webpack_require__(2781);
// EXTERNAL MODULE: ./src/commands/moves.ts + 1 modules
var moves = __webpack_require__(438);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/prepare-move.ts














/**
 * Plans a move on the manifest text, gathers what the admission judges (the history, the validation run), and
 * renders the new text when the version is admitted. The history is read only when the move needs it (rollback,
 * soak); a refusal before validation (soak, rollback rule) is thrown before anything runs. `earlier` lets a re-plan
 * (after the branch moved) keep the validation of the same version.
 */
async function prepareMove(options) {
    const { workspace, text, command, args } = options;
    const manifest = await (0,read/* openManifest */.gp)(text, workspace.manifestName, args.model);
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(manifest.data);
    let history;
    const readHistory = () => (history ??= loadMoveHistory(workspace, options.revision ?? 'HEAD', options.uncommitted ? text : undefined));
    const rollback = command === 'rollback' || (command === 'block' && args.rollback)
        ? (await readHistory())?.rollback(args.model)
        : undefined;
    const plan = (0,moves/* planMove */.Xk)(command, manifest.data, await withDigest(workspace, manifest, command, args), rollback);
    const base = { command, manifest, plan, newText: text, changed: false };
    if (plan.transitions.length === 0 && plan.changes.length === 0)
        return { ...base, verdict: 'skipped' };
    const requested = plan.transitions.find(transition => transition.cause === 'requested');
    const candidate = requested?.version ?? plan.version;
    const move = {
        model: plan.model,
        version: candidate,
        from: requested?.from ?? null,
        to: requested?.to ?? null
    };
    const now = options.now ?? new Date();
    const facts = {
        move,
        pipeline,
        now,
        ...(options.force !== undefined ? { overrideReason: options.force } : {})
    };
    const blocked = manifest.data.models[plan.model]?.versions.get(candidate)?.blocked;
    if (blocked !== undefined)
        facts.blocked = blocked;
    if (move.to !== null)
        facts.freezes = (0,freezes/* openFreezes */.lB)(manifest.data, plan.model, move.to, now);
    if ((0,stages_admission/* soakApplies */.HJ)(pipeline, (0,rules/* legalOperation */.dN)(move.from, move.to, pipeline), move.to))
        facts.entered = (await readHistory())?.enteredStage(plan.model, candidate, move.from ?? '');
    if (rollback && move.to !== null)
        facts.formerlyIn = rollback.formerIn(move.to);
    const refuseEarly = () => {
        const refused = (0,stages_admission/* refusedBeforeValidation */.HI)((0,stages_admission/* judgeAdmission */.J6)(facts));
        if (refused.length > 0)
            throw new errors/* RefusedError */.fk(`${plan.model} ${refused.map(refusal => refusal.message).join('; ')}`);
    };
    if (requested)
        refuseEarly();
    if (!plan.needsValidation) {
        const newText = unsecret(await rewriteManifest(manifest, plan.changes, plan.result), text);
        return { ...base, verdict: 'skipped', newText, changed: newText !== text };
    }
    if (options.stopBeforeValidation)
        return { ...base, verdict: 'skipped' };
    const current = (0,queries/* productionVersion */.ix)(manifest.data, plan.model);
    const champion = current === undefined ? undefined : manifest.data.models[plan.model]?.versions.get(current);
    const production = current === undefined ? undefined : { version: current, uri: champion?.uri, metrics: champion?.metrics };
    const entry = manifest.data.models[plan.model]?.versions.get(candidate);
    const subject = {
        model: plan.model,
        version: candidate,
        uri: entry?.uri,
        stage: move.from ?? '',
        target: move.to ?? ''
    };
    // The bytes validated are the bytes recorded: taken again (or where a gathered result was validated).
    if (entry?.digest && !reusableValidation(options.earlier, plan, current)) {
        const now = options.measured
            ? options.measured.digest
            : (await (0,digest/* takeDigest */.G)(workspace, manifest.data, subject, options.validation.timeoutSeconds)).digest;
        facts.digest = {
            recorded: entry.digest,
            ...(now ? { now } : {}),
            ...(entry.uri ? { uri: entry.uri } : {})
        };
        refuseEarly();
    }
    const validation = reusableValidation(options.earlier, plan, current) ??
        (options.measured
            ? await (0,validate/* judgeMeasurement */.cT)(manifest.data, subject, options.measured, production)
            : await (0,validate/* validateForStage */._M)(workspace, manifest.data, subject, options.validation, production));
    const admission = (0,stages_admission/* judgeAdmission */.J6)({ ...facts, validation });
    const judged = { ...base, admission, verdict: (0,stages_admission/* validationVerdict */.lL)(admission), baselineVersion: current };
    if (!admission.admitted)
        return judged;
    const recorded = plan.changes.length > 0 ? withMeasuredMetrics(plan, candidate, entry?.metrics, validation.measured) : plan;
    const newText = unsecret(await rewriteManifest(manifest, recorded.changes, recorded.result), text);
    return { ...judged, plan: recorded, newText, changed: newText !== text };
}
/** register: the digest given, else taken when model-stages can take it (a local path, http(s), a digest command). */
async function withDigest(workspace, manifest, command, args) {
    if (command !== 'register' || args.digest !== undefined || !args.uri || !args.version)
        return args;
    if (manifest.data.models[args.model]?.versions.has(args.version))
        return args;
    if (!(0,digest/* canDigest */.T)(workspace, manifest.data, args.model, args.uri))
        return args;
    const subject = { model: args.model, version: args.version, uri: args.uri, stage: '', target: '' };
    return { ...args, digest: (await (0,digest/* takeDigest */.G)(workspace, manifest.data, subject)).digest };
}
/** A re-plan (the branch moved) keeps the earlier run of the same version while production is still the same. */
function reusableValidation(earlier, plan, production) {
    const validation = earlier?.admission?.validation;
    const same = earlier?.plan.model === plan.model &&
        earlier.plan.version === plan.version &&
        earlier.plan.operation === plan.operation &&
        earlier.baselineVersion === production;
    return same && validation?.state === 'ran' ? validation : undefined;
}
/** The manifest as it would be written, unless the change puts a secret of this run into it: then nothing is. */
function unsecret(newText, text) {
    if ((0,secrets/* holdsSecret */.hK)(newText) && !(0,secrets/* holdsSecret */.hK)(text))
        throw new errors/* RefusedError */.fk('the change would write a secret of this run into the manifest; nothing was written');
    return newText;
}
/** The plan plus the metrics the candidate measured, recorded with it in the same change when they are new. */
function withMeasuredMetrics(plan, version, recorded, measured) {
    if (!measured || Object.keys(measured).length === 0)
        return plan;
    const metrics = { ...recorded, ...measured };
    if ((0,external_node_util_.isDeepStrictEqual)(metrics, recorded))
        return plan;
    const model = plan.result.models[plan.model];
    const entry = model?.versions.get(version);
    if (!model || !entry)
        return plan;
    return {
        ...plan,
        changes: [...plan.changes, { kind: 'set-metrics', model: plan.model, version, metrics }],
        result: {
            ...plan.result,
            models: {
                ...plan.result.models,
                [plan.model]: {
                    ...model,
                    versions: new Map(model.versions).set(version, { ...entry, metrics })
                }
            }
        }
    };
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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

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

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ pullRequestNumber),
/* harmony export */   w: () => (/* binding */ formerVersionsIn)
/* harmony export */ });
/** "Merge pull request #12 from …" or a squash merge's "Subject (#12)". */
function pullRequestNumber(subject) {
    if (!subject)
        return null;
    const match = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
    return match ? Number(match[1]) : null;
}
/** Versions of a model that were in a stage and left it, ordered by when they last left (most recent last). */
function formerVersionsIn(entries, model, stage) {
    const order = [];
    for (const entry of entries) {
        if (entry.model !== model || entry.from !== stage)
            continue;
        const seen = order.indexOf(entry.version);
        if (seen !== -1)
            order.splice(seen, 1);
        order.push(entry.version);
    }
    return order;
}


/***/ }),

/***/ 7331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ evaluationCandidates),
/* harmony export */   It: () => (/* binding */ versionIn),
/* harmony export */   S1: () => (/* binding */ manifestStatus),
/* harmony export */   Wl: () => (/* binding */ newestInStage),
/* harmony export */   ix: () => (/* binding */ productionVersion),
/* harmony export */   x4: () => (/* binding */ versionsOf)
/* harmony export */ });
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(480);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);



/** A model's versions; an unknown model is an input error that lists the known ones. */
function versionsOf(data, model) {
    (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY)(model);
    const entry = data.models[model];
    if (!entry) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownModel */ .w2)(model, Object.keys(data.models));
    }
    return entry.versions;
}
/** The version of a model in a stage (the first written, for a stage that is not exclusive). */
function versionIn(data, model, stage) {
    return [...versionsOf(data, model)].find(([, entry]) => entry.stage === stage)?.[0];
}
/** The live version: the one in the pipeline's last stage (production, without `stages:`). */
function productionVersion(data, model) {
    return versionIn(data, model, (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)((0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data)).name);
}
/** The newest (last written) version of a model in a stage. */
function newestInStage(data, model, stage) {
    return [...versionsOf(data, model)]
        .filter(([, entry]) => entry.stage === stage)
        .map(([version]) => version)
        .pop();
}
/**
 * The newest version in the first stage of every model (or of `model`), with the stage it is promoted to: the
 * candidates evaluate validates.
 */
function evaluationCandidates(data, model) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const from = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name;
    const to = pipeline.stages[1]?.name ?? (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name;
    const models = model === undefined ? Object.keys(data.models) : [model];
    return models.flatMap(name => {
        const version = newestInStage(data, name, from);
        return version === undefined ? [] : [{ model: name, version, from, to }];
    });
}
/** Where every model stands: one record per model, in the order written. */
function manifestStatus(data) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const live = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name;
    const first = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name;
    return Object.entries(data.models).map(([model, entry]) => {
        // One pass over the versions: each stage's versions in the order written.
        const byStage = new Map();
        entry.versions.forEach(({ stage }, version) => {
            const versions = byStage.get(stage);
            if (versions)
                versions.push(version);
            else
                byStage.set(stage, [version]);
        });
        const inStage = (stage) => byStage.get(stage) ?? [];
        const status = {
            model,
            production: inStage(live)[0] ?? null,
            staging: inStage(first),
            archived: inStage(_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ARCHIVED */ .Ts)
        };
        if (data.stages)
            status.stages = Object.fromEntries(pipeline.stages.map(stage => [stage.name, [...inStage(stage.name)]]));
        return status;
    });
}


/***/ })

};
