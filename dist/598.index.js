export const id = 598;
export const ids = [598];
export const modules = {

/***/ 5217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runHistory: () => (/* binding */ runHistory)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8948);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8770);
/* harmony import */ var _commands_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2638);
/* harmony import */ var _reporting_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6994);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2853);
/* harmony import */ var _whole_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2806);







/** Every transition rebuilt from the manifest's git history (all of it: a shallow checkout is deepened). */
async function runHistory(inputs, context, workspace, connection) {
    await (0,_whole_history_js__WEBPACK_IMPORTED_MODULE_5__/* .deepenShallowCheckout */ ._)(workspace, connection);
    const { entries, brokenRevisions } = await (0,_commands_history_js__WEBPACK_IMPORTED_MODULE_3__/* .readHistory */ .L)(workspace, inputs.request.model);
    (0,_whole_history_js__WEBPACK_IMPORTED_MODULE_5__/* .warnBrokenRevisions */ .C)(workspace, brokenRevisions);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${entries.length} transition(s) of ${inputs.request.model ?? 'every model'} in the history of ${workspace.manifestName}`);
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .u)('history', JSON.stringify(entries));
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .u)('changed', 'false');
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)((0,_reporting_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .historySummary */ .xE)(entries, sha => (0,_run_context_js__WEBPACK_IMPORTED_MODULE_6__/* .commitUrl */ .Bg)(context, sha)));
}


/***/ }),

/***/ 2806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ deepenShallowCheckout),
  C: () => (/* binding */ warnBrokenRevisions)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
;// CONCATENATED MODULE: ./src/reporting/broken-revision.ts
/** What is said of a revision in the history that breaks the manifest's rules (its problems follow). */
function brokenRevisionText(manifestName, broken) {
    return `${manifestName} at ${broken.commit?.slice(0, 7) ?? 'the work tree'} breaks the manifest's rules, and its moves are not counted`;
}

;// CONCATENATED MODULE: ./src/action/whole-history.ts



/** A command that reads the whole history first deepens a shallow checkout (actions/checkout fetches one commit). */
async function deepenShallowCheckout(workspace, connection) {
    const git = workspace.git;
    if (git && (await git.isShallow()))
        await core/* group */.Os('Fetch the whole history from origin', async () => git.deepen('origin', await connection.gitConfigs()));
}
/** A warning annotation for each problem of each revision whose moves were not counted. */
function warnBrokenRevisions(workspace, brokenRevisions) {
    for (const broken of brokenRevisions)
        for (const problem of broken.problems)
            core/* warning */.$e(`${brokenRevisionText(workspace.manifestName, broken)}: ${(0,problems/* formatProblem */.Vw)(problem)}`);
}


/***/ }),

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

/***/ 2638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readHistory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _adapters_manifest_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9789);
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1905);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8553);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(480);





/** The models the work tree's manifest names (none when it cannot be read). */
async function currentModels(workspace) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(workspace.manifestPath, 'utf8').catch(() => '');
    try {
        return [...(0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readStageMap */ .rx)(text, workspace.manifestName).keys()];
    }
    catch (error) {
        if (error instanceof _manifest_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ManifestError */ .Sh)
            return [];
        throw error;
    }
}
/** Every committed transition of the manifest (or of one model), oldest first, rebuilt from the file's contents. */
async function readHistory(workspace, model, revision = 'HEAD') {
    if (!workspace.git)
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`history needs a git repository: ${workspace.root} is not one`);
    const { entries, brokenRevisions } = await (0,_adapters_manifest_history_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifestHistory */ .S)(workspace.git, workspace.manifestName, revision);
    if (model === undefined)
        return { entries, brokenRevisions };
    const selected = entries.filter(entry => entry.model === model);
    if (selected.length > 0)
        return { entries: selected, brokenRevisions };
    // A model declared but never given a version has no transitions yet; any other name is a mistake.
    const known = new Set([...entries.map(entry => entry.model), ...(await currentModels(workspace))]);
    if (!known.has(model))
        throw (0,_stages_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownModel */ .w2)(model, [...known], "the manifest's history");
    return { entries: selected, brokenRevisions };
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
