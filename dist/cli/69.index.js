export const id = 69;
export const ids = [69];
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
var read = __webpack_require__(8553);
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
/** The key lines at the models' indentation, as written: what names the models of a block. */
function modelKeys(block, indent) {
    const pattern = new RegExp(`^ {${indent}}([^\\s#][^\\n]*)$`, 'gm');
    return [...block.matchAll(pattern)].map(match => match[1]).join('\n');
}
/**
 * Follows a manifest through its revisions and says what changed in each, reading only the model blocks a
 * change touches; anything it cannot place that way is read whole, with the same reader, so the result is the
 * same as reading every revision whole.
 */
class StageTracker {
    text;
    stages = new Map();
    layout;
    /** The last revision could not be read: the next one is read whole. */
    stale = true;
    /** How many revisions were read whole (the first, and those a change could not be placed in). */
    wholeReads = 0;
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
            stages = (0,read/* readStageMap */.rx)(text.toString('utf8'), name);
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
        const keys = modelKeys(oldBlock, layout.modelIndent);
        if (keys !== modelKeys(newBlock, layout.modelIndent))
            return undefined;
        let newModels;
        try {
            newModels = (0,read/* readStageMap */.rx)(`models:\n${newBlock}`, '');
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
}

// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/adapters/manifest-history.ts


/**
 * Every transition along the first-parent history of `revision`, oldest first, read with two git processes
 * whatever the number of commits (one `git log`, one streamed `git cat-file --batch`). Each revision is folded
 * into the history as it arrives and dropped: memory holds two revisions, not all of them. `uncommitted`, the
 * work tree's manifest, comes last when given.
 */
async function readManifestHistory(git, repoPath, revision = 'HEAD', uncommitted) {
    const commits = (await git.fileLog(repoPath, revision)).reverse();
    const tracker = new StageTracker();
    const entries = [];
    const committedAt = new Map(commits.map(commit => [commit.commit, commit.committedAt]));
    const brokenRevisions = [];
    const changesOf = (reading, commit) => {
        if ('changes' in reading)
            return reading.changes;
        brokenRevisions.push({ commit, problems: reading.problems });
        return [];
    };
    let index = 0;
    await git.streamObjects(commits.map(commit => `${commit.commit}:${repoPath}`), content => {
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

/***/ 8681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Q4: () => (/* binding */ CLI_NAMES),
/* harmony export */   y8: () => (/* binding */ listOption)
/* harmony export */ });
/** How the CLI names a request's fields in messages. */
const CLI_NAMES = {
    model: 'MODEL',
    version: 'VERSION',
    to: '--to',
    validationTimeout: '--validation-timeout',
    metrics: '--metric',
    metadata: '--meta',
    force: '--force',
    reason: '--reason'
};
function stringOption(values, name) {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
}
function listOption(values, name) {
    const value = values[name];
    return Array.isArray(value) ? value : undefined;
}


/***/ }),

