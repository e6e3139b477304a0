export const id = 649;
export const ids = [649];
export const modules = {

/***/ 2649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runChangesCommand: () => (/* binding */ runChangesCommand)
});

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

// EXTERNAL MODULE: ./src/commands/request.ts
var commands_request = __webpack_require__(9843);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/handlers/context.ts
var handlers_context = __webpack_require__(8681);
;// CONCATENATED MODULE: ./src/cli/handlers/changes.ts





/** The stage transitions between --from and --to: what a deploy job asks before it redeploys. */
async function runChangesCommand(context) {
    const { workspace, values } = context;
    const request = (0,commands_request/* checkRequest */.yG)({ command: 'changes', model: context.positionals[0] }, handlers_context/* CLI_NAMES */.Q4);
    // A repository's first commit has no HEAD~1: everything in it is new.
    const from = (0,handlers_context/* stringOption */.Pp)(values, 'from') ?? ((await workspace.git?.resolve('HEAD~1')) ? 'HEAD~1' : NO_COMMIT_YET);
    const to = (0,handlers_context/* stringOption */.Pp)(values, 'to') ?? 'HEAD';
    const result = await stageChanges(workspace, { from, to, fromName: '--from', toName: '--to' }, request.model);
    const transitions = result.transitions.map(({ model, version, from, to }) => ({ model, version, from, to }));
    (0,output/* print */.yy)(context.io, context.json, { ...result, transitions }, () => {
        const lines = transitions.map(t => (0,describe/* transitionText */.FA)(t));
        if (lines.length === 0)
            lines.push(`No stage changes between ${from} and ${to}.`);
        const production = result.production;
        if (production)
            lines.push(production.changed
                ? `Production of ${production.model} changed: ${production.before ?? 'none'} -> ${production.version ?? 'none'}.`
                : `Production of ${production.model} did not change (${production.version ?? 'none'}).`);
        return lines.join('\n') + '\n';
    });
    return output/* EXIT_OK */.Ij;
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