/***/ 5450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHistoryCommand: () => (/* binding */ runHistoryCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/commands/history.ts





/** The models the work tree's manifest names (none when it cannot be read). */
async function currentModels(workspace) {
    const text = await (0,promises_.readFile)(workspace.manifestPath, 'utf8').catch(() => '');
    try {
        return [...(0,read/* readStageMap */.rx)(text, workspace.manifestName).keys()];
    }
    catch (error) {
        if (error instanceof problems/* ManifestError */.Sh)
            return [];
        throw error;
    }
}
/** Every committed transition of the manifest (or of one model), oldest first, rebuilt from the file's contents. */
async function readHistory(workspace, model, revision = 'HEAD') {
    if (!workspace.git)
        throw new errors/* InputError */.dz(`history needs a git repository: ${workspace.root} is not one`);
    const { entries, brokenRevisions } = await (0,manifest_history/* readManifestHistory */.S)(workspace.git, workspace.manifestName, revision);
    if (model === undefined)
        return { entries, brokenRevisions };
    const selected = entries.filter(entry => entry.model === model);
    if (selected.length > 0)
        return { entries: selected, brokenRevisions };
    // A model declared but never given a version has no transitions yet; any other name is a mistake.
    const known = new Set([...entries.map(entry => entry.model), ...(await currentModels(workspace))]);
    if (!known.has(model))
        throw (0,errors/* unknownModel */.w2)(model, [...known], "the manifest's history");
    return { entries: selected, brokenRevisions };
}

// EXTERNAL MODULE: ./src/commands/request.ts
var commands_request = __webpack_require__(9843);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/handlers/context.ts
var handlers_context = __webpack_require__(8681);
;// CONCATENATED MODULE: ./src/cli/handlers/history.ts






/** Every transition of the manifest (or of one model), read back from git. */
async function runHistoryCommand(context) {
    const { workspace } = context;
    const request = (0,commands_request/* checkRequest */.yG)({ command: 'history', model: context.positionals[0] }, handlers_context/* CLI_NAMES */.Q4);
    const { entries, brokenRevisions } = await readHistory(workspace, request.model);
    for (const broken of brokenRevisions)
        context.io.err(`model-stages: warning: ${workspace.manifestName} at ${broken.commit?.slice(0, 7) ?? 'the work tree'} breaks the manifest's rules, and its moves are not counted:\n` +
            broken.problems.map(problem => `  ${(0,problems/* formatProblem */.Vw)(problem)}\n`).join(''));
    (0,output/* print */.yy)(context.io, context.json, entries, () => {
        if (entries.length === 0)
            return `No transitions recorded in the history of ${workspace.manifestName}.\n`;
        return entries
            .map(entry => {
            const where = [entry.commit?.slice(0, 7), entry.pullRequest ? `#${entry.pullRequest}` : undefined]
                .filter(Boolean)
                .join(' ');
            return `${entry.date?.slice(0, 10) ?? ''}  ${(0,describe/* transitionText */.FA)(entry)}  ${where}  ${entry.author ?? ''}\n`;
        })
            .join('');
    });
    return output/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 4465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ transitionText),
/* harmony export */   JJ: () => (/* binding */ validationSentence),
/* harmony export */   KS: () => (/* binding */ planTitle),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   uP: () => (/* binding */ archivedBy),
/* harmony export */   yz: () => (/* binding */ outcomeSentence)
/* harmony export */ });
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3194);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2225);
/* harmony import */ var _stages_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4128);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5618);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1093);
/* harmony import */ var _override_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2828);






/** The stage the requested move goes to. */
function targetOf(plan) {
    return plan.transitions.find(t => t.cause === 'requested')?.to ?? '';
}
const VERBS = {
    register: plan => `register ${plan.version} in ${targetOf(plan)}`,
    promote: plan => `promote ${plan.version} to ${targetOf(plan)}`,
    archive: plan => `archive ${plan.version}`,
    restore: plan => `restore ${plan.version} to ${targetOf(plan)}`,
    rollback: plan => targetOf(plan) === (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .lastStage */ .TX)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineOf */ .gQ)(plan.result)).name
        ? `roll back to ${plan.version}`
        : `roll back ${targetOf(plan)} to ${plan.version}`
};
function archivedBy(plan) {
    return plan.transitions.filter(t => t.cause === 'replaced' && t.to === 'archived').map(t => t.version);
}
/** "churn-classifier: promote 1.5.0 to production (archives 1.4.0)" */
function planTitle(plan) {
    const archived = archivedBy(plan);
    const tail = archived.length > 0 ? ` (archives ${archived.join(', ')})` : '';
    return `${plan.model}: ${VERBS[plan.operation](plan)}${tail}`;
}
/** "churn-classifier@1.5.0 staging -> production": the form of the Model-Stage trailer. */
function transitionText(transition) {
    return `${transition.model}@${transition.version} ${(0,_stages_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .stageMove */ .Su)(transition.from, transition.to, '->')}`;
}
function validationSentence(validation) {
    if (!validation)
        return 'No validation needed: no version is promoted.';
    const seconds = (validation.durationMs / 1000).toFixed(1);
    if (validation.status === 'passed')
        return `Validation passed: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(validation.command)} exited 0 in ${seconds} s.`;
    if (validation.status === 'timed-out')
        return `Validation timed out: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(validation.command)} was stopped after ${seconds} s.`;
    const how = validation.exitCode !== null ? `exited ${validation.exitCode}` : `was killed by ${validation.signal}`;
    return `Validation failed: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .inlineCode */ .ti)(validation.command)} ${how} after ${seconds} s.`;
}
/** The validation sentence, and why the version still does not enter beyond its command's exit (metrics, gates). */
function outcomeSentence(admission) {
    const sentence = validationSentence((0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .validationResult */ .Vh)(admission));
    const reasons = (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .refusalReasons */ .u_)(admission);
    return reasons.length > 0 ? `${sentence} It does not pass: ${reasons.join('; ')}.` : sentence;
}
/** The commit of an admitted move; an override is recorded in its body and as a trailer. */
function commitMessage(plan, admission, context = {}) {
    const gates = admission?.gates ?? [];
    const override = admission?.override;
    const body = [validationSentence((0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .validationResult */ .Vh)(admission))];
    if (gates.length > 0)
        body.push(`Metric gates:\n${(0,_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .gatesText */ .k)(gates)
            .map(line => `  ${line}`)
            .join('\n')}`);
    if (context.requestedBy || context.reason) {
        body.push([context.requestedBy && `Requested by ${context.requestedBy}`, context.reason]
            .filter(Boolean)
            .join(': ') + '.');
    }
    body.push(...(override ? [(0,_override_js__WEBPACK_IMPORTED_MODULE_5__/* .overrideLines */ .O)(override).join('\n')] : []));
    const trailers = plan.transitions.map(t => `Model-Stage: ${transitionText(t)}`);
    if (override)
        trailers.push(`${_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERRIDE_TRAILER */ .h0}: ${override.reason}`);
    return `${planTitle(plan)}\n\n${body.join('\n')}\n\n${trailers.join('\n')}\n`;
}


/***/ }),

/***/ 5618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ gatesText)
/* harmony export */ });
/* unused harmony export gatesMarkdown */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1093);

function formatted(value) {
    return value === null ? '—' : String(Number(value.toPrecision(10)));
}
/** candidate − production, and the relative change: "+0.0200 (+2.2%)". */
function change(result) {
    if (result.candidate === null || result.baseline === null)
        return '—';
    const delta = result.candidate - result.baseline;
    const sign = delta >= 0 ? '+' : '';
    const relative = result.baseline !== 0 ? ` (${sign}${((delta / Math.abs(result.baseline)) * 100).toFixed(1)}%)` : '';
    return `${sign}${Number(delta.toPrecision(6))}${relative}`;
}
function verdict(result) {
    return `${result.passed ? '✅ pass' : '❌ fail'}${result.note ? `: ${result.note}` : ''}`;
}
/** The gate table every report shows: metric | candidate | production | change | rule | verdict. */
function gatesMarkdown(results) {
    if (results.length === 0)
        return '';
    return markdownTable(['Metric', 'Candidate', 'Production', 'Change', 'Rule', 'Verdict'], results.map(result => [
        result.metric,
        formatted(result.candidate),
        formatted(result.baseline),
        change(result),
        result.rule,
        verdict(result)
    ]));
}
/** The compact form for commit messages and the CLI: one line per rule. */
function gatesText(results) {
    return results.map(result => `${result.metric} ${formatted(result.candidate)} vs ${formatted(result.baseline)}: ${result.rule} ${result.passed ? 'passed' : 'failed'}${result.note ? ` (${result.note})` : ''}`);
}


/***/ }),

/***/ 1093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports markdownTable, transitionRows, codeBlock, outputTailBlock */
/* harmony import */ var _stages_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4128);

function escapeCell(text) {
    return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function transitionRows(transitions) {
    return transitions.map(t => [
        t.model,
        `\`${t.version}\``,
        stageMove(t.from, t.to),
        t.cause === 'replaced' ? 'replaced by the promotion' : 'requested'
    ]);
}
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map(match => match[0].length));
}
/** Inline code that a backtick inside `text` cannot end early. */
function inlineCode(text) {
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replaceAll('\n', ' ')}${pad}${fence}`;
}
/**
 * A code block that nothing in `text` can close: its fence is longer than the longest run of backticks in it
 * (a tilde run cannot close a backtick fence).
 */
function codeBlock(text, language = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${language}\n${text}\n${fence}`;
}
function outputTailBlock(validation) {
    if (!validation || !validation.tail)
        return '';
    return `<details><summary>Validation output (last lines)</summary>\n\n${codeBlock(validation.tail)}\n</details>`;
}


/***/ }),

/***/ 2828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ overrideLines)
/* harmony export */ });
/* unused harmony export overrideMarkdown */
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3194);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1093);


/** For the CLI and commit messages: "Override: <reason>" and one line per guard it let through. */
function overrideLines(override) {
    if (!override)
        return [];
    return [`Override: ${override.reason}`, ...override.bypassed.map(item => `  overrode ${item}`)];
}
/** For summaries, pull request bodies and review comments. */
function overrideMarkdown(override) {
    if (!override)
        return '';
    const items = override.bypassed.map(item => `- overrode ${inlineCode(item)}`).join('\n');
    return `**⚠️ Override** (recorded as a \`${OVERRIDE_TRAILER}\` trailer): ${inlineCode(override.reason)}\n\n${items}`;
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
